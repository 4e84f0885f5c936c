#include "ui/tools/run_overlay.h"

#include <qcustomplot.h>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "engine/core/metrics_csv.h"
#include "engine/core/run_library.h"
#include "engine/core/run_log.h"
#include "engine/core/variant_catalog.h"
#include "ui/widgets/plot_style.h"

namespace gan::ui {

namespace {

std::vector<RunOverlay::Run> readRuns(const QStringList& folders) {
  std::vector<RunOverlay::Run> runs;
  for (const auto& folder : folders) {
    RunOverlay::Run run;
    run.name = QDir(folder).dirName();
    try {
      run.config = summarizeRun(folder.toStdString()).config;
      run.rows = readMetricsCsv(QDir(folder).filePath(kMetricsLogName).toStdString(), run.config);
    } catch (const std::exception& e) {
      run.error = QString::fromStdString(e.what());
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

// Tableau's ten colours: runs stay apart on a white plot.
QColor runColour(int index) {
  static const QColor colours[] = {{31, 119, 180}, {255, 127, 14},  {44, 160, 44},   {214, 39, 40},  {148, 103, 189},
                                   {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};
  return colours[index % 10];
}

}  // namespace

RunOverlay::RunOverlay(const QStringList& folders, QWidget* parent) : QWidget(parent, Qt::Window) {
  setWindowTitle(tr("Overlay of %n run(s)", nullptr, int(folders.size())));
  setObjectName("runOverlay");
  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Metric"), this));
  m_metric = new QComboBox(this);
  m_metric->setObjectName("overlayMetric");
  top->addWidget(m_metric, 1);
  layout->addLayout(top);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  m_plot = makeStyledPlot(splitter, 260);
  m_plot->xAxis->setLabel(tr("step"));
  m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  splitter->addWidget(m_plot);
  m_differences = new QTableWidget(splitter);
  m_differences->setObjectName("overlayDifferences");
  m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
  splitter->addWidget(m_differences);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);
  layout->addWidget(splitter, 1);
  connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { plotMetric(m_metric->currentData().toString()); });
  connect(&m_loading, &QFutureWatcher<std::vector<Run>>::finished, this, [this] {
    m_runs = m_loading.result();
    showRuns();
    Q_EMIT loaded();
  });
  m_loading.setFuture(QtConcurrent::run([folders] { return readRuns(folders); }));
  resize(900, 640);
}

void RunOverlay::showRuns() {
  QStringList keys;  // the metrics any run has, in its variant's order
  std::vector<TrainConfig> configs;
  QStringList names;
  for (const auto& run : m_runs) {
    if (!run.error.isEmpty()) continue;
    configs.push_back(run.config);
    names << run.name;
    for (const auto& metric : findVariant(run.config.variant).metrics)
      if (metricShown(metric, run.config) && !keys.contains(QString::fromStdString(metric.key)))
        keys << QString::fromStdString(metric.key);
  }
  for (const auto& key : keys) m_metric->addItem(key, key);
  const auto differences = configDifferences(configs);
  m_differences->setColumnCount(int(names.size()));
  m_differences->setHorizontalHeaderLabels(names);
  m_differences->setRowCount(int(differences.size()));
  for (int row = 0; row < int(differences.size()); ++row) {
    m_differences->setVerticalHeaderItem(row, new QTableWidgetItem(QString::fromStdString(differences[row].first)));
    for (int column = 0; column < int(names.size()); ++column)
      m_differences->setItem(
          row, column, new QTableWidgetItem(QString::fromStdString(differences[row].second[std::size_t(column)])));
  }
  m_differences->resizeColumnsToContents();
  for (const auto& run : m_runs)
    if (!run.error.isEmpty()) m_plot->setToolTip(m_plot->toolTip() + run.name + ": " + run.error + "\n");
}

void RunOverlay::plotMetric(const QString& key) {
  m_plot->clearGraphs();
  int index = 0;
  for (const auto& run : m_runs) {
    const auto& metrics = findVariant(run.config.variant.empty() ? "gan" : run.config.variant).metrics;
    const auto found =
        std::find_if(metrics.begin(), metrics.end(), [&](const auto& m) { return m.key == key.toStdString(); });
    if (!run.error.isEmpty() || found == metrics.end()) continue;
    const auto column = std::size_t(found - metrics.begin());
    QVector<double> steps, values;
    for (const auto& row : run.rows)
      if (column < row.values.size() && row.values[column] && std::isfinite(*row.values[column])) {
        steps << double(row.step);
        values << *row.values[column];
      }
    auto* graph = m_plot->addGraph();
    graph->setName(run.name);
    graph->setPen(QPen(runColour(index++), 1.4));
    graph->setData(steps, values, true);
  }
  m_plot->rescaleAxes();
  m_plot->replot();
}

}  // namespace gan::ui
