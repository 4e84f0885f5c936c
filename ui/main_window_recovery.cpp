// The main window's autosave and the "Recover last run?" question after a crash.
#include <QDateTime>
#include <QFileInfo>
#include <QMessageBox>

#include "engine/core/variant_catalog.h"
#include "engine/training/checkpoint.h"
#include "ui/autosave.h"
#include "ui/engine_text.h"
#include "ui/main_window.h"
#include "ui/training_controller.h"

namespace gan::ui {

Autosave* MainWindow::enableAutosave(const QString& folder, int seconds) {
  delete m_autosave;
  m_autosave = new Autosave(*m_controller, folder, seconds, this);
  Autosave::markSessionRunning();
  return m_autosave;
}

bool MainWindow::recoverAutosave(const QString& folder, bool askFirst) {
  const QString path = folder + "/checkpoint.pt";
  if (!QFileInfo::exists(path)) {
    if (!askFirst) showMessage(tr("No autosaved run to recover in %1").arg(folder), true);
    return false;
  }
  if (askFirst && !Autosave::lastSessionCrashed()) return false;
  CheckpointInfo info;
  try {
    info = readCheckpointInfo(path.toStdString());
  } catch (const std::exception& e) {
    showMessage(tr("The autosaved run cannot be recovered: %1").arg(QString::fromStdString(e.what())), true);
    return false;
  }
  const QString when = QFileInfo(path).lastModified().toString("yyyy-MM-dd HH:mm");
  const QString variant = engineText(findVariant(info.variant).displayName);
  if (askFirst && QMessageBox::question(this, tr("Recover last run?"),
                                        tr("GAN Studio did not close normally last time. Recover its run (%1, step "
                                           "%2, autosaved %3)?")
                                            .arg(variant)
                                            .arg(info.step)
                                            .arg(when)) != QMessageBox::Yes)
    return false;
  loadRun(path, info);
  showMessage(tr("Recovering the autosaved run (%1, step %2)…").arg(variant).arg(info.step), false);
  return true;
}

}  // namespace gan::ui
