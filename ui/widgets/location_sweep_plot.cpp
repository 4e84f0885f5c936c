#include "ui/widgets/location_sweep_plot.h"

#include "ui/widgets/plot_style.h"

#include <QtConcurrent/QtConcurrent>
#include <algorithm>
#include <cmath>

namespace gan::ui {

namespace {
// A straight line through two points in plot coordinates (a reference level, a marker).
void addGuideLine(QCustomPlot* plot, QPointF from, QPointF to, const QPen& pen) {
  auto* line = new QCPItemStraightLine(plot);
  line->point1->setCoords(from);
  line->point2->setCoords(to);
  line->setPen(pen);
}
}  // namespace

LocationSweepPlot::LocationSweepPlot(QWidget* parent) : QCustomPlot(parent) {
  applyPlotStyle(this);
  setMinimumHeight(180);
  xAxis->setLabel(tr("Q's location minus P's (Q slides along the axis)"));
  yAxis->setLabel(tr("divergence"));
  m_watcher = new QFutureWatcher<LocationSweep>(this);
  connect(m_watcher, &QFutureWatcher<LocationSweep>::finished, this, [this] { draw(m_watcher->result()); });
}

LocationSweepPlot::~LocationSweepPlot() {
  // A sweep still running on the pool stops at its next comparison; its result is dropped.
  if (m_cancel) m_cancel->store(true);
}

void LocationSweepPlot::compute(const Distribution1D& p, const Distribution1D& q) {
  if (m_cancel) m_cancel->store(true);
  m_cancel = std::make_shared<std::atomic<bool>>(false);
  m_offset = q.location() - p.location();
  clearGraphs();
  clearItems();
  auto* computing = new QCPItemText(this);
  computing->position->setType(QCPItemPosition::ptAxisRectRatio);
  computing->position->setCoords(0.5, 0.5);
  computing->setText(tr("computing the sweep…"));
  replot(QCustomPlot::rpQueuedReplot);
  m_watcher->setFuture(QtConcurrent::run([p, q, cancel = m_cancel] {
    // Slide Q from 12 below to 12 above P's location; a coarser grid keeps this quick.
    return sweepLocation(p, q, 12, 96, 3001, [cancel] { return cancel->load(); });
  }));
}

void LocationSweepPlot::draw(const LocationSweep& sweep) {
  struct Curve {
    const char* key;
    QString name;
    QColor colour;
  };
  const std::vector<Curve> curves = {{"js", "JS", QColor(214, 39, 40)},
                                     {"wasserstein_1", "W₁", QColor(31, 119, 180)},
                                     {"f:total-variation", tr("total variation"), QColor(44, 160, 44)},
                                     {"f:hellinger", tr("squared Hellinger"), QColor(148, 103, 189)},
                                     {"kl", "KL(P‖Q)", QColor(255, 127, 14)}};
  const QVector<double> shifts(sweep.shifts.begin(), sweep.shifts.end());
  clearGraphs();
  clearItems();
  for (const auto& curve : curves) {
    const auto values = sweep.values(curve.key);
    auto* graph = addGraph();
    graph->setName(curve.name);
    graph->setPen(QPen(curve.colour, 2));
    graph->setData(shifts, QVector<double>(values.begin(), values.end()));
  }
  addGuideLine(this, {0, std::log(2.0)}, {1, std::log(2.0)}, QPen(Qt::gray, 1, Qt::DashLine));
  addGuideLine(this, {m_offset, 0}, {m_offset, 1}, QPen(Qt::black, 1, Qt::DotLine));  // where Q is now
  const auto w = sweep.values("wasserstein_1");
  const double wMax = w.empty() ? 0 : *std::max_element(w.begin(), w.end());
  xAxis->setRange(-12, 12);
  yAxis->setRange(0, wMax * 1.05 + 0.1);  // KL grows quadratically; keep W's scale in view
  replot(QCustomPlot::rpQueuedReplot);
  Q_EMIT finished();
}

}  // namespace gan::ui
