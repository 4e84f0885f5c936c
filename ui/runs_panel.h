#pragma once
// The Runs panel: every run of the run library (engine/core/run_library.h) with its variant,
// data, steps, date, last losses and notes. Opens one (its model, curves and grids come back),
// renames it, edits its notes, moves it to the trash (Undo puts it back), and overlays the curves
// of several. The list is read off the UI thread.
#include <QDockWidget>
#include <QFutureWatcher>
#include <vector>

#include "engine/core/run_library.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace gan::ui {

class RunsPanel : public QDockWidget {
  Q_OBJECT

 public:
  RunsPanel(const QString& library, QWidget* parent = nullptr);

  // The run training in this window: it cannot be renamed or deleted while it records.
  void setCurrentRun(const QString& folder) { m_currentRun = folder; }
  QTableWidget* table() const { return m_table; }
  const std::vector<RunSummary>& runs() const { return m_runs; }
  // Off in tests: names and notes are then taken as given (renameSelected's argument).
  void setConfirmationsEnabled(bool enabled) { m_interactive = enabled; }

 public Q_SLOTS:
  void refresh();
  void openSelected();
  bool renameSelected(const QString& name = {});
  void editNotes();
  bool deleteSelected();
  bool undoDelete();
  void overlaySelected();

 Q_SIGNALS:
  void openRequested(const QString& folder);
  void overlayRequested(const QStringList& folders);
  void message(const QString& text, bool isError);
  void refreshed();

 private:
  void fill();
  QStringList selectedFolders() const;
  bool refuseCurrent(const QString& folder);

  QString m_library;
  QString m_currentRun;
  QString m_lastTrashed;  // for Undo
  bool m_interactive = true;
  std::vector<RunSummary> m_runs;
  QFutureWatcher<std::vector<RunSummary>> m_listing;
  QTableWidget* m_table = nullptr;
  QLabel* m_status = nullptr;
  QPushButton* m_undo = nullptr;
};

}  // namespace gan::ui
