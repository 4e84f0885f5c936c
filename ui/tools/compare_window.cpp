#include "ui/tools/compare_window.h"

#include <qcustomplot.h>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "engine/core/dataset_catalog.h"
#include "engine/core/variant_catalog.h"
#include "ui/engine_text.h"
#include "ui/training_controller.h"
#include "ui/widgets/sample_grid_widget.h"

namespace gan::ui {

namespace {
const QList<QColor> kRunColours = {QColor(31, 119, 180),  QColor(214, 39, 40),   QColor(44, 160, 44),
                                   QColor(255, 127, 14),  QColor(148, 103, 189), QColor(140, 86, 75),
                                   QColor(227, 119, 194), QColor(127, 127, 127)};

QCustomPlot* makePlot(const QString& title, QWidget* parent) {
  auto* plot = new QCustomPlot(parent);
  plot->plotLayout()->insertRow(0);
  plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(plot->font().family(), 10, QFont::Bold)));
  plot->xAxis->setLabel(QObject::tr("step"));
  plot->legend->setVisible(true);
  plot->legend->setFont(QFont(plot->font().family(), 8));
  plot->setNotAntialiasedElements(QCP::aeAll);
  plot->setAntialiasedElements(QCP::aeLegend);  // long runs: curves drawn without antialiasing
  plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot->setMinimumHeight(200);
  return plot;
}

const std::vector<std::string> kDefaultSelection = {"gan-ns", "wgan-gp", "lsgan"};
}  // namespace

CompareWindow::CompareWindow(std::string dataDir, QWidget* parent)
    : QWidget(parent, Qt::Window), m_dataDir(std::move(dataDir)) {
  setWindowTitle(tr("GAN Studio — compare variants"));
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(buildControls());
  layout->addWidget(buildResults(), 1);
  resize(1400, 900);
}

// The variant checklist, the data and the seed, and Start/Stop.
QGroupBox* CompareWindow::buildControls() {
  auto* controls = new QGroupBox(tr("Variants to compare"), this);
  controls->setMaximumWidth(300);
  auto* controlLayout = new QVBoxLayout(controls);
  m_variantList = new QListWidget(controls);
  m_variantList->setObjectName("compareVariants");
  for (const auto& info : variantCatalog()) {
    auto* item = new QListWidgetItem(engineText(info.displayName), m_variantList);
    item->setData(Qt::UserRole, QString::fromStdString(info.name));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    const bool selected =
        std::find(kDefaultSelection.begin(), kDefaultSelection.end(), info.name) != kDefaultSelection.end();
    item->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
  }
  controlLayout->addWidget(m_variantList, 1);
  auto* form = new QFormLayout;
  m_datasetBox = new QComboBox(controls);
  for (const auto& toy : toyDatasets())
    if (toy.name != kDrawnDataset)  // a drawing belongs to the main window's run
      m_datasetBox->addItem(engineText(toy.displayName), QString::fromStdString(toy.name));
  m_datasetBox->addItem(tr("MNIST digits"), kMnistDataset);
  m_datasetBox->addItem(tr("Fashion-MNIST clothing"), kFashionDataset);
  form->addRow(tr("Data"), m_datasetBox);
  m_seed = new QSpinBox(controls);
  m_seed->setRange(0, std::numeric_limits<int>::max());
  m_seed->setValue(1);
  form->addRow(tr("Seed"), m_seed);
  controlLayout->addLayout(form);
  auto* note = new QLabel(tr("All runs share the data and the seed and train in alternating rounds of %1 steps, "
                             "each with its variant's published defaults.")
                              .arg(kStepsPerRound),
                          controls);
  note->setWordWrap(true);
  note->setStyleSheet("color: gray;");
  controlLayout->addWidget(note);
  m_startButton = new QPushButton(tr("Start comparison"), controls);
  controlLayout->addWidget(m_startButton);
  connect(m_startButton, &QPushButton::clicked, this, [this] {
    if (m_running) {
      stopComparison();
      return;
    }
    std::vector<std::string> chosen;
    for (int i = 0; i < m_variantList->count(); ++i)
      if (m_variantList->item(i)->checkState() == Qt::Checked)
        chosen.push_back(m_variantList->item(i)->data(Qt::UserRole).toString().toStdString());
    startComparison(chosen, m_datasetBox->currentData().toString().toStdString(), std::uint64_t(m_seed->value()));
  });
  return controls;
}

// Both plots over each other, and a row for the runs' sample grids.
QSplitter* CompareWindow::buildResults() {
  auto* results = new QSplitter(Qt::Vertical, this);
  m_lossPlot = makePlot(tr("Losses (solid: D, dashed: G)"), results);
  m_estimatePlot = makePlot(tr("Divergence estimates (each variant's own)"), results);
  results->addWidget(m_lossPlot);
  results->addWidget(m_estimatePlot);
  auto* grids = new QWidget(results);
  m_gridRow = new QHBoxLayout(grids);
  results->addWidget(grids);
  return results;
}

CompareWindow::~CompareWindow() { stopComparison(); }

void CompareWindow::stopComparison() {
  m_running = false;
  for (auto& run : m_runs) run.controller->pause();
  m_startButton->setText(tr("Start comparison"));
}

void CompareWindow::startComparison(const std::vector<std::string>& variants, const std::string& dataset,
                                    std::uint64_t seed) {
  stopComparison();
  clearRuns();
  for (int i = 0; i < m_variantList->count(); ++i) {
    const auto name = m_variantList->item(i)->data(Qt::UserRole).toString().toStdString();
    const bool chosen = std::find(variants.begin(), variants.end(), name) != variants.end();
    m_variantList->item(i)->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
  }
  m_datasetBox->setCurrentIndex(std::max(0, m_datasetBox->findData(QString::fromStdString(dataset))));
  m_seed->setValue(int(seed));
  if (variants.empty()) return;
  for (const auto& name : variants) {
    TrainConfig config;
    config.variant = name;
    config.dataset = dataset;
    config.seed = seed;
    config.dataDir = m_dataDir;
    addRun(config);
  }
  m_running = true;
  m_startButton->setText(tr("Stop"));
  onProgress();
}

void CompareWindow::clearRuns() {
  for (auto& run : m_runs) {
    run.controller->shutdown();
    run.controller->deleteLater();
    run.grid->parentWidget()->deleteLater();
  }
  m_runs.clear();
  m_lossPlot->clearGraphs();
  m_estimatePlot->clearGraphs();
  m_round = 0;
}

// One run: its curves in its colour on both plots, its sample grid, its own trainer.
void CompareWindow::addRun(const TrainConfig& config) {
  const auto& info = findVariant(config.variant);
  const QColor colour = kRunColours[int(m_runs.size()) % kRunColours.size()];
  const QString label = engineText(info.displayName);

  auto* lossD = m_lossPlot->addGraph();
  lossD->setName(label + tr(" D"));
  lossD->setPen(QPen(colour, 1));
  auto* lossG = m_lossPlot->addGraph();
  lossG->setName(label + tr(" G"));
  lossG->setPen(QPen(colour, 1, Qt::DashLine));
  auto* estimate = m_estimatePlot->addGraph();
  estimate->setName(label);
  estimate->setPen(QPen(colour, 1.5));

  auto* box = new QWidget(this);
  auto* boxLayout = new QVBoxLayout(box);
  auto* caption = new QLabel(label, box);
  caption->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour.name()));
  auto* grid = new SampleGridWidget(box);
  grid->setMinimumSize(160, 160);
  boxLayout->addWidget(caption);
  boxLayout->addWidget(grid, 1);
  m_gridRow->addWidget(box, 1);

  auto* controller = new TrainingController(config, this);
  const int estimateIndex = estimateMetricIndex(info);
  connect(controller, &TrainingController::metricsAppended, this,
          [this, lossD, lossG, estimate, estimateIndex](const std::vector<MetricsRow>& rows) {
            const auto add = [](QCPGraph* graph, const MetricsRow& row, std::size_t index) {
              if (index < row.values.size() && row.values[index]) graph->addData(double(row.step), *row.values[index]);
            };
            for (const auto& row : rows) {
              add(lossD, row, kLossD);
              add(lossG, row, kLossG);
              if (estimateIndex >= 0) add(estimate, row, std::size_t(estimateIndex));
            }
            m_lossPlot->rescaleAxes();
            m_estimatePlot->rescaleAxes();
            m_lossPlot->replot(QCustomPlot::rpQueuedReplot);
            m_estimatePlot->replot(QCustomPlot::rpQueuedReplot);
            onProgress();
          });
  connect(controller, &TrainingController::samplesUpdated, grid, [grid, caption, label](const SampleGrid& samples) {
    grid->setSamples(samples);
    caption->setText(tr("%1 — step %2").arg(label).arg(samples.step));
  });
  connect(controller, &TrainingController::stateChanged, this, [this] { onProgress(); });
  m_runs.push_back({controller, grid, caption, estimateIndex, 0});
}

void CompareWindow::onProgress() {
  if (!m_running) return;
  for (const auto& run : m_runs) {
    const auto state = run.controller->state();
    if (state == TrainerState::Loading || state == TrainerState::Running) return;
    if (state == TrainerState::Failed) {
      stopComparison();
      return;
    }
    if (run.controller->stepsDone() < run.target) return;
  }
  if (m_runs.front().target > 0) Q_EMIT roundFinished(++m_round);
  requestRound();
}

void CompareWindow::requestRound() {
  for (auto& run : m_runs) {
    run.target = run.controller->stepsDone() + kStepsPerRound;
    run.controller->step(kStepsPerRound);
  }
}

void CompareWindow::closeEvent(QCloseEvent* event) {
  stopComparison();
  event->accept();
}

}  // namespace gan::ui
