#include "ui/runs_panel.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace gan::ui {

namespace {

QString metricText(const RunSummary& run, const char* key) {
  for (const auto& [name, value] : run.lastMetrics)
    if (name == key) return QString::number(value, 'g', 4);
  return {};
}

QPushButton* addButton(QHBoxLayout* row, const QString& text, const QString& tip, QWidget* parent) {
  auto* button = new QPushButton(text, parent);
  button->setToolTip(tip);
  row->addWidget(button);
  return button;
}

}  // namespace

RunsPanel::RunsPanel(const QString& library, QWidget* parent) : QDockWidget(tr("Runs"), parent), m_library(library) {
  setObjectName("runsPanel");
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  m_table = new QTableWidget(0, 8, body);
  m_table->setObjectName("runsTable");
  m_table->setHorizontalHeaderLabels(
      {tr("Run"), tr("Variant"), tr("Data"), tr("Steps"), tr("Last active"), tr("Loss D"), tr("Loss G"), tr("Notes")});
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->verticalHeader()->hide();
  m_table->setMinimumHeight(150);  // five runs in view when docked under the window
  layout->addWidget(m_table, 1);
  auto* buttons = new QHBoxLayout;
  connect(addButton(buttons, tr("Open"), tr("Open the run: its model, curves and grids"), body), &QPushButton::clicked,
          this, &RunsPanel::openSelected);
  connect(addButton(buttons, tr("Overlay…"),
                    tr("The curves of the selected runs in one plot, with the settings "
                       "in which they differ"),
                    body),
          &QPushButton::clicked, this, &RunsPanel::overlaySelected);
  connect(addButton(buttons, tr("Rename…"), tr("Rename the run's folder"), body), &QPushButton::clicked, this,
          [this] { renameSelected(); });
  connect(addButton(buttons, tr("Notes…"), tr("Notes kept with the run"), body), &QPushButton::clicked, this,
          &RunsPanel::editNotes);
  connect(addButton(buttons, tr("Delete"), tr("Move the run to the trash (Undo brings it back)"), body),
          &QPushButton::clicked, this, &RunsPanel::deleteSelected);
  m_undo = addButton(buttons, tr("Undo delete"), tr("Bring back the run deleted last"), body);
  m_undo->setEnabled(false);
  connect(m_undo, &QPushButton::clicked, this, &RunsPanel::undoDelete);
  connect(addButton(buttons, tr("Refresh"), tr("Read the library again"), body), &QPushButton::clicked, this,
          &RunsPanel::refresh);
  layout->addLayout(buttons);
  m_status = new QLabel(body);
  layout->addWidget(m_status);
  setWidget(body);
  connect(m_table, &QTableWidget::cellDoubleClicked, this, &RunsPanel::openSelected);
  connect(&m_listing, &QFutureWatcher<std::vector<RunSummary>>::finished, this, [this] {
    m_runs = m_listing.result();
    fill();
    Q_EMIT refreshed();
  });
}

void RunsPanel::refresh() {
  if (m_listing.isRunning()) return;
  m_status->setText(tr("Reading %1…").arg(m_library));
  const auto library = m_library.toStdString();
  m_listing.setFuture(QtConcurrent::run([library] { return listRuns(library); }));
}

void RunsPanel::fill() {
  m_table->setRowCount(int(m_runs.size()));
  for (int row = 0; row < int(m_runs.size()); ++row) {
    const auto& run = m_runs[std::size_t(row)];
    const QStringList cells = {QString::fromStdString(run.name),
                               QString::fromStdString(run.config.variant),
                               QString::fromStdString(run.config.dataset),
                               QString::number(run.steps),
                               QDateTime::fromSecsSinceEpoch(run.modified).toString("yyyy-MM-dd HH:mm"),
                               metricText(run, "loss_d"),
                               metricText(run, "loss_g"),
                               QString::fromStdString(run.notes).simplified()};
    for (int column = 0; column < cells.size(); ++column)
      m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
  }
  m_table->resizeColumnsToContents();
  m_status->setText(tr("%n run(s) in %1", nullptr, int(m_runs.size())).arg(m_library));
}

QStringList RunsPanel::selectedFolders() const {
  QStringList folders;
  for (const auto& index : m_table->selectionModel()->selectedRows())
    if (index.row() < int(m_runs.size())) folders << QString::fromStdString(m_runs[std::size_t(index.row())].folder);
  return folders;
}

bool RunsPanel::refuseCurrent(const QString& folder) {
  if (m_currentRun.isEmpty() || QDir(folder) != QDir(m_currentRun)) return false;
  Q_EMIT message(tr("%1 is the run in this window; start a new run (Reset) first").arg(folder), true);
  return true;
}

void RunsPanel::openSelected() {
  const auto folders = selectedFolders();
  if (folders.size() == 1)
    Q_EMIT openRequested(folders.front());
  else
    Q_EMIT message(tr("Select one run to open"), true);
}

bool RunsPanel::renameSelected(const QString& given) {
  const auto folders = selectedFolders();
  if (folders.size() != 1 || refuseCurrent(folders.front())) return false;
  const QString old = QDir(folders.front()).dirName();
  const QString name =
      m_interactive ? QInputDialog::getText(this, tr("Rename run"), tr("New name:"), QLineEdit::Normal, old) : given;
  if (name.isEmpty() || name == old) return false;
  try {
    renameRun(folders.front().toStdString(), name.toStdString());
  } catch (const std::exception& e) {
    Q_EMIT message(QString::fromStdString(e.what()), true);
    return false;
  }
  refresh();
  return true;
}

void RunsPanel::editNotes() {
  const auto folders = selectedFolders();
  if (folders.size() != 1) return;
  const auto row = m_table->selectionModel()->selectedRows().front().row();
  bool ok = false;
  const QString notes = QInputDialog::getMultiLineText(this, tr("Notes"), tr("Notes on this run:"),
                                                       QString::fromStdString(m_runs[std::size_t(row)].notes), &ok);
  if (!ok) return;
  try {
    writeRunNotes(folders.front().toStdString(), notes.toStdString());
  } catch (const std::exception& e) {
    Q_EMIT message(QString::fromStdString(e.what()), true);
  }
  refresh();
}

bool RunsPanel::deleteSelected() {
  const auto folders = selectedFolders();
  if (folders.size() != 1 || refuseCurrent(folders.front())) return false;
  try {
    m_lastTrashed = QString::fromStdString(trashRun(folders.front().toStdString()));
  } catch (const std::exception& e) {
    Q_EMIT message(QString::fromStdString(e.what()), true);
    return false;
  }
  m_undo->setEnabled(true);
  Q_EMIT message(tr("Moved %1 to the trash (Undo delete brings it back)").arg(QDir(folders.front()).dirName()), false);
  refresh();
  return true;
}

bool RunsPanel::undoDelete() {
  if (m_lastTrashed.isEmpty()) return false;
  try {
    const auto folder = restoreRun(m_lastTrashed.toStdString());
    Q_EMIT message(tr("Restored %1").arg(QString::fromStdString(folder)), false);
  } catch (const std::exception& e) {
    Q_EMIT message(QString::fromStdString(e.what()), true);
    return false;
  }
  m_lastTrashed.clear();
  m_undo->setEnabled(false);
  refresh();
  return true;
}

void RunsPanel::overlaySelected() {
  const auto folders = selectedFolders();
  if (folders.isEmpty()) return Q_EMIT message(tr("Select the runs to overlay (Ctrl-click)"), true);
  Q_EMIT overlayRequested(folders);
}

}  // namespace gan::ui
