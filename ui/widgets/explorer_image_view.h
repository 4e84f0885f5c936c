#pragma once
// The latent explorer's picture: the images of one frame, tiled, scaled without smoothing. It
// reports when a frame first reaches the screen, which is where the latency benchmark stops its clock.
#include <QImage>
#include <QWidget>
#include <cstdint>

#include "engine/core/image_batch.h"

namespace gan::ui {

// Images of one explorer frame, tiled; reports when a frame first reaches the screen.
class ExplorerImageView : public QWidget {
  Q_OBJECT
 public:
  ExplorerImageView(int columns, QSize hint, QWidget* parent = nullptr);
  void setImages(const ImageBatch& images, std::uint64_t frameId);
  const QImage& image() const { return m_image; }
  std::uint64_t frameId() const { return m_frameId; }

 Q_SIGNALS:
  void framePainted(std::uint64_t frameId);

 protected:
  void paintEvent(QPaintEvent* event) override;
  QSize sizeHint() const override { return m_hint; }

 private:
  int m_columns;
  QSize m_hint;
  QImage m_image;
  std::uint64_t m_frameId = 0;
  bool m_reported = true;
};

}  // namespace gan::ui
