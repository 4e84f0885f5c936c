#include "ui/widgets/image_panels_widget.h"

#include <QPainter>

#include "ui/widgets/sample_grid_widget.h"

namespace gan::ui {

namespace {
constexpr int kPadding = 2;
constexpr int kLabelWidth = 120;
constexpr int kGap = 6;
}  // namespace

ImagePanelsWidget::ImagePanelsWidget(QWidget* parent) : QWidget(parent) {
  setObjectName("imagePanels");
  setMinimumHeight(120);
}

void ImagePanelsWidget::setPanels(const std::vector<ImagePanel>& panels) {
  m_panels.clear();
  m_images.clear();
  for (const auto& panel : panels) {
    m_images.push_back(toQImage(tileImages(panel.images, panel.columns, kPadding)));
    ImagePanel kept = panel;
    kept.images.pixels.clear();
    m_panels.push_back(std::move(kept));
  }
  setVisible(!m_panels.empty());
  update();
}

void ImagePanelsWidget::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().window());
  if (m_images.empty()) return;
  const int titleHeight = fontMetrics().height() + 2;
  int totalImageHeight = 0;
  for (const auto& image : m_images) totalImageHeight += image.height();
  const int available = height() - int(m_images.size()) * (titleHeight + kGap);
  int y = 0;
  QFont small = font();
  small.setPointSizeF(font().pointSizeF() * 0.85);
  for (std::size_t i = 0; i < m_images.size(); ++i) {
    const auto& panel = m_panels[i];
    const auto& image = m_images[i];
    painter.setFont(font());
    painter.drawText(QRect(0, y, width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QString::fromStdString(panel.title));
    y += titleHeight;
    const bool labels = !panel.rowLabels.empty() && width() > 2 * kLabelWidth;
    const int left = labels ? kLabelWidth : 0;
    const int slotHeight = std::max(20, available * image.height() / std::max(1, totalImageHeight));
    const QSize size = image.size().scaled(QSize(width() - left, slotHeight), Qt::KeepAspectRatio);
    const QRect target(left, y, size.width(), size.height());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, image);
    if (labels) {
      painter.setFont(small);
      const int rows = int(panel.rowLabels.size());
      const double rowHeight = double(size.height()) / rows;
      for (int r = 0; r < rows; ++r)
        painter.drawText(QRectF(0, y + r * rowHeight, kLabelWidth - 4, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         QString::fromStdString(panel.rowLabels[std::size_t(r)]));
    }
    y += slotHeight + kGap;
  }
}

}  // namespace gan::ui
