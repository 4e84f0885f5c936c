#pragma once
// The 2D toy lab's canvas: D's output as a heatmap over the plane, real points, generated points,
// the generator's pull on each generated point as an arrow, and the generator's manifold (the
// image of a grid in z) as a warped mesh. Draws the latest ToyView; never waits on training.
#include <QImage>
#include <QWidget>

#include "engine/core/snapshot.h"

class QPainter;

namespace gan::ui {

class ToyCanvas : public QWidget {
  Q_OBJECT

 public:
  explicit ToyCanvas(QWidget* parent = nullptr);

  void setView(const ToyView& view);
  const ToyView& view() const { return m_view; }
  void setLayers(bool heatmap, bool arrows, bool mesh);
  int paints() const { return m_paints; }
  // Drawing mode: the mouse sprays points that can become the "drawn" dataset.
  void setDrawing(bool on);
  bool isDrawing() const { return m_drawing; }
  const std::vector<float>& drawnPoints() const { return m_drawn; }
  void clearDrawing();
  void addDrawnPoint(const QPointF& screenPosition);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  QSize sizeHint() const override { return {420, 420}; }

 private:
  void paintDrawing(QPainter& painter, const QRectF& square);
  void paintMesh(QPainter& painter, const QRectF& square) const;
  void paintArrows(QPainter& painter, const QRectF& square) const;
  QPointF toScreen(float x, float y, const QRectF& square) const;
  QRectF plane() const;
  float extent() const { return m_view.real.empty() ? 1.6f : m_view.extent; }

  ToyView m_view;
  QImage m_heatmap;
  bool m_showHeatmap = true;
  bool m_showArrows = true;
  bool m_showMesh = true;
  int m_paints = 0;
  bool m_drawing = false;
  std::vector<float> m_drawn;
  QPointF m_lastDrawn;
};

}  // namespace gan::ui
