#include "ui/autosave.h"

#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

#include "engine/core/atomic_file.h"
#include "engine/core/metrics_csv.h"
#include "ui/training_controller.h"

namespace gan::ui {

namespace {
const char* const kRunningKey = "autosave/session_running";
const char* const kLastRunKey = "autosave/last_run";
}  // namespace

Autosave::Autosave(TrainingController& controller, const QString& folder, int intervalSeconds, QObject* parent)
    : QObject(parent), m_controller(controller), m_folder(folder) {
  connect(&m_timer, &QTimer::timeout, this, &Autosave::saveIfMoved);
  connect(&m_controller, &TrainingController::checkpointSaved, this, &Autosave::onCheckpointSaved);
  m_timer.start(std::max(1, intervalSeconds) * 1000);
}

Autosave::~Autosave() = default;

QString Autosave::defaultFolder() {
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/autosave";
}

QString Autosave::lastRunFolder() { return QSettings().value(kLastRunKey).toString(); }

QString Autosave::targetFolder() const { return m_folder.isEmpty() ? m_controller.runFolder() : m_folder; }

bool Autosave::lastSessionCrashed() { return QSettings().value(kRunningKey, false).toBool(); }
void Autosave::markSessionRunning() { QSettings().setValue(kRunningKey, true); }
void Autosave::markSessionClosed() { QSettings().setValue(kRunningKey, false); }

void Autosave::saveIfMoved() {
  // A save the trainer never answered (it failed and said so in the log) is dropped after a while.
  if (m_pending && m_pendingSince.elapsed() < 4 * m_timer.interval()) return;
  m_pending.reset();
  const auto state = m_controller.state();
  if (m_controller.stepsDone() == m_savedStep || m_controller.stepsDone() == 0 || state == TrainerState::Loading ||
      state == TrainerState::Failed || targetFolder().isEmpty())
    return;
  // A run opened only to look at is not written (another program may be writing it).
  if (m_folder.isEmpty() && !m_controller.isRecording()) return;
  try {
    m_pending = std::make_unique<StagedFolder>(targetFolder().toStdString());
  } catch (const std::exception& e) {
    Q_EMIT m_controller.message(tr("Autosave: %1").arg(QString::fromStdString(e.what())), true);
    return;
  }
  m_pendingCheckpoint = QString::fromStdString(m_pending->staging()) + "/checkpoint.pt";
  m_pendingSince.start();
  m_controller.saveCheckpoint(m_pendingCheckpoint);
}

void Autosave::onCheckpointSaved(const QString& path, qint64 step) {
  // The controller hands out every row before the save's event, so the history ends at its step.
  if (m_pending && path == m_pendingCheckpoint) finish(step);
}

void Autosave::finish(qint64 step) {
  const std::string staging = m_pending->staging();
  try {
    // A recorded run's folder has its metrics.csv already (appended as rows come); it is carried over.
    if (!m_folder.isEmpty()) writeMetricsCsv(staging + "/metrics.csv", m_controller.config(), m_controller.history());
    writeFileAtomically(staging + "/config.json", toJson(m_controller.config()) + "\n");
    m_pending->commit();
    QSettings().setValue(kLastRunKey, targetFolder());
    m_savedStep = step;
    Q_EMIT saved(step);
  } catch (const std::exception& e) {
    Q_EMIT m_controller.message(tr("Autosave: %1").arg(QString::fromStdString(e.what())), true);
  }
  m_pending.reset();
}

}  // namespace gan::ui
