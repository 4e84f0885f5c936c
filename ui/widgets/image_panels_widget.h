#pragma once
// The variant's own pictures under the sample grid (EBGAN's reconstructions, InfoGAN's
// category × code sweep, VAE-GAN's x / x̃ / x̂, BiGAN's x / G(E(x))), each with its title and
// row labels. Hidden for variants that have none.
#include <QImage>
#include <QWidget>

#include "engine/core/snapshot.h"

namespace gan::ui {

class ImagePanelsWidget : public QWidget {
  Q_OBJECT

 public:
  explicit ImagePanelsWidget(QWidget* parent = nullptr);
  void setPanels(const std::vector<ImagePanel>& panels);
  int panelCount() const { return int(m_images.size()); }
  const QImage& panelImage(int index) const { return m_images.at(std::size_t(index)); }

 protected:
  void paintEvent(QPaintEvent* event) override;
  QSize sizeHint() const override { return {360, 300}; }

 private:
  std::vector<ImagePanel> m_panels;  // pixels dropped after tiling; titles and labels kept
  std::vector<QImage> m_images;
};

}  // namespace gan::ui
