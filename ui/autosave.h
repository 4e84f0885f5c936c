#pragma once
// The GUI's run saved as a whole folder (checkpoint.pt, config.json; metrics.csv) every interval
// while it moves, so a crash or a killed GUI loses at most one interval ("Recover last run?" at
// the next start). The trainer's thread writes the checkpoint into a staging folder; when it
// reports the save, the metrics and config up to that step join it and the folder is swapped in
// whole (engine/core/atomic_file.h). The UI thread never waits for the save.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace gan {
class StagedFolder;
}

namespace gan::ui {

class TrainingController;

class Autosave : public QObject {
  Q_OBJECT

 public:
  static constexpr int kDefaultSeconds = 60;

  // An empty `folder`: the run's own folder in the run library (TrainingController::runFolder()),
  // whose metrics.csv the recorder already keeps.
  Autosave(TrainingController& controller, const QString& folder, int intervalSeconds, QObject* parent = nullptr);
  ~Autosave() override;

  // $XDG_DATA_HOME/gan-studio/autosave (Qt's AppLocalDataLocation).
  static QString defaultFolder();
  // The last session ended without closing the window (crash, kill): its autosave is worth offering.
  static bool lastSessionCrashed();
  // The run folder autosaved last (in any session), for "Recover last run?".
  static QString lastRunFolder();
  static void markSessionRunning();
  static void markSessionClosed();

 public Q_SLOTS:
  // Saves now if the run moved since the last save and no save is under way.
  void saveIfMoved();

 Q_SIGNALS:
  void saved(qint64 step);

 private:
  void onCheckpointSaved(const QString& path, qint64 step);
  void finish(qint64 step);
  QString targetFolder() const;

  TrainingController& m_controller;
  QString m_folder;
  QTimer m_timer;
  std::unique_ptr<StagedFolder> m_pending;
  QString m_pendingCheckpoint;
  QElapsedTimer m_pendingSince;
  qint64 m_savedStep = -1;
};

}  // namespace gan::ui
