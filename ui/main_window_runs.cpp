// The main window's run history and judgement: the time scrubber under the plots, the Runs
// panel, overlays, the samples' evolution exported as a GIF, and the Sample quality panel.
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QtConcurrent>

#include "engine/core/animation_export.h"
#include "engine/core/dataset_catalog.h"
#include "ui/main_window.h"
#include "ui/picture_folder_dialog.h"
#include "ui/quality_panel.h"
#include "ui/runs_panel.h"
#include "ui/tools/run_overlay.h"
#include "ui/training_controller.h"
#include "ui/widgets/image_panels_widget.h"
#include "ui/widgets/metrics_plot.h"
#include "ui/widgets/plot_export.h"
#include "ui/widgets/sample_grid_widget.h"
#include "ui/widgets/time_scrubber.h"
#include "ui/widgets/toy_canvas.h"

namespace gan::ui {

QWidget* MainWindow::buildScrubber(QWidget* parent) {
  m_scrubber = new TimeScrubber(parent);
  return m_scrubber;
}

// The scrubber follows the run's folder; what it picks replaces the live views until "Live".
void MainWindow::connectScrubber() {
  connect(m_controller, &TrainingController::runFolderChanged, m_scrubber, &TimeScrubber::setRunFolder);
  connect(m_controller, &TrainingController::samplesUpdated, m_scrubber, &TimeScrubber::refresh);
  connect(m_scrubber, &TimeScrubber::gridChosen, this, &MainWindow::showRecordedGrid);
  connect(m_scrubber, &TimeScrubber::toyChosen, this, [this](const ToyView& view) {
    m_toyCanvas->setView(view);
    m_sampleCaption->setText(tr("The plane at step %1 (recorded)").arg(view.step));
  });
  connect(m_scrubber, &TimeScrubber::cursorMoved, this, [this](qint64 step) {
    for (auto* plot : m_plots) plot->setStepCursor(double(step));
    if (step < 0 && !m_controller->latestSamples().images.pixels.empty()) {  // back to live
      m_sampleGrid->setSamples(m_controller->latestSamples());
      m_imagePanels->setPanels(m_controller->latestSamples().panels);
      m_sampleCaption->setText(tr("Fixed-z samples at step %1").arg(m_controller->latestSamples().step));
    }
  });
  connect(m_scrubber, &TimeScrubber::failed, this, [this](const QString& text) { showMessage(text, true); });
}

void MainWindow::connectPlotToScrubber(MetricsPlot* plot) {
  connect(plot, &MetricsPlot::stepClicked, m_scrubber, &TimeScrubber::scrubTo);
  if (!m_scrubber->isLive()) plot->setStepCursor(double(m_scrubber->currentStep()));
}

void MainWindow::showRecordedGrid(const SampleGrid& grid) {
  m_sampleGrid->setSamples(grid);
  m_imagePanels->setPanels(grid.panels);
  m_sampleCaption->setText(tr("Fixed-z samples at step %1 (recorded)").arg(grid.step));
}

RunsPanel* MainWindow::enableRunsPanel(const QString& library) {
  if (m_runsPanel) return m_runsPanel;
  m_runsPanel = new RunsPanel(library, this);
  addDockWidget(Qt::BottomDockWidgetArea, m_runsPanel);
  m_runsPanel->hide();
  connect(m_runsPanel, &RunsPanel::openRequested, this, &MainWindow::openRun);
  connect(m_runsPanel, &RunsPanel::overlayRequested, this, &MainWindow::showOverlay);
  connect(m_runsPanel, &RunsPanel::message, this, &MainWindow::showMessage);
  connect(m_controller, &TrainingController::runFolderChanged, m_runsPanel, [this](const QString& folder) {
    m_runsPanel->setCurrentRun(folder);
    m_runsPanel->refresh();
  });
  return m_runsPanel;
}

void MainWindow::buildQualityPanel() {
  m_qualityPanel = new QualityPanel(*m_controller, this);
  addDockWidget(Qt::BottomDockWidgetArea, m_qualityPanel);
  m_qualityPanel->hide();
  connect(m_qualityPanel, &QualityPanel::message, this, &MainWindow::showMessage);
}

void MainWindow::evaluateSampleQuality() {
  m_qualityPanel->show();
  m_qualityPanel->raise();
  m_qualityPanel->evaluateNow();
}

void MainWindow::choosePictureFolder(const QString& given) {
  const QString current = QString::fromStdString(m_controller->config().dataset);
  m_datasetBox->setCurrentIndex(m_datasetBox->findData(current));  // until a folder is chosen
  const QString folder =
      given.isEmpty() ? QFileDialog::getExistingDirectory(this, tr("Folder of pictures"), QDir::homePath()) : given;
  if (folder.isEmpty()) return;
  if (m_confirm) {
    PictureFolderDialog dialog(folder, this);
    if (dialog.exec() != QDialog::Accepted) return;
  }
  const QString dataset = kFolderPrefix + QDir(folder).absolutePath();
  if (m_datasetBox->findData(dataset) < 0)
    m_datasetBox->addItem(tr("Pictures in %1").arg(QDir(folder).dirName()), dataset);
  switchDataset(dataset);
}

void MainWindow::showRunsPanel() {
  if (!m_runsPanel) return showMessage(tr("The run library is off in this window"), true);
  m_runsPanel->show();
  m_runsPanel->raise();
  m_runsPanel->refresh();
}

void MainWindow::openRun(const QString& folder) {
  const QString checkpoint = QDir(folder).filePath("checkpoint.pt");
  if (!QFileInfo::exists(checkpoint))
    return showMessage(tr("%1 has no checkpoint yet (a run saves one every 500 steps and when it ends)").arg(folder),
                       true);
  openCheckpoint(checkpoint);
}

void MainWindow::exportSamplesGif(const QString& given) {
  const QString folder = m_scrubber->runFolder();
  if (folder.isEmpty() || m_scrubber->frameCount() == 0)
    return showMessage(tr("This run has no recorded samples yet; train a few steps first"), true);
  const QString path = given.isEmpty() ? chooseFile(true, tr("Export samples as GIF"), QDir(folder).dirName() + ".gif",
                                                    tr("GIF (*.gif)"))
                                       : given;
  if (path.isEmpty()) return;
  showMessage(tr("Writing %1…").arg(path), false);
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
    const QString error = watcher->result();
    showMessage(error.isEmpty() ? tr("Wrote %1").arg(path) : error, !error.isEmpty());
    Q_EMIT samplesGifExported(path, error.isEmpty());
    watcher->deleteLater();
  });
  const auto run = folder.toStdString(), out = path.toStdString();
  AnimationOptions options;
  options.fps = m_scrubber->framesPerSecond();  // as the scrubber plays it
  watcher->setFuture(QtConcurrent::run([run, out, options]() -> QString {
    try {
      exportGif(run, out, options);
      return {};
    } catch (const std::exception& e) {
      return QString::fromStdString(e.what());
    }
  }));
}

void MainWindow::exportPlots(const QString& given) {
  const QString path =
      given.isEmpty() ? chooseFile(true, tr("Export plots"), "plots.svg", tr("SVG (*.svg);;PNG (*.png)")) : given;
  if (path.isEmpty()) return;
  try {
    ui::exportPlots(std::vector<QCustomPlot*>(m_plots.begin(), m_plots.end()), path);
    showMessage(tr("Exported the plots to %1").arg(path), false);
  } catch (const std::exception& e) {
    showMessage(QString::fromStdString(e.what()), true);
  }
}

RunOverlay* MainWindow::showOverlay(const QStringList& folders) {
  auto* overlay = new RunOverlay(folders, this);
  overlay->setAttribute(Qt::WA_DeleteOnClose);
  overlay->show();
  return overlay;
}

}  // namespace gan::ui
