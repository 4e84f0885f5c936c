#include "ui/widgets/metrics_plot.h"
#include "ui/engine_text.h"
#include "ui/widgets/redraw_pacer.h"

#include <QToolTip>
#include <cmath>

namespace gan::ui {

namespace {
const QList<QColor> kPalette = {QColor(31, 119, 180), QColor(214, 39, 40),   QColor(44, 160, 44),
                                QColor(255, 127, 14), QColor(148, 103, 189), QColor(140, 86, 75)};
}

MetricsPlot::MetricsPlot(const TrainConfig& config, const QString& group, QWidget* parent)
    : QCustomPlot(parent), m_group(group) {
  const VariantInfo& variant = findVariant(config.variant);
  setObjectName("plot:" + group);
  setMinimumHeight(110);
  plotLayout()->insertRow(0);
  plotLayout()->addElement(
      0, 0, new QCPTextElement(this, engineText(group.toStdString()), QFont(font().family(), 10, QFont::Bold)));
  xAxis->setLabel(tr("step"));
  legend->setVisible(true);
  legend->setFont(QFont(font().family(), 8));
  axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  // Software rasterising (no GPU under Xvfb or on many desktops) makes antialiased, wide, spiky
  // curves cost ~100 ms a redraw at 1,500 steps; without antialiasing it is a few ms.
  setNotAntialiasedElements(QCP::aeAll);
  setAntialiasedElements(QCP::aeLegend | QCP::aeItems);
  setPlottingHint(QCP::phFastPolylines, true);

  for (std::size_t i = 0; i < variant.metrics.size(); ++i) {
    if (QString::fromStdString(variant.metrics[i].plot) != group || !metricShown(variant.metrics[i], config)) continue;
    auto* graph = addGraph();
    graph->setName(engineText(variant.metrics[i].label));
    graph->setPen(QPen(kPalette[int(m_series.size()) % kPalette.size()], 1));
    graph->setAdaptiveSampling(true);
    m_series.push_back({int(i), graph, {}, {}, 0});
  }
  for (const auto& guide : variant.guides) {
    if (QString::fromStdString(guide.plot) != group) continue;
    auto* line = new QCPItemStraightLine(this);
    line->point1->setCoords(0, guide.value);
    line->point2->setCoords(1, guide.value);
    line->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    auto* label = new QCPItemText(this);
    label->setText(engineText(guide.label));
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.01, guide.value);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setColor(Qt::darkGray);
  }
  // Dragging or zooming means the user wants to look at something: stop following the data.
  connect(this, &QCustomPlot::mousePress, this, [this] { m_autoscale = false; });
  connect(this, &QCustomPlot::mouseWheel, this, [this] { m_autoscale = false; });
}

void MetricsPlot::addPoint(Series& series, double step, double value) {
  series.smoothed = series.graph->dataCount() == 0 ? value : m_smoothing * series.smoothed + (1 - m_smoothing) * value;
  series.graph->addData(step, series.smoothed);
}

void MetricsPlot::append(const std::vector<MetricsRow>& rows) {
  for (const auto& row : rows)
    for (auto& series : m_series) {
      if (series.metricIndex >= int(row.values.size())) continue;
      const auto& value = row.values[std::size_t(series.metricIndex)];
      if (!value) continue;  // not measured at this step: no point at all
      series.steps.push_back(double(row.step));
      series.raw.push_back(*value);
      if (std::isfinite(*value)) addPoint(series, double(row.step), *value);
    }
  if (m_autoscale) rescale();
  RedrawPacer::instance().request(this);  // at most ten redraws a second, one plot at a time
}

void MetricsPlot::addMarker(double step, const QString& label) {
  auto* line = new QCPItemStraightLine(this);
  line->point1->setCoords(step, 0);
  line->point2->setCoords(step, 1);
  line->setPen(QPen(QColor(120, 60, 160), 1, Qt::DotLine));
  auto* text = new QCPItemText(this);
  text->setText(label);
  text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
  text->position->setCoords(step, 0.02);
  text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
  text->setColor(QColor(120, 60, 160));
  text->setFont(QFont(font().family(), 7));
  m_markers.push_back(line);
  m_markers.push_back(text);
  replot(QCustomPlot::rpQueuedReplot);
}

void MetricsPlot::clearData() {
  for (auto* marker : m_markers) removeItem(marker);
  m_markers.clear();
  for (auto& series : m_series) {
    series.steps.clear();
    series.raw.clear();
    series.graph->data()->clear();
  }
  replot(QCustomPlot::rpQueuedReplot);
}

void MetricsPlot::rebuild() {
  for (auto& series : m_series) {
    series.graph->data()->clear();
    for (std::size_t i = 0; i < series.raw.size(); ++i)
      if (std::isfinite(series.raw[i])) addPoint(series, series.steps[i], series.raw[i]);
  }
  if (m_autoscale) rescale();
  replot(QCustomPlot::rpQueuedReplot);
}

void MetricsPlot::setSmoothing(double weight) {
  m_smoothing = std::clamp(weight, 0.0, 0.999);
  rebuild();
}

void MetricsPlot::setAutoscale(bool on) {
  m_autoscale = on;
  if (on) {
    rescale();
    replot(QCustomPlot::rpQueuedReplot);
  }
}

void MetricsPlot::rescale() {
  rescaleAxes(true);
  // Guide lines must stay in view even before the data reach them.
  auto range = yAxis->range();
  for (int i = 0; i < itemCount(); ++i)
    if (auto* line = qobject_cast<QCPItemStraightLine*>(item(i));
        line && std::find(m_markers.begin(), m_markers.end(), line) == m_markers.end())
      range.expand(line->point1->coords().y());
  const double pad = std::max(1e-3, range.size() * 0.05);
  yAxis->setRange(range.lower - pad, range.upper + pad);
}

int MetricsPlot::pointCount() const {
  int count = 0;
  for (const auto& series : m_series) count += series.graph->dataCount();
  return count;
}

void MetricsPlot::mouseMoveEvent(QMouseEvent* event) {
  QCustomPlot::mouseMoveEvent(event);
  if (m_series.empty() || m_series.front().steps.empty()) return;
  const double step = xAxis->pixelToCoord(event->position().x());
  QStringList lines;
  for (const auto& series : m_series) {
    const auto found = series.graph->data()->findBegin(step, false);
    if (found == series.graph->data()->constEnd()) continue;
    if (lines.isEmpty()) lines << tr("step %1").arg(qint64(found->key));
    lines << QStringLiteral("%1: %2").arg(series.graph->name()).arg(found->value, 0, 'g', 5);
  }
  if (!lines.isEmpty()) QToolTip::showText(event->globalPosition().toPoint(), lines.join('\n'), this);
}

void MetricsPlot::setStepCursor(double step) {
  if (!m_cursor) {
    m_cursor = new QCPItemStraightLine(this);
    m_cursor->setPen(QPen(QColor(40, 40, 40), 1.2, Qt::DashLine));  // apart from every series colour
    m_cursor->setSelectable(false);
  }
  m_cursor->setVisible(step >= 0);
  m_cursor->point1->setCoords(step, 0);
  m_cursor->point2->setCoords(step, 1);
  replot(QCustomPlot::rpQueuedReplot);
}

double MetricsPlot::stepCursor() const { return m_cursor && m_cursor->visible() ? m_cursor->point1->key() : -1; }

void MetricsPlot::mousePressEvent(QMouseEvent* event) {
  QCustomPlot::mousePressEvent(event);
  m_pressedAt = event->position().toPoint();
}

// A click (not a drag, which pans) picks the step under it.
void MetricsPlot::mouseReleaseEvent(QMouseEvent* event) {
  QCustomPlot::mouseReleaseEvent(event);
  if (event->button() == Qt::LeftButton && (event->position().toPoint() - m_pressedAt).manhattanLength() < 4)
    Q_EMIT stepClicked(qint64(std::lround(xAxis->pixelToCoord(event->position().x()))));
}

void MetricsPlot::mouseDoubleClickEvent(QMouseEvent* event) {
  QCustomPlot::mouseDoubleClickEvent(event);
  setAutoscale(true);
}

}  // namespace gan::ui
