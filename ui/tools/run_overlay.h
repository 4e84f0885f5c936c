#pragma once
// Several runs' curves of one metric in one plot, and the settings in which the runs differ, side
// by side (Runs panel → Overlay…). The metrics files are read off the UI thread.
#include <QFutureWatcher>
#include <QWidget>
#include <vector>

#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"

class QComboBox;
class QCustomPlot;
class QTableWidget;

namespace gan::ui {

class RunOverlay : public QWidget {
  Q_OBJECT

 public:
  struct Run {
    QString name;
    TrainConfig config;
    std::vector<MetricsRow> rows;
    QString error;  // why its rows could not be read
  };

  explicit RunOverlay(const QStringList& folders, QWidget* parent = nullptr);
  const std::vector<Run>& runs() const { return m_runs; }
  QCustomPlot* plot() const { return m_plot; }
  QTableWidget* differences() const { return m_differences; }

 Q_SIGNALS:
  void loaded();

 private:
  void showRuns();
  void plotMetric(const QString& key);

  std::vector<Run> m_runs;
  QFutureWatcher<std::vector<Run>> m_loading;
  QComboBox* m_metric = nullptr;
  QCustomPlot* m_plot = nullptr;
  QTableWidget* m_differences = nullptr;
};

}  // namespace gan::ui
