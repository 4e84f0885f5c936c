#pragma once
// The live 8×8 grid of samples from the run's fixed z. Click a sample to see it enlarged.
#include <QImage>
#include <QWidget>

#include "engine/core/snapshot.h"

namespace gan::ui {

QImage toQImage(const GrayImage& image);

class SampleGridWidget : public QWidget {
  Q_OBJECT

 public:
  static constexpr int kColumns = 8;
  static constexpr int kPadding = 2;

  explicit SampleGridWidget(QWidget* parent = nullptr);

  void setSamples(const SampleGrid& samples);
  const QImage& gridImage() const { return m_grid; }
  std::int64_t step() const { return m_step; }
  int updates() const { return m_updates; }
  // Which sample (index) is at a widget position, or -1.
  int sampleAt(const QPoint& position) const;

 Q_SIGNALS:
  void sampleClicked(int index, const QImage& image);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  QSize sizeHint() const override { return {360, 360}; }

 private:
  QRect targetRect() const;
  int columns() const { return std::max(1, std::min(m_images.count, kColumns)); }

  ImageBatch m_images;
  QImage m_grid;
  std::int64_t m_step = -1;
  int m_updates = 0;
};

}  // namespace gan::ui
