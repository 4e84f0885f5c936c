#pragma once
// The UI's handle on one training run. Owns the engine's Trainer; a ~25 Hz timer drains its
// snapshots and turns them into signals, so the UI thread never waits on training.
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <vector>

#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"

namespace gan {
class RunRecorder;
class Trainer;
struct VariantInfo;
}  // namespace gan

namespace gan::ui {

class TrainingController : public QObject {
  Q_OBJECT

 public:
  static constexpr int kDrainIntervalMs = 33;  // ~30 Hz: the toy canvas wants ≥ 25 frames/s

  explicit TrainingController(TrainConfig config, QObject* parent = nullptr);
  ~TrainingController() override;

  const TrainConfig& config() const { return m_config; }
  const VariantInfo& variant() const;
  const std::vector<MetricsRow>& history() const { return m_history; }
  const SampleGrid& latestSamples() const { return m_samples; }
  TrainerState state() const { return m_state; }
  std::int64_t stepsDone() const { return m_step; }

  // Records every run into a folder of its own in `library` (engine/core/run_library.h) from its
  // first trained step on; a run opened from a recorded folder goes on in that folder. Off
  // (empty) until called.
  void enableRecording(const QString& library);
  // The folder the current run is recorded in, or the recorded folder it was opened from; empty
  // when there is none (yet).
  QString runFolder() const { return m_runFolder; }
  bool isRecording() const;  // the run has trained past where it began and is being written
  // Waits until what was drained so far is on disk (tests, and before reading the folder back).
  void flushRecording();

 public Q_SLOTS:
  void start();
  void pause();
  void step(int count = 1);
  void stepCritic();
  void stepGenerator();
  void setStepDelayMs(int milliseconds);
  void reset();
  void resetWith(const gan::TrainConfig& config);
  void saveCheckpoint(const QString& path);
  void loadCheckpoint(const QString& path);
  // Returns an empty string when queued, else the reason it was refused.
  QString setHyperparameter(const QString& key, double value);
  void shutdown();  // stops and joins the trainer thread (≤ one step)
  // Asks the trainer for a copy of its networks (between two steps); answered by modelArrived.
  void requestModel();

 Q_SIGNALS:
  void metricsAppended(const std::vector<gan::MetricsRow>& rows);
  void historyCleared();
  void samplesUpdated(const gan::SampleGrid& samples);
  void toyViewUpdated(const gan::ToyView& view);
  void stateChanged(gan::TrainerState state);
  // `phase`: what the steps were when not ordinary training (e.g. EBGAN pre-training), else empty.
  void progress(qint64 step, qint64 epoch, double stepsPerSecond, const QString& phase);
  void message(const QString& text, bool isError);
  void checkpointSaved(const QString& path, qint64 step);
  void modelArrived(std::shared_ptr<const gan::ModelCopy> model);
  void hyperparameterChanged(qint64 step, const QString& change);
  void checkpointLoaded(const QString& path);
  void runFolderChanged(const QString& folder);

 private:
  void drain();
  void handleEvent(const TrainerEvent& event, std::vector<MetricsRow>& rows);
  void appendRows(std::vector<MetricsRow>& rows);
  void record(const Snapshot& snapshot);
  void startRecording();
  void saveRunFolder();
  void beginRun(std::int64_t fromStep, const QString& folder);

  TrainConfig m_config;
  std::unique_ptr<Trainer> m_trainer;
  QTimer m_drainTimer;
  std::vector<MetricsRow> m_history;
  SampleGrid m_samples;
  TrainerState m_state = TrainerState::Loading;
  std::int64_t m_step = 0;
  QString m_library;                        // empty: not recording
  QString m_runFolder;                      // see runFolder()
  std::unique_ptr<RunRecorder> m_recorder;  // from the first step past m_recordFrom
  std::int64_t m_recordFrom = 0;            // 0, or the step of the checkpoint the run was opened at
  std::vector<Snapshot> m_unrecorded;       // what came since the run began, until it records
};

}  // namespace gan::ui
