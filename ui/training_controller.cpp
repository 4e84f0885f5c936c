#include "ui/training_controller.h"

#include "engine/core/variant_catalog.h"
#include "engine/training/trainer.h"

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
  m_trainer.reset();
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
    switch (snapshot.kind) {
      case Snapshot::Kind::Metrics: rows.push_back(std::move(snapshot.metrics)); break;
      case Snapshot::Kind::Samples: samples = std::move(snapshot.samples); break;
      case Snapshot::Kind::Toy: toy = std::move(snapshot.toy); break;
      case Snapshot::Kind::Model: Q_EMIT modelArrived(snapshot.model); break;
      case Snapshot::Kind::Event:
        // Rows that came before an event are handed out first: those before a reset belong to
        // the old run, and a save's listeners read the history up to the saved step.
        appendRows(rows);
        handleEvent(snapshot.event);
        break;
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

void TrainingController::handleEvent(const TrainerEvent& event) {
  const QString text = QString::fromStdString(event.message);
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
        Q_EMIT message(tr("New run: %1").arg(QString::fromStdString(variant().displayName)), false);
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

}  // namespace gan::ui
