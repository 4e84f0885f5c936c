#pragma once
// Sample quality of the live run (engine/quality/sample_quality.h): on demand or every 1,000
// steps, the run's model is saved to a temp file by the trainer's thread and judged on a pool
// thread (FID, KID, precision/recall, classes covered…), with progress and cancel; FID is
// plotted over the steps against the real-data baseline. Neither the UI nor training waits.
#include <QDockWidget>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <atomic>
#include <memory>
#include <optional>

#include "engine/quality/sample_quality.h"

class QCheckBox;
class QCustomPlot;
class QCPItemStraightLine;
class QLabel;
class QProgressBar;
class QPushButton;

namespace gan::ui {

class TrainingController;

class QualityPanel : public QDockWidget {
  Q_OBJECT

 public:
  static constexpr qint64 kEverySteps = 1000;
  static constexpr std::int64_t kSamples = 1000;

  QualityPanel(TrainingController& controller, QWidget* parent = nullptr);
  QCustomPlot* plot() const { return m_plot; }
  const std::optional<QualityReport>& lastReport() const { return m_last; }
  bool isBusy() const { return !m_pending.isEmpty() || m_work.isRunning(); }
  void setEveryThousandSteps(bool on);

 public Q_SLOTS:
  void evaluateNow();
  void cancel();

 Q_SIGNALS:
  void evaluated(bool ok);
  void message(const QString& text, bool isError);

 private:
  struct Result {
    qint64 step = 0;
    QualityReport report;
    std::optional<QualityReport> baseline;  // computed once per dataset
    QString error;
  };
  void start(const QString& checkpoint, qint64 step);
  void finish(const Result& result);
  void showReport(const QualityReport& report, qint64 step);

  TrainingController& m_controller;
  QTemporaryDir m_temp;
  QString m_pending;  // the checkpoint asked of the trainer
  int m_saves = 0;
  qint64 m_nextAutoStep = kEverySteps;
  std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
  std::optional<QualityReport> m_baseline, m_last;
  QFutureWatcher<Result> m_work;
  QCustomPlot* m_plot = nullptr;
  QCPItemStraightLine* m_baselineLine = nullptr;
  QLabel* m_summary = nullptr;
  QProgressBar* m_progress = nullptr;
  QCheckBox* m_every = nullptr;
  QPushButton* m_cancelButton = nullptr;
};

}  // namespace gan::ui
