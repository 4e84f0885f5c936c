#include "ui/main_window.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "engine/core/dataset_catalog.h"
#include "engine/core/variant_catalog.h"
#include "ui/engine_text.h"
#include "ui/tools/latent_explorer_window.h"
#include "ui/training_controller.h"
#include "ui/widgets/hyperparameter_panel.h"
#include "ui/widgets/image_panels_widget.h"
#include "ui/widgets/metrics_plot.h"
#include "ui/widgets/sample_grid_widget.h"
#include "ui/widgets/time_scrubber.h"
#include "ui/widgets/toy_canvas.h"

namespace gan::ui {

namespace {
// A menu text without its mnemonic: "&Train" → "Train", and the CJK style "训练(&T)" → "训练".
QString withoutMnemonic(QString text) {
  static const QRegularExpression cjkStyle(QStringLiteral("\\(&.\\)$"));
  return text.remove(cjkStyle).remove('&');
}

QPushButton* actionButton(QAction* action, QWidget* parent) {
  auto* button = new QPushButton(withoutMnemonic(action->text()), parent);
  button->setObjectName("button:" + action->objectName());
  button->setToolTip(action->toolTip() + " (" + action->shortcut().toString(QKeySequence::NativeText) + ")");
  QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
  QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
  QObject::connect(action, &QAction::changed, button,
                   [button, action] { button->setText(withoutMnemonic(action->text())); });
  return button;
}

QString plotsKey(const TrainConfig& config) {
  const auto& metrics = findVariant(config.variant).metrics;
  QString key = QString::fromStdString(config.variant);
  for (const auto& metric : metrics) key += metricShown(metric, config) ? '1' : '0';
  return key;
}

}  // namespace

QString MainWindow::variantText(const VariantInfo& info) {
  return QStringLiteral("<p>%1</p><p style='font-family: serif; font-size: 11pt'>%2</p>")
      .arg(engineText(info.explanation).toHtmlEscaped(), engineText(info.formula));
}

MainWindow::MainWindow(TrainConfig config, QWidget* parent) : QMainWindow(parent), m_baseConfig(std::move(config)) {
  setWindowTitle(tr("GAN Studio"));
  buildMenus();
  loadSettings();
  m_controller = new TrainingController(m_baseConfig, this);
  setCentralWidget(buildCentral());
  buildStatusBar();
  connectController();
  connectScrubber();
  buildQualityPanel();
  rebuildPlots();
  m_samplePages->setCurrentIndex(isImageDataset(m_controller->config().dataset) ? 0 : 1);
  applyState();
  resize(1400, 860);
}

// The error banner, the three panes (controls, plots, samples) and the message log.
QWidget* MainWindow::buildCentral() {
  auto* central = new QWidget(this);
  auto* outer = new QVBoxLayout(central);
  m_banner = new QLabel(central);
  m_banner->setObjectName("banner");
  m_banner->setWordWrap(true);
  m_banner->setStyleSheet("background: #fde7e9; color: #8a0010; padding: 6px; border: 1px solid #e6a1a8;");
  m_banner->setToolTip(tr("Click to dismiss"));
  m_banner->hide();
  m_banner->installEventFilter(this);
  outer->addWidget(m_banner);

  auto* splitter = new QSplitter(Qt::Horizontal, central);
  splitter->addWidget(buildControls());
  splitter->addWidget(buildPlots());
  splitter->addWidget(buildSamples());
  splitter->setStretchFactor(0, 0);
  splitter->setStretchFactor(1, 3);
  splitter->setStretchFactor(2, 2);
  outer->addWidget(splitter, 1);

  m_log = new QPlainTextEdit(central);
  m_log->setObjectName("messageLog");
  m_log->setReadOnly(true);
  m_log->setMaximumBlockCount(500);
  m_log->setFixedHeight(70);
  outer->addWidget(m_log);
  return central;
}

void MainWindow::buildStatusBar() {
  m_stateLabel = new QLabel(this);
  m_progressLabel = new QLabel(this);
  statusBar()->addWidget(m_stateLabel);
  statusBar()->addPermanentWidget(m_progressLabel);
}

// What the controller reports, drawn: rows onto the plots, grids and the canvas, state and progress.
void MainWindow::connectController() {
  connect(m_controller, &TrainingController::metricsAppended, this, [this](const std::vector<MetricsRow>& rows) {
    for (auto* plot : m_plots) plot->append(rows);
  });
  connect(m_controller, &TrainingController::historyCleared, this, [this] {
    // A new variant or switched-on spectral norm changes which plots exist.
    if (m_plots.empty() || m_plots.front()->property("config").toString() != plotsKey(m_controller->config()))
      rebuildPlots();
    for (auto* plot : m_plots) plot->clearData();
    m_samplePages->setCurrentIndex(isImageDataset(m_controller->config().dataset) ? 0 : 1);
  });
  connect(m_controller, &TrainingController::samplesUpdated, this, [this](const SampleGrid& samples) {
    if (!m_scrubber->isLive()) return;  // a recorded step is shown until "Live"
    m_sampleGrid->setSamples(samples);
    m_imagePanels->setPanels(samples.panels);
    m_sampleCaption->setText(tr("Fixed-z samples at step %1").arg(samples.step));
  });
  connect(m_controller, &TrainingController::toyViewUpdated, this, [this](const ToyView& view) {
    if (!m_scrubber->isLive()) return;
    m_toyCanvas->setView(view);
    m_sampleCaption->setText(tr("The plane at step %1").arg(view.step));
  });
  connect(m_controller, &TrainingController::stateChanged, this, [this] { applyState(); });
  connect(m_controller, &TrainingController::progress, this,
          [this](qint64 step, qint64 epoch, double rate, const QString& phase) {
            m_progressLabel->setText(tr("step %1   epoch %2   %3 steps/s").arg(step).arg(epoch).arg(rate, 0, 'f', 2) +
                                     (phase.isEmpty() ? QString() : "   — " + phase));
          });
  connect(m_controller, &TrainingController::message, this, &MainWindow::showMessage);
  connect(m_controller, &TrainingController::hyperparameterChanged, this, [this](qint64 step, const QString& change) {
    for (auto* plot : m_plots) plot->addMarker(double(step), change);
  });
  connect(m_controller, &TrainingController::checkpointLoaded, this, [this] {
    const auto& config = m_controller->config();
    m_seed->setValue(int(config.seed));
    m_hyperparameters->setVariant(m_controller->variant(), config.hyperparameters, !isImageDataset(config.dataset));
  });
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildControls() {
  auto* panel = new QWidget(this);
  panel->setMinimumWidth(300);
  panel->setMaximumWidth(380);
  auto* layout = new QVBoxLayout(panel);
  layout->addWidget(buildVariantGroup(panel));
  layout->addWidget(buildHyperparameterGroup(panel));
  layout->addLayout(buildRunButtons(panel));
  layout->addLayout(buildSpeedRow(panel));
  layout->addStretch(1);
  return panel;
}

// The variant and data choosers with the variant's explanation and formula.
QGroupBox* MainWindow::buildVariantGroup(QWidget* panel) {
  auto* variantGroup = new QGroupBox(tr("Variant"), panel);
  auto* variantLayout = new QVBoxLayout(variantGroup);
  m_variantBox = new QComboBox(variantGroup);
  m_variantBox->setObjectName("variantChooser");
  for (const auto& info : variantCatalog())
    m_variantBox->addItem(engineText(info.displayName), QString::fromStdString(info.name));
  m_variantBox->setCurrentIndex(m_variantBox->findData(QString::fromStdString(m_baseConfig.variant)));
  connect(m_variantBox, &QComboBox::activated, this,
          [this](int index) { switchVariant(m_variantBox->itemData(index).toString()); });
  variantLayout->addWidget(m_variantBox);
  auto* dataRow = new QHBoxLayout;
  dataRow->addWidget(new QLabel(tr("Data"), variantGroup));
  m_datasetBox = new QComboBox(variantGroup);
  m_datasetBox->setObjectName("datasetChooser");
  m_datasetBox->addItem(tr("MNIST digits"), kMnistDataset);
  m_datasetBox->addItem(tr("Fashion-MNIST clothing"), kFashionDataset);
  m_datasetBox->addItem(tr("Your pictures (a folder)…"), kFolderPrefix);
  for (const auto& toy : toyDatasets())
    m_datasetBox->addItem(engineText(toy.displayName), QString::fromStdString(toy.name));
  m_datasetBox->setCurrentIndex(std::max(0, m_datasetBox->findData(QString::fromStdString(m_baseConfig.dataset))));
  connect(m_datasetBox, &QComboBox::activated, this, [this](int index) {
    const QString dataset = m_datasetBox->itemData(index).toString();
    if (dataset == kFolderPrefix) return choosePictureFolder();
    switchDataset(dataset);
  });
  dataRow->addWidget(m_datasetBox, 1);
  variantLayout->addLayout(dataRow);
  m_explanation = new QLabel(variantText(findVariant(m_baseConfig.variant)), variantGroup);
  m_explanation->setObjectName("explanation");
  m_explanation->setWordWrap(true);
  m_explanation->setTextFormat(Qt::RichText);
  variantLayout->addWidget(m_explanation);
  return variantGroup;
}

// The variant's hyperparameters and the seed; live values go to the trainer at once.
QGroupBox* MainWindow::buildHyperparameterGroup(QWidget* panel) {
  auto* hyperGroup = new QGroupBox(tr("Hyperparameters"), panel);
  auto* hyperLayout = new QVBoxLayout(hyperGroup);
  m_hyperparameters = new HyperparameterPanel(hyperGroup);
  m_hyperparameters->setVariant(findVariant(m_baseConfig.variant), m_baseConfig.hyperparameters,
                                !isImageDataset(m_baseConfig.dataset));
  hyperLayout->addWidget(m_hyperparameters);
  auto* seedForm = new QFormLayout;
  m_seed = new QSpinBox(hyperGroup);
  m_seed->setObjectName("seed");
  m_seed->setRange(0, std::numeric_limits<int>::max());
  m_seed->setValue(int(m_baseConfig.seed));
  m_seed->setToolTip(tr("Same seed and settings give the same run. Applies when the run is reset."));
  seedForm->addRow(tr("Seed ⟲"), m_seed);
  hyperLayout->addLayout(seedForm);
  auto* note = new QLabel(tr("⟲ applies at Reset; the others apply at once."), hyperGroup);
  note->setStyleSheet("color: gray;");
  hyperLayout->addWidget(note);
  connect(m_hyperparameters, &HyperparameterPanel::valueAccepted, this,
          [this](const QString& key, double value, bool live) {
            saveSettings();
            if (!live) {
              showMessage(tr("%1 = %2 will apply when you press Reset").arg(key).arg(value), false);
              return;
            }
            if (auto problem = m_controller->setHyperparameter(key, value); !problem.isEmpty())
              showMessage(problem, true);
          });
  return hyperGroup;
}

// Train, Pause, Step, Reset, and one player at a time.
QGridLayout* MainWindow::buildRunButtons(QWidget* panel) {
  auto* buttons = new QGridLayout;
  buttons->addWidget(actionButton(m_trainAction, panel), 0, 0);
  buttons->addWidget(actionButton(m_pauseAction, panel), 0, 1);
  buttons->addWidget(actionButton(m_stepAction, panel), 1, 0);
  buttons->addWidget(actionButton(m_resetAction, panel), 1, 1);
  // One player at a time and slow motion: mostly for the 2D toys, where a step is visible.
  auto* criticStep = new QPushButton(tr("D step only"), panel);
  criticStep->setObjectName("button:stepCritic");
  criticStep->setToolTip(tr("One update of the discriminator (critic) alone"));
  auto* generatorStep = new QPushButton(tr("G step only"), panel);
  generatorStep->setObjectName("button:stepGenerator");
  generatorStep->setToolTip(tr("One update of the generator alone"));
  connect(criticStep, &QPushButton::clicked, this, [this] { m_controller->stepCritic(); });
  connect(generatorStep, &QPushButton::clicked, this, [this] { m_controller->stepGenerator(); });
  connect(m_stepAction, &QAction::enabledChanged, criticStep, &QPushButton::setEnabled);
  connect(m_stepAction, &QAction::enabledChanged, generatorStep, &QPushButton::setEnabled);
  buttons->addWidget(criticStep, 2, 0);
  buttons->addWidget(generatorStep, 2, 1);
  return buttons;
}

QHBoxLayout* MainWindow::buildSpeedRow(QWidget* panel) {
  auto* speedRow = new QHBoxLayout;
  speedRow->addWidget(new QLabel(tr("Speed"), panel));
  auto* speed = new QSlider(Qt::Horizontal, panel);
  speed->setObjectName("speed");
  speed->setRange(0, 100);
  speed->setValue(100);
  speed->setToolTip(tr("Full speed at the right; to the left, slow motion (up to half a second per step)"));
  connect(speed, &QSlider::valueChanged, this, [this](int value) { m_controller->setStepDelayMs((100 - value) * 5); });
  speedRow->addWidget(speed, 1);
  return speedRow;
}

QWidget* MainWindow::buildPlots() {
  auto* area = new QWidget(this);
  auto* layout = new QVBoxLayout(area);
  auto* tools = new QHBoxLayout;
  tools->addWidget(new QLabel(tr("Smoothing"), area));
  m_smoothing = new QSlider(Qt::Horizontal, area);
  m_smoothing->setObjectName("smoothing");
  m_smoothing->setRange(0, 99);
  m_smoothing->setToolTip(tr("Exponential moving average over steps (0 = raw values)"));
  tools->addWidget(m_smoothing, 1);
  m_autoscale = new QCheckBox(tr("Autoscale"), area);
  m_autoscale->setChecked(true);
  m_autoscale->setToolTip(
      tr("Follow the data. Dragging or zooming a plot turns this off; double-click a plot to resume."));
  tools->addWidget(m_autoscale);
  auto* exportButton = new QPushButton(tr("Export CSV…"), area);
  tools->addWidget(exportButton);
  layout->addLayout(tools);
  m_plotLayout = new QVBoxLayout;
  layout->addLayout(m_plotLayout, 1);
  layout->addWidget(buildScrubber(area));

  connect(m_smoothing, &QSlider::valueChanged, this, [this](int value) {
    for (auto* plot : m_plots) plot->setSmoothing(value / 100.0);
  });
  connect(m_autoscale, &QCheckBox::toggled, this, [this](bool on) {
    for (auto* plot : m_plots) plot->setAutoscale(on);
  });
  connect(exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
  return area;
}

void MainWindow::rebuildPlots() {
  for (auto* plot : m_plots) delete plot;
  m_plots.clear();
  const auto& info = m_controller->variant();
  const auto& config = m_controller->config();
  std::vector<QString> groups;
  for (const auto& metric : info.metrics) {
    if (!metricShown(metric, config)) continue;
    const QString group = QString::fromStdString(metric.plot);
    if (std::find(groups.begin(), groups.end(), group) == groups.end()) groups.push_back(group);
  }
  for (const auto& group : groups) {
    auto* plot = new MetricsPlot(config, group, this);
    plot->setProperty("config", plotsKey(config));
    plot->setSmoothing(m_smoothing->value() / 100.0);
    plot->setAutoscale(m_autoscale->isChecked());
    plot->append(m_controller->history());
    m_plotLayout->addWidget(plot, 1);
    m_plots.push_back(plot);
    connectPlotToScrubber(plot);
  }
}

void MainWindow::applyState() {
  const auto state = m_controller->state();
  const bool running = state == TrainerState::Running;
  const bool idle = state == TrainerState::Ready || state == TrainerState::Paused;
  m_trainAction->setEnabled(idle);
  m_trainAction->setText(state == TrainerState::Paused ? tr("&Resume") : tr("&Train"));
  m_pauseAction->setEnabled(running);
  m_stepAction->setEnabled(idle);
  m_resetAction->setEnabled(state != TrainerState::Loading);
  m_stateLabel->setText(engineText(stateName(state)));
}

void MainWindow::showMessage(const QString& text, bool isError) {
  const QString stamp = QDateTime::currentDateTime().toString("HH:mm:ss");
  m_log->appendPlainText(QStringLiteral("%1  %2%3").arg(stamp, isError ? tr("Error: ") : QString(), text));
  statusBar()->showMessage(text, 8000);
  if (isError) {
    m_banner->setText(text);
    m_banner->show();
  }
}

QString MainWindow::bannerText() const { return m_banner->isHidden() ? QString() : m_banner->text(); }

bool MainWindow::confirm(const QString& question) {
  if (!m_confirm) return true;
  return QMessageBox::question(this, tr("GAN Studio"), question) == QMessageBox::Yes;
}

}  // namespace gan::ui
