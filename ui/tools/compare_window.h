#pragma once
// Compare mode: several variants on the same data and seed, trained in alternating rounds of a
// few steps each, their losses and divergence estimates overlaid and their samples side by side.
#include <QWidget>
#include <vector>

#include "engine/core/train_config.h"

class QComboBox;
class QGroupBox;
class QSplitter;
class QCustomPlot;
class QListWidget;
class QPushButton;
class QSpinBox;
class QLabel;
class QHBoxLayout;

namespace gan::ui {

class SampleGridWidget;
class TrainingController;

class CompareWindow : public QWidget {
  Q_OBJECT

 public:
  static constexpr int kStepsPerRound = 5;

  CompareWindow(std::string dataDir, QWidget* parent = nullptr);
  ~CompareWindow() override;

  // Starts a comparison of `variants` (names) on `dataset`; replaces any running one.
  void startComparison(const std::vector<std::string>& variants, const std::string& dataset, std::uint64_t seed);
  void stopComparison();
  int runCount() const { return int(m_runs.size()); }
  std::int64_t roundsDone() const { return m_round; }
  QCustomPlot* estimatePlot() const { return m_estimatePlot; }

 Q_SIGNALS:
  void roundFinished(qint64 round);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  struct Run {
    TrainingController* controller;
    SampleGridWidget* grid;
    QLabel* caption;
    int estimateIndex;
    std::int64_t target = 0;
  };
  QGroupBox* buildControls();
  QSplitter* buildResults();
  void clearRuns();
  void addRun(const TrainConfig& config);
  void onProgress();
  void requestRound();

  std::string m_dataDir;
  QListWidget* m_variantList;
  QComboBox* m_datasetBox;
  QSpinBox* m_seed;
  QPushButton* m_startButton;
  QCustomPlot* m_lossPlot;
  QCustomPlot* m_estimatePlot;
  QHBoxLayout* m_gridRow;
  std::vector<Run> m_runs;
  std::int64_t m_round = 0;
  bool m_running = false;
};

}  // namespace gan::ui
