#include "ui/widgets/sample_grid_widget.h"

#include <QMouseEvent>
#include <QPainter>

namespace gan::ui {

QImage toQImage(const GrayImage& image) {
  QImage out(image.width, image.height, QImage::Format_Grayscale8);
  for (int y = 0; y < image.height; ++y)
    std::copy_n(image.pixels.data() + std::size_t(y) * image.width, image.width, out.scanLine(y));
  return out;
}

SampleGridWidget::SampleGridWidget(QWidget* parent) : QWidget(parent) {
  setObjectName("sampleGrid");
  setMinimumSize(240, 240);
  setCursor(Qt::PointingHandCursor);
  setToolTip(
      tr("Samples from a fixed z: the same latent codes every time, so you see the generator "
         "change, not the noise. Click a sample to enlarge it."));
}

void SampleGridWidget::setSamples(const SampleGrid& samples) {
  m_images = samples.images;
  m_grid = toQImage(tileImages(m_images, columns(), kPadding));
  m_step = samples.step;
  ++m_updates;
  update();
}

QRect SampleGridWidget::targetRect() const {
  if (m_grid.isNull()) return {};
  // Fill the widget; nearest-neighbour drawing (paintEvent) keeps the digits' pixels crisp.
  const QSize size = m_grid.size().scaled(this->size(), Qt::KeepAspectRatio);
  return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

int SampleGridWidget::sampleAt(const QPoint& position) const {
  const QRect target = targetRect();
  if (!target.contains(position) || m_images.count == 0) return -1;
  const double scale = double(target.width()) / m_grid.width();
  const int x = int((position.x() - target.x()) / scale) - kPadding;
  const int y = int((position.y() - target.y()) / scale) - kPadding;
  const int column = x / (m_images.width + kPadding);
  const int columnCount = columns();
  const int row = y / (m_images.height + kPadding);
  if (x < 0 || y < 0 || column >= columnCount) return -1;
  const int index = row * columnCount + column;
  return index < m_images.count ? index : -1;
}

void SampleGridWidget::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().window());
  if (m_grid.isNull()) {
    painter.drawText(rect(), Qt::AlignCenter, tr("Samples appear here once the run is loaded"));
    return;
  }
  painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
  painter.drawImage(targetRect(), m_grid);
}

void SampleGridWidget::mousePressEvent(QMouseEvent* event) {
  const int index = sampleAt(event->position().toPoint());
  if (index < 0) return;
  ImageBatch one;
  one.count = 1;
  one.width = m_images.width;
  one.height = m_images.height;
  const auto begin = m_images.pixels.begin() + std::ptrdiff_t(index) * one.width * one.height;
  one.pixels.assign(begin, begin + one.width * one.height);
  Q_EMIT sampleClicked(index, toQImage(tileImages(one, 1, 0)));
}

}  // namespace gan::ui
