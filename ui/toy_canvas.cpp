#include "toy_canvas.h"

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
  setToolTip(tr("Grey: real points. Purple: generated points (fixed z). Background: D's output (orange = "
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

QPointF ToyCanvas::toScreen(float x, float y, const QRectF& square) const {
  const float e = m_view.extent;
  return {square.left() + (x + e) / (2 * e) * square.width(), square.top() + (e - y) / (2 * e) * square.height()};
}

void ToyCanvas::paintEvent(QPaintEvent*) {
  ++m_paints;
  QPainter painter(this);
  painter.fillRect(rect(), palette().window());
  const double side = std::min(width(), height()) - 4;
  const QRectF square((width() - side) / 2, (height() - side) / 2, side, side);
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
  if (m_showMesh && m_view.meshSide > 1) {
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
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(90, 90, 90));
  for (std::size_t i = 0; i + 1 < m_view.real.size(); i += 2)
    painter.drawEllipse(toScreen(m_view.real[i], m_view.real[i + 1], square), 1.6, 1.6);
  painter.setBrush(QColor(150, 40, 170));
  for (std::size_t i = 0; i + 1 < m_view.fake.size(); i += 2)
    painter.drawEllipse(toScreen(m_view.fake[i], m_view.fake[i + 1], square), 2.0, 2.0);
  if (m_showArrows && m_view.arrows.size() == m_view.fake.size()) {
    // Arrow lengths are relative: the strongest pull is drawn 6% of the view long.
    float strongest = 1e-12f;
    for (std::size_t i = 0; i + 1 < m_view.arrows.size(); i += 2)
      strongest = std::max(strongest, std::hypot(m_view.arrows[i], m_view.arrows[i + 1]));
    const float scale = 0.06f * 2 * m_view.extent / strongest;
    painter.setPen(QPen(QColor(40, 40, 40, 150), 1));
    for (std::size_t i = 0; i + 1 < m_view.fake.size(); i += 4) {  // every other point keeps it legible
      const QPointF from = toScreen(m_view.fake[i], m_view.fake[i + 1], square);
      const QPointF to = toScreen(m_view.fake[i] + scale * m_view.arrows[i], m_view.fake[i + 1] + scale * m_view.arrows[i + 1], square);
      painter.drawLine(from, to);
      painter.drawEllipse(to, 0.8, 0.8);
    }
  }
  painter.setClipping(false);
  painter.setPen(Qt::black);
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(square);
  painter.drawText(square.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignLeft, tr("step %1").arg(m_view.step));
}

}  // namespace gan::ui
