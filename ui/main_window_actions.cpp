// MainWindow's commands: run control, files, settings. The layout lives in main_window.cpp.
#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>

#include "engine/core/dataset_catalog.h"
#include "engine/core/metrics_csv.h"
#include "engine/core/resources.h"
#include "engine/core/variant_catalog.h"
#include "engine/training/checkpoint.h"
#include "ui/autosave.h"
#include "ui/engine_text.h"
#include "ui/main_window.h"
#include "ui/tools/compare_window.h"
#include "ui/tools/divergence_lab.h"
#include "ui/tools/latent_explorer_window.h"
#include "ui/training_controller.h"
#include "ui/widgets/hyperparameter_panel.h"
#include "ui/widgets/sample_grid_widget.h"
#include "ui/widgets/toy_canvas.h"

namespace gan::ui {

namespace {
QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QKeySequence& shortcut,
                    const QString& tip) {
  auto* action = new QAction(text, parent);
  action->setObjectName(name);
  action->setShortcut(shortcut);
  action->setToolTip(tip);
  return action;
}

QString settingsKey(const std::string& variant, const std::string& key) {
  return QStringLiteral("hyperparameters/%1/%2").arg(QString::fromStdString(variant), QString::fromStdString(key));
}
}  // namespace

void MainWindow::buildMenus() {
  m_trainAction = makeAction(this, "train", tr("&Train"), QKeySequence(Qt::Key_F5), tr("Train until paused"));
  m_pauseAction = makeAction(this, "pause", tr("&Pause"), QKeySequence(Qt::Key_F6), tr("Pause after the current step"));
  m_stepAction = makeAction(this, "step", tr("&Step"), QKeySequence(Qt::Key_F10), tr("Run one training step"));
  m_resetAction = makeAction(this, "reset", tr("R&eset"), QKeySequence(Qt::CTRL | Qt::Key_R),
                             tr("Start again from step 0 with the settings on the left"));
  connect(m_trainAction, &QAction::triggered, this, &MainWindow::train);
  connect(m_pauseAction, &QAction::triggered, this, &MainWindow::pause);
  connect(m_stepAction, &QAction::triggered, this, &MainWindow::singleStep);
  connect(m_resetAction, &QAction::triggered, this, &MainWindow::resetRun);

  auto* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&Open checkpoint…"), QKeySequence::Open, this, [this] { openCheckpoint(); });
  file->addAction(tr("&Save checkpoint…"), QKeySequence::Save, this, [this] { saveCheckpoint(); });
  file->addAction(tr("Start from the &bundled InfoGAN"), this, [this] { startFromBundledModel(); });
  file->addSeparator();
  file->addAction(tr("Export metrics &CSV…"), this, [this] { exportCsv(); });
  file->addAction(tr("Export samples &PNG…"), this, [this] { exportSamples(); });
  file->addAction(tr("Export samples' evolution as &GIF…"), this, [this] { exportSamplesGif(); });
  file->addAction(tr("Export p&lots as SVG or PNG…"), this, [this] { exportPlots(); });
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
  auto* run = menuBar()->addMenu(tr("&Run"));
  run->addActions({m_trainAction, m_pauseAction, m_stepAction, m_resetAction});
  run->addSeparator();
  run->addAction(tr("&Compare variants…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, [this] { showCompare(); });
  auto* tools = menuBar()->addMenu(tr("&Tools"));
  tools->addAction(tr("&Divergence lab…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { showDivergenceLab(); });
  tools->addAction(tr("Latent &explorer…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] { showLatentExplorer(); });
  tools->addAction(tr("&Runs…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this] { showRunsPanel(); });
  tools->addAction(tr("Sample &quality…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this,
                   [this] { evaluateSampleQuality(); });
  buildLanguageMenu();
}

CompareWindow* MainWindow::showCompare() {
  if (!m_compare) m_compare = new CompareWindow(m_baseConfig.dataDir, this);
  m_compare->show();
  m_compare->raise();
  return m_compare;
}

LatentExplorerWindow* MainWindow::showLatentExplorer() {
  if (!m_explorer) m_explorer = new LatentExplorerWindow(m_controller, this);
  m_explorer->show();
  m_explorer->raise();
  return m_explorer;
}

DivergenceLab* MainWindow::showDivergenceLab() {
  if (!m_lab) m_lab = new DivergenceLab(this);
  m_lab->show();
  m_lab->raise();
  return m_lab;
}

void MainWindow::train() { m_controller->start(); }
void MainWindow::pause() { m_controller->pause(); }
void MainWindow::singleStep() { m_controller->step(); }

TrainConfig MainWindow::configFromPanel(const QString& variant) const {
  TrainConfig config = m_baseConfig;
  config.variant = variant.toStdString();
  config.dataset = m_datasetBox->currentData().toString().toStdString();
  config.drawnPoints = config.dataset == kDrawnDataset ? m_drawnPoints : std::vector<float>{};
  config.seed = static_cast<std::uint64_t>(m_seed->value());
  config.hyperparameters.clear();
  if (config.variant == m_controller->config().variant) {
    config.hyperparameters = m_hyperparameters->values();
  } else {
    QSettings settings;
    for (const auto& spec : findVariant(config.variant).hyperparameters) {
      const QVariant stored = settings.value(settingsKey(config.variant, spec.key));
      const double value = stored.isValid() ? stored.toDouble() : spec.defaultValue;
      if (!checkHyperparameter(spec, value)) config.hyperparameters[spec.key] = value;
    }
  }
  return config;
}

void MainWindow::resetRun() {
  if (m_controller->stepsDone() > 0 &&
      !confirm(tr("Reset discards the %1 steps trained so far (save a checkpoint first to keep them). Reset?")
                   .arg(m_controller->stepsDone())))
    return;
  saveSettings();
  m_controller->resetWith(configFromPanel(QString::fromStdString(m_controller->config().variant)));
}

void MainWindow::switchVariant(const QString& name) {
  const QString current = QString::fromStdString(m_controller->config().variant);
  if (name == current) return;
  if (m_controller->stepsDone() > 0 &&
      !confirm(tr("Switching variant starts a new run and discards the %1 steps trained so far. Switch?")
                   .arg(m_controller->stepsDone()))) {
    m_variantBox->setCurrentIndex(m_variantBox->findData(current));
    return;
  }
  saveSettings();
  if (findVariant(name.toStdString()).imagesOnly &&
      !isImageDataset(m_datasetBox->currentData().toString().toStdString())) {
    m_datasetBox->setCurrentIndex(m_datasetBox->findData(kMnistDataset));
    showMessage(tr("%1 trains on images only; the data is now MNIST")
                    .arg(engineText(findVariant(name.toStdString()).displayName)),
                false);
  }
  const TrainConfig config = configFromPanel(name);
  const auto& info = findVariant(config.variant);
  m_variantBox->setCurrentIndex(m_variantBox->findData(name));
  m_explanation->setText(variantText(info));
  m_hyperparameters->setVariant(info, config.hyperparameters, !isImageDataset(config.dataset));
  m_controller->resetWith(config);
}

bool MainWindow::trainOnDrawnPoints(const std::vector<float>& points) {
  if (points.size() < 2 * kMinimumDrawnPoints) {
    showMessage(tr("Draw at least %1 points first (press Draw data, then drag on the plane)").arg(kMinimumDrawnPoints),
                true);
    return false;
  }
  if (m_controller->variant().imagesOnly) {
    showMessage(tr("%1 trains on images only; choose a 2D-capable variant (e.g. GAN) to train on a drawing")
                    .arg(engineText(m_controller->variant().displayName)),
                true);
    return false;
  }
  if (m_controller->stepsDone() > 0 &&
      !confirm(tr("Training on your drawing starts a new run and discards the %1 steps trained so far. Go?")
                   .arg(m_controller->stepsDone())))
    return false;
  m_drawnPoints = points;
  m_datasetBox->setCurrentIndex(m_datasetBox->findData(kDrawnDataset));
  m_hyperparameters->setVariant(m_controller->variant(), m_hyperparameters->values(), true);
  m_controller->resetWith(configFromPanel(QString::fromStdString(m_controller->config().variant)));
  return true;
}

void MainWindow::switchDataset(const QString& dataset) {
  const QString current = QString::fromStdString(m_controller->config().dataset);
  if (dataset == current) return;
  if (!isImageDataset(dataset.toStdString()) && m_controller->variant().imagesOnly) {
    m_datasetBox->setCurrentIndex(m_datasetBox->findData(current));
    showMessage(tr("%1 trains on images only; choose a 2D-capable variant (e.g. GAN) for the toy data")
                    .arg(engineText(m_controller->variant().displayName)),
                true);
    return;
  }
  if (dataset == kDrawnDataset && m_drawnPoints.empty()) {
    // Nothing drawn yet: open the drawing instead of a run without data.
    m_datasetBox->setCurrentIndex(m_datasetBox->findData(current));
    m_samplePages->setCurrentIndex(1);
    if (auto* draw = findChild<QPushButton*>("button:draw")) draw->setChecked(true);
    showMessage(tr("Drag on the plane to draw points, then press Train on drawing"), false);
    return;
  }
  if (m_controller->stepsDone() > 0 &&
      !confirm(tr("Switching data starts a new run and discards the %1 steps trained so far. Switch?")
                   .arg(m_controller->stepsDone()))) {
    m_datasetBox->setCurrentIndex(m_datasetBox->findData(current));
    return;
  }
  m_datasetBox->setCurrentIndex(m_datasetBox->findData(dataset));
  m_hyperparameters->setVariant(m_controller->variant(), m_hyperparameters->values(),
                                !isImageDataset(dataset.toStdString()));
  saveSettings();
  m_controller->resetWith(configFromPanel(QString::fromStdString(m_controller->config().variant)));
}

QString MainWindow::chooseFile(bool save, const QString& title, const QString& suggestedName, const QString& filter) {
  QSettings settings;
  const QString dir = settings.value("lastDirectory", QDir::homePath()).toString();
  const QString path = save ? QFileDialog::getSaveFileName(this, title, dir + "/" + suggestedName, filter)
                            : QFileDialog::getOpenFileName(this, title, dir, filter);
  if (!path.isEmpty()) settings.setValue("lastDirectory", QFileInfo(path).absolutePath());
  return path;
}

void MainWindow::openCheckpoint(const QString& chosen) {
  const QString path =
      chosen.isEmpty() ? chooseFile(false, tr("Open checkpoint"), {}, tr("Checkpoints (*.pt);;All files (*)")) : chosen;
  if (path.isEmpty()) return;
  CheckpointInfo info;
  try {
    info = readCheckpointInfo(path.toStdString());
  } catch (const std::exception& e) {
    showMessage(QString::fromStdString(e.what()), true);
    return;
  }
  if (!confirm(tr("Open %1 (%2, step %3)? The current run's unsaved steps are discarded.")
                   .arg(QFileInfo(path).fileName(), engineText(findVariant(info.variant).displayName))
                   .arg(info.step)))
    return;
  loadRun(path, info);
}

// Loads a checkpoint the user agreed to open, switching variant and dataset to its own first.
void MainWindow::loadRun(const QString& path, const CheckpointInfo& info) {
  if (info.variant != m_controller->config().variant) {
    // The checkpoint decides the variant: switch first, then load into the matching run.
    m_variantBox->setCurrentIndex(m_variantBox->findData(QString::fromStdString(info.variant)));
    m_datasetBox->setCurrentIndex(m_datasetBox->findData(QString::fromStdString(info.config.dataset)));
    m_hyperparameters->setVariant(findVariant(info.variant), info.config.hyperparameters,
                                  !isImageDataset(info.config.dataset));
    TrainConfig config = info.config;
    config.dataDir = m_baseConfig.dataDir;
    m_controller->resetWith(config);
  }
  m_controller->loadCheckpoint(path);
}

// The shipped InfoGAN generator; D and Q start afresh if training goes on from it.
void MainWindow::startFromBundledModel() {
  const auto path = findResource(kBundledInfoganModel);
  if (path.empty()) {
    QStringList folders;
    for (const auto& folder : resourceFolders()) folders << QString::fromStdString(folder);
    showMessage(tr("No bundled model is installed (looked for %1 in %2)")
                    .arg(QString::fromUtf8(kBundledInfoganModel), folders.join(", ")),
                true);
    return;
  }
  openCheckpoint(QString::fromStdString(path));
}

void MainWindow::saveCheckpoint(const QString& chosen) {
  const QString suggested = QStringLiteral("%1-step%2.pt")
                                .arg(QString::fromStdString(m_controller->config().variant))
                                .arg(m_controller->stepsDone());
  const QString path =
      chosen.isEmpty() ? chooseFile(true, tr("Save checkpoint"), suggested, tr("Checkpoints (*.pt)")) : chosen;
  if (!path.isEmpty()) m_controller->saveCheckpoint(path);
}

void MainWindow::exportCsv(const QString& chosen) {
  const QString path =
      chosen.isEmpty() ? chooseFile(true, tr("Export metrics"), "metrics.csv", tr("CSV (*.csv)")) : chosen;
  if (path.isEmpty()) return;
  try {
    writeMetricsCsv(path.toStdString(), m_controller->config(), m_controller->history());
    showMessage(tr("Exported %1 rows to %2").arg(m_controller->history().size()).arg(path), false);
  } catch (const std::exception& e) {
    showMessage(QString::fromStdString(e.what()), true);
  }
}

void MainWindow::exportSamples(const QString& chosen) {
  const QString suggested = QStringLiteral("samples-step%1.png").arg(m_sampleGrid->step());
  const QString path = chosen.isEmpty() ? chooseFile(true, tr("Export samples"), suggested, tr("PNG (*.png)")) : chosen;
  if (path.isEmpty()) return;
  if (m_sampleGrid->gridImage().isNull()) {
    showMessage(tr("No samples yet"), true);
    return;
  }
  // QImage::save writes in place; go through a temp file so a failed write loses nothing.
  const QString temp = path + ".tmp";
  if (!m_sampleGrid->gridImage().save(temp, "PNG") || (!QFile::remove(path) && QFile::exists(path)) ||
      !QFile::rename(temp, path)) {
    QFile::remove(temp);
    showMessage(tr("Cannot write %1").arg(path), true);
    return;
  }
  showMessage(tr("Exported samples to %1").arg(path), false);
}

void MainWindow::loadSettings() {
  QSettings settings;
  // An empty variant or dataset means "as last time" (the command line did not choose one).
  if (m_baseConfig.variant.empty()) {
    const auto stored = settings.value("variant").toString().toStdString();
    m_baseConfig.variant = TrainConfig{}.variant;
    for (const auto& info : variantCatalog())
      if (info.name == stored) m_baseConfig.variant = stored;
  }
  if (m_baseConfig.dataset.empty()) {
    const auto dataset = settings.value("dataset").toString().toStdString();
    // A drawing is not kept between sessions; its run falls back to the ring.
    m_baseConfig.dataset = dataset == kDrawnDataset                                ? "ring"
                           : findToyDataset(dataset) || dataset == kFashionDataset ? dataset
                                                                                   : kMnistDataset;
  }
  m_baseConfig.seed = settings.value("seed", qulonglong(m_baseConfig.seed)).toULongLong();
  for (const auto& spec : findVariant(m_baseConfig.variant).hyperparameters) {
    const QVariant stored = settings.value(settingsKey(m_baseConfig.variant, spec.key));
    if (stored.isValid() && !checkHyperparameter(spec, stored.toDouble()))
      m_baseConfig.hyperparameters[spec.key] = stored.toDouble();
  }
  restoreGeometry(settings.value("geometry").toByteArray());
}

void MainWindow::saveSettings() const {
  QSettings settings;
  const auto& variant = m_controller->config().variant;
  settings.setValue("variant", QString::fromStdString(variant));
  settings.setValue("dataset", m_datasetBox->currentData());
  settings.setValue("seed", m_seed->value());
  settings.setValue("smoothing", m_smoothing->value());
  for (const auto& [key, value] : m_hyperparameters->values()) settings.setValue(settingsKey(variant, key), value);
  settings.setValue("geometry", saveGeometry());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveSettings();
  if (m_autosave) Autosave::markSessionClosed();
  if (m_compare) m_compare->close();
  if (m_lab) m_lab->close();
  if (m_explorer) m_explorer->close();
  m_controller->shutdown();  // joins the training thread; it finishes at most the step in flight
  event->accept();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_banner && event->type() == QEvent::MouseButtonPress) m_banner->hide();
  return QMainWindow::eventFilter(watched, event);
}

}  // namespace gan::ui
