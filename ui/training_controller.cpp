#include "ui/training_controller.h"

#include <QDir>
#include <QFileInfo>

#include "engine/core/atomic_file.h"
#include "engine/core/run_library.h"
#include "engine/core/run_log.h"
#include "engine/core/run_recorder.h"
#include "engine/core/variant_catalog.h"
#include "engine/training/trainer.h"
#include "ui/engine_text.h"

namespace gan::ui {

TrainingController::TrainingController(TrainConfig config, QObject* parent)
    : QObject(parent), m_trainer(std::make_unique<Trainer>(config)) {
  m_config = m_trainer->config();
  connect(&m_drainTimer, &QTimer::timeout, this, &TrainingController::drain);
  m_drainTimer.start(kDrainIntervalMs);
}

TrainingController::~TrainingController() { shutdown(); }

const VariantInfo& TrainingController::variant() const { return findVariant(m_config.variant); }

void TrainingController::start() {
  if (m_trainer) m_trainer->start();
}
void TrainingController::pause() {
  if (m_trainer) m_trainer->pause();
}
void TrainingController::step(int count) {
  if (m_trainer) m_trainer->step(count);
}
void TrainingController::reset() {
  if (m_trainer) m_trainer->reset();
}
void TrainingController::stepCritic() {
  if (m_trainer) m_trainer->stepPart(StepPart::CriticOnly);
}
void TrainingController::stepGenerator() {
  if (m_trainer) m_trainer->stepPart(StepPart::GeneratorOnly);
}
void TrainingController::setStepDelayMs(int milliseconds) {
  if (m_trainer) m_trainer->setStepDelay(std::chrono::milliseconds(milliseconds));
}

void TrainingController::resetWith(const TrainConfig& config) {
  if (!m_trainer) return;
  try {
    m_trainer->reset(config);
  } catch (const std::exception& e) {
    Q_EMIT message(QString::fromStdString(e.what()), true);
  }
}

void TrainingController::saveCheckpoint(const QString& path) {
  if (m_trainer) m_trainer->saveCheckpoint(path.toStdString());
}

void TrainingController::loadCheckpoint(const QString& path) {
  if (m_trainer) m_trainer->loadCheckpoint(path.toStdString());
}

QString TrainingController::setHyperparameter(const QString& key, double value) {
  if (!m_trainer) return tr("training has stopped");
  auto problem = m_trainer->setHyperparameter(key.toStdString(), value);
  return problem ? QString::fromStdString(*problem) : QString();
}

void TrainingController::shutdown() {
  m_drainTimer.stop();
  if (m_trainer && m_recorder) saveRunFolder();
  if (m_trainer) {
    m_trainer->stop();
    // What the run did since the last tick is recorded too (no signals: the window is closing).
    if (m_recorder)
      for (const auto& snapshot : m_trainer->drain()) m_recorder->take(snapshot);
  }
  m_trainer.reset();
  m_recorder.reset();
}

void TrainingController::requestModel() {
  if (m_trainer) m_trainer->requestModel();
}

void TrainingController::drain() {
  if (!m_trainer) return;
  std::vector<MetricsRow> rows;
  std::optional<SampleGrid> samples;
  std::optional<ToyView> toy;
  for (auto& snapshot : m_trainer->drain()) {
    if (snapshot.kind == Snapshot::Kind::Event) handleEvent(snapshot.event, rows);
    record(snapshot);
    switch (snapshot.kind) {
      case Snapshot::Kind::Metrics: rows.push_back(std::move(snapshot.metrics)); break;
      case Snapshot::Kind::Samples: samples = std::move(snapshot.samples); break;
      case Snapshot::Kind::Toy: toy = std::move(snapshot.toy); break;
      case Snapshot::Kind::Model: Q_EMIT modelArrived(snapshot.model); break;
      case Snapshot::Kind::Event: break;  // handled above, before it is recorded
    }
  }
  appendRows(rows);
  if (samples) {
    m_samples = std::move(*samples);
    Q_EMIT samplesUpdated(m_samples);
  }
  if (toy) Q_EMIT toyViewUpdated(*toy);
}

// Hands `rows` out (history, plots, status) and empties it.
void TrainingController::appendRows(std::vector<MetricsRow>& rows) {
  if (rows.empty()) return;
  m_history.insert(m_history.end(), rows.begin(), rows.end());
  const auto& last = rows.back();
  m_step = last.step;
  Q_EMIT metricsAppended(rows);
  Q_EMIT progress(last.step, last.epoch, last.stepsPerSecond, QString::fromStdString(last.phase));
  rows.clear();
}

void TrainingController::handleEvent(const TrainerEvent& event, std::vector<MetricsRow>& rows) {
  // Rows that came before an event are handed out first: those before a reset belong to the old
  // run, and a save's listeners read the history up to the saved step.
  appendRows(rows);
  const QString text = QString::fromStdString(event.message);
  if (event.kind == TrainerEvent::Kind::Reset) beginRun(0, {});
  if (event.kind == TrainerEvent::Kind::CheckpointLoaded) {
    // Opened from a recorded run's folder: the run goes on there. Anything else starts a new one.
    const QDir folder = QFileInfo(text).absoluteDir();
    beginRun(event.step,
             folder.exists(kGridLogName) && folder.exists("config.json") ? folder.absolutePath() : QString());
  }
  switch (event.kind) {
    case TrainerEvent::Kind::StateChanged:
      m_state = event.state;
      Q_EMIT stateChanged(event.state);
      break;
    case TrainerEvent::Kind::Reset:
    case TrainerEvent::Kind::CheckpointLoaded:
      m_config = m_trainer->config();
      m_history.clear();
      m_step = event.step;
      Q_EMIT historyCleared();
      Q_EMIT progress(event.step, 0, 0, QString());
      if (event.kind == TrainerEvent::Kind::CheckpointLoaded) {
        Q_EMIT message(tr("Loaded checkpoint %1 (step %2)").arg(text).arg(event.step), false);
        Q_EMIT checkpointLoaded(text);
      } else {
        Q_EMIT message(tr("New run: %1").arg(engineText(variant().displayName)), false);
      }
      break;
    case TrainerEvent::Kind::CheckpointSaved:
      Q_EMIT message(tr("Saved checkpoint %1 (step %2)").arg(text).arg(event.step), false);
      Q_EMIT checkpointSaved(text, event.step);
      break;
    case TrainerEvent::Kind::HyperparameterChanged:
      m_config = m_trainer->config();
      Q_EMIT message(tr("Step %1: %2").arg(event.step).arg(text), false);
      Q_EMIT hyperparameterChanged(event.step, text);
      break;
    case TrainerEvent::Kind::Diverged:
    case TrainerEvent::Kind::Error: Q_EMIT message(text, true); break;
  }
}

void TrainingController::enableRecording(const QString& library) { m_library = library; }

bool TrainingController::isRecording() const { return m_recorder != nullptr; }

void TrainingController::flushRecording() {
  if (!m_recorder) return;
  if (auto error = m_recorder->flush()) Q_EMIT message(tr("Recording: %1").arg(QString::fromStdString(*error)), true);
}

// On close, the run's model joins its recorded folder (saved whole, as the autosave does), so the
// Runs panel can open and resume it. The window waits here for at most the step in flight.
void TrainingController::saveRunFolder() {
  try {
    StagedFolder staged(m_runFolder.toStdString());
    const auto checkpoint = staged.staging() + "/checkpoint.pt";
    m_trainer->pause();
    m_trainer->saveCheckpoint(checkpoint);
    for (;;) {
      auto snapshot = m_trainer->waitNext(std::chrono::minutes(2));  // a guard against a hung engine
      if (!snapshot) return;
      m_recorder->take(*snapshot);
      const auto& event = snapshot->event;
      if (snapshot->kind != Snapshot::Kind::Event) continue;
      if (event.kind == TrainerEvent::Kind::Error) return;
      if (event.kind == TrainerEvent::Kind::CheckpointSaved && event.message == checkpoint) break;
    }
    writeFileAtomically(staged.staging() + "/config.json", toJson(m_trainer->config()) + "\n");
    m_recorder->flush();
    staged.commit();
  } catch (const std::exception&) {
    // The autosave (at most a minute old) and the recorded logs remain; the window is closing.
  }
}

// A new run (reset) or an opened one: the old run's recorder finishes its writes and closes.
void TrainingController::beginRun(std::int64_t fromStep, const QString& folder) {
  m_recorder.reset();
  m_unrecorded.clear();
  m_recordFrom = fromStep;
  m_runFolder = folder;
  Q_EMIT runFolderChanged(m_runFolder);
}

// Nothing is written until the run trains past where it began, so opening a run only to look at
// it (even one another program is still writing) never touches its folder.
void TrainingController::record(const Snapshot& snapshot) {
  if (m_library.isEmpty() || snapshot.kind == Snapshot::Kind::Model) return;
  if (!m_recorder) {
    if (snapshot.kind != Snapshot::Kind::Metrics || snapshot.metrics.step <= m_recordFrom) {
      m_unrecorded.push_back(snapshot);
      return;
    }
    startRecording();
    if (!m_recorder) return;
  }
  m_recorder->take(snapshot);
}

void TrainingController::startRecording() {
  try {
    const auto folder =
        m_runFolder.isEmpty() ? createRunFolder(m_config.variant, m_library.toStdString()) : m_runFolder.toStdString();
    m_recorder = std::make_unique<RunRecorder>(folder, m_config, m_runFolder.isEmpty() ? 0 : m_recordFrom);
    m_runFolder = QString::fromStdString(folder);
  } catch (const std::exception& e) {
    Q_EMIT message(tr("This run is not recorded: %1").arg(QString::fromStdString(e.what())), true);
    m_library.clear();
    return;
  }
  for (const auto& earlier : m_unrecorded) m_recorder->take(earlier);
  m_unrecorded.clear();
  Q_EMIT runFolderChanged(m_runFolder);
}

}  // namespace gan::ui
