#include "ui/widgets/toy_canvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace gan::ui {

namespace {
// Low critic output (D says "generated") blue, high ("real") orange, through white.
QRgb heatColour(float unit) {
  const QColor low(70, 130, 210), mid(248, 248, 248), high(240, 150, 50);
  const QColor& a = unit < 0.5f ? low : mid;
  const QColor& b = unit < 0.5f ? mid : high;
  const float t = unit < 0.5f ? unit * 2 : (unit - 0.5f) * 2;
  return qRgb(int(a.red() + t * (b.red() - a.red())), int(a.green() + t * (b.green() - a.green())),
              int(a.blue() + t * (b.blue() - a.blue())));
}
}  // namespace

ToyCanvas::ToyCanvas(QWidget* parent) : QWidget(parent) {
  setObjectName("toyCanvas");
  setMinimumSize(280, 280);
  setToolTip(
      tr("Grey: real points. Purple: generated points (fixed z). Background: D's output (orange = "
         "'real', blue = 'generated'). Arrows: where the generator's next step pushes each point. "
         "Mesh: the image of a grid in z."));
}

void ToyCanvas::setLayers(bool heatmap, bool arrows, bool mesh) {
  m_showHeatmap = heatmap;
  m_showArrows = arrows;
  m_showMesh = mesh;
  update();
}

void ToyCanvas::setView(const ToyView& view) {
  m_view = view;
  const int side = view.heatmapSide;
  m_heatmap = QImage();
  if (side > 0 && int(view.heatmap.size()) == side * side) {
    const auto [lowest, highest] = std::minmax_element(view.heatmap.begin(), view.heatmap.end());
    const float range = std::max(*highest - *lowest, 1e-6f);
    m_heatmap = QImage(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y)
      for (int x = 0; x < side; ++x)
        m_heatmap.setPixel(x, y, heatColour((view.heatmap[std::size_t(y * side + x)] - *lowest) / range));
  }
  update();
}

QRectF ToyCanvas::plane() const {
  const double side = std::min(width(), height()) - 4;
  return QRectF((width() - side) / 2, (height() - side) / 2, side, side);
}

void ToyCanvas::setDrawing(bool on) {
  m_drawing = on;
  setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
  update();
}

void ToyCanvas::clearDrawing() {
  m_drawn.clear();
  update();
}

void ToyCanvas::addDrawnPoint(const QPointF& screenPosition) {
  const QRectF square = plane();
  if (!square.contains(screenPosition)) return;
  // Thin out a fast stroke: a point at least every 3 pixels.
  if (!m_drawn.empty() && QLineF(m_lastDrawn, screenPosition).length() < 3) return;
  m_lastDrawn = screenPosition;
  const float e = extent();
  m_drawn.push_back(float((screenPosition.x() - square.left()) / square.width() * 2 * e - e));
  m_drawn.push_back(float(e - (screenPosition.y() - square.top()) / square.height() * 2 * e));
  update();
}

void ToyCanvas::mousePressEvent(QMouseEvent* event) {
  if (m_drawing) addDrawnPoint(event->position());
}

void ToyCanvas::mouseMoveEvent(QMouseEvent* event) {
  if (m_drawing && (event->buttons() & Qt::LeftButton)) addDrawnPoint(event->position());
}

QPointF ToyCanvas::toScreen(float x, float y, const QRectF& square) const {
  const float e = extent();
  return {square.left() + (x + e) / (2 * e) * square.width(), square.top() + (e - y) / (2 * e) * square.height()};
}

void ToyCanvas::paintEvent(QPaintEvent*) {
  ++m_paints;
  QPainter painter(this);
  painter.fillRect(rect(), palette().window());
  const QRectF square = plane();
  if (m_drawing) return paintDrawing(painter, square);
  if (m_view.real.empty()) {
    painter.drawText(rect(), Qt::AlignCenter, tr("The 2D canvas fills once the run is loaded"));
    return;
  }
  painter.fillRect(square, Qt::white);
  // Points that wander off the view stay off it rather than drawing over the rest of the window.
  painter.setClipRect(square);
  if (m_showHeatmap && !m_heatmap.isNull()) {
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(square, m_heatmap);
  }
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (m_showMesh && m_view.meshSide > 1) paintMesh(painter, square);
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(90, 90, 90));
  for (std::size_t i = 0; i + 1 < m_view.real.size(); i += 2)
    painter.drawEllipse(toScreen(m_view.real[i], m_view.real[i + 1], square), 1.6, 1.6);
  painter.setBrush(QColor(150, 40, 170));
  for (std::size_t i = 0; i + 1 < m_view.fake.size(); i += 2)
    painter.drawEllipse(toScreen(m_view.fake[i], m_view.fake[i + 1], square), 2.0, 2.0);
  if (m_showArrows && m_view.arrows.size() == m_view.fake.size()) paintArrows(painter, square);
  painter.setClipping(false);
  painter.setPen(Qt::black);
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(square);
  painter.drawText(square.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignLeft, tr("step %1").arg(m_view.step));
}

void ToyCanvas::paintDrawing(QPainter& painter, const QRectF& square) {
  painter.fillRect(square, Qt::white);
  painter.setPen(Qt::black);
  painter.drawRect(square);
  painter.drawText(square.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignLeft,
                   tr("Drawing: drag to spray points (%1 so far)").arg(m_drawn.size() / 2));
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(30, 140, 60));
  for (std::size_t i = 0; i + 1 < m_drawn.size(); i += 2)
    painter.drawEllipse(toScreen(m_drawn[i], m_drawn[i + 1], square), 2.5, 2.5);
}

// The generator's manifold: the image of a grid in z, drawn as a warped mesh.
void ToyCanvas::paintMesh(QPainter& painter, const QRectF& square) const {
  painter.setPen(QPen(QColor(120, 120, 120, 110), 1));
  const int n = m_view.meshSide;
  auto node = [&](int i, int j) {
    const std::size_t k = std::size_t(j * n + i) * 2;
    return toScreen(m_view.mesh[k], m_view.mesh[k + 1], square);
  };
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      if (i + 1 < n) painter.drawLine(node(i, j), node(i + 1, j));
      if (j + 1 < n) painter.drawLine(node(i, j), node(i, j + 1));
    }
}

// Where the generator's next step pulls each generated point.
void ToyCanvas::paintArrows(QPainter& painter, const QRectF& square) const {
  // Arrow lengths are relative: the strongest pull is drawn 6% of the view long.
  float strongest = 1e-12f;
  for (std::size_t i = 0; i + 1 < m_view.arrows.size(); i += 2)
    strongest = std::max(strongest, std::hypot(m_view.arrows[i], m_view.arrows[i + 1]));
  const float scale = 0.06f * 2 * m_view.extent / strongest;
  painter.setPen(QPen(QColor(40, 40, 40, 150), 1));
  for (std::size_t i = 0; i + 1 < m_view.fake.size(); i += 4) {  // every other point keeps it legible
    const QPointF from = toScreen(m_view.fake[i], m_view.fake[i + 1], square);
    const QPointF to =
        toScreen(m_view.fake[i] + scale * m_view.arrows[i], m_view.fake[i + 1] + scale * m_view.arrows[i + 1], square);
    painter.drawLine(from, to);
    painter.drawEllipse(to, 0.8, 0.8);
  }
}

}  // namespace gan::ui
