#pragma once
// One live plot: the variant's metrics that share a plot group, plus guide lines (e.g. log 2).
// Keeps the raw series so smoothing can change after the fact.
#include <qcustomplot.h>

#include <vector>

#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"
#include "engine/core/variant_catalog.h"

namespace gan::ui {

class MetricsPlot : public QCustomPlot {
  Q_OBJECT

 public:
  // Shows the metrics of `config`'s variant in `group` that the run has switched on.
  MetricsPlot(const TrainConfig& config, const QString& group, QWidget* parent = nullptr);

  void append(const std::vector<MetricsRow>& rows);
  void clearData();
  // A dotted vertical line with a label where a setting changed mid-run.
  void addMarker(double step, const QString& label);
  int markerCount() const { return int(m_markers.size()); }
  void setSmoothing(double weight);  // exponential moving average weight in [0, 1)
  void setAutoscale(bool on);
  int pointCount() const;
  QString group() const { return m_group; }
  // The time scrubber's cursor: a vertical line at `step`; a negative step hides it.
  void setStepCursor(double step);
  double stepCursor() const;  // -1 when hidden

 Q_SIGNALS:
  void stepClicked(qint64 step);

 protected:
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  struct Series {
    int metricIndex;
    QCPGraph* graph;
    std::vector<double> steps;
    std::vector<double> raw;
    double smoothed = 0;
  };
  void rebuild();
  void rescale();
  void addPoint(Series& series, double step, double value);

  QString m_group;
  std::vector<Series> m_series;
  double m_smoothing = 0;
  bool m_autoscale = true;
  std::vector<QCPAbstractItem*> m_markers;
  QCPItemStraightLine* m_cursor = nullptr;
  QPoint m_pressedAt;
};

}  // namespace gan::ui
