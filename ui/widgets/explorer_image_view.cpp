#include "ui/widgets/explorer_image_view.h"

#include <QPainter>
#include <algorithm>

#include "ui/widgets/sample_grid_widget.h"

namespace gan::ui {

ExplorerImageView::ExplorerImageView(int columns, QSize hint, QWidget* parent)
    : QWidget(parent), m_columns(columns), m_hint(hint) {
  setMinimumSize(hint / 2);
}

void ExplorerImageView::setImages(const ImageBatch& images, std::uint64_t frameId) {
  m_image = toQImage(tileImages(images, std::min(m_columns, std::max(1, images.count)), 1));
  m_frameId = frameId;
  m_reported = false;
  update();
}

void ExplorerImageView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), Qt::black);
  if (m_image.isNull()) {
    painter.setPen(Qt::white);
    painter.drawText(rect(), Qt::AlignCenter, tr("waiting for the model…"));
    return;
  }
  const QSize size = m_image.size().scaled(this->size(), Qt::KeepAspectRatio);
  painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
  painter.drawImage(QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size), m_image);
  if (!m_reported) {
    m_reported = true;
    Q_EMIT framePainted(m_frameId);
  }
}

}  // namespace gan::ui
