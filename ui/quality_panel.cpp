#include "ui/quality_panel.h"

#include <qcustomplot.h>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "engine/core/dataset_catalog.h"
#include "ui/training_controller.h"
#include "ui/widgets/plot_style.h"

namespace gan::ui {

QualityPanel::QualityPanel(TrainingController& controller, QWidget* parent)
    : QDockWidget(tr("Sample quality"), parent), m_controller(controller) {
  setObjectName("qualityPanel");
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  m_plot = makeStyledPlot(body, 160);
  m_plot->xAxis->setLabel(tr("step"));
  m_plot->yAxis->setLabel(tr("FID (lower is better)"));
  m_plot->addGraph()->setName(tr("FID of %1 samples").arg(kSamples));
  m_plot->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
  m_baselineLine = new QCPItemStraightLine(m_plot);
  m_baselineLine->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
  m_baselineLine->setVisible(false);
  layout->addWidget(m_plot, 1);
  m_summary = new QLabel(tr("Not measured yet. FID, KID, precision and recall compare %1 samples with %1 training "
                            "images in the reference classifier's features.")
                             .arg(kSamples),
                         body);
  m_summary->setWordWrap(true);
  layout->addWidget(m_summary);
  auto* row = new QHBoxLayout;
  auto* now = new QPushButton(tr("Evaluate now"), body);
  m_every = new QCheckBox(tr("Every %1 steps").arg(kEverySteps), body);
  m_progress = new QProgressBar(body);
  m_progress->setRange(0, 1000);
  m_cancelButton = new QPushButton(tr("Cancel"), body);
  m_cancelButton->setEnabled(false);
  row->addWidget(now);
  row->addWidget(m_every);
  row->addWidget(m_progress, 1);
  row->addWidget(m_cancelButton);
  layout->addLayout(row);
  setWidget(body);
  connect(now, &QPushButton::clicked, this, &QualityPanel::evaluateNow);
  connect(m_cancelButton, &QPushButton::clicked, this, &QualityPanel::cancel);
  connect(&m_controller, &TrainingController::checkpointSaved, this, [this](const QString& path, qint64 step) {
    if (path == m_pending) start(path, step);
  });
  connect(&m_controller, &TrainingController::progress, this, [this](qint64 step) {
    if (!m_every->isChecked() || step < m_nextAutoStep) return;
    m_nextAutoStep = (step / kEverySteps + 1) * kEverySteps;
    if (!isBusy()) evaluateNow();
  });
  connect(&m_controller, &TrainingController::historyCleared, this, [this] {
    m_plot->graph(0)->data()->clear();
    m_nextAutoStep = m_controller.stepsDone() / kEverySteps * kEverySteps + kEverySteps;
    m_plot->replot();
  });
  connect(&m_work, &QFutureWatcher<Result>::finished, this, [this] { finish(m_work.result()); });
}

void QualityPanel::setEveryThousandSteps(bool on) { m_every->setChecked(on); }

void QualityPanel::evaluateNow() {
  const auto& config = m_controller.config();
  if (isBusy()) return;
  if (!isImageDataset(config.dataset) || referenceClassifierPath(config.dataset).empty())
    return Q_EMIT message(tr("Sample quality is not available for this data (no reference classifier for %1)")
                              .arg(QString::fromStdString(config.dataset)),
                          true);
  m_pending = m_temp.filePath(QStringLiteral("evaluate-%1.pt").arg(++m_saves));
  m_progress->setValue(0);
  m_cancel->store(false);
  m_cancelButton->setEnabled(true);
  m_controller.saveCheckpoint(m_pending);  // answered by checkpointSaved, between two steps
}

void QualityPanel::cancel() { m_cancel->store(true); }

void QualityPanel::start(const QString& checkpoint, qint64 step) {
  QPointer<QProgressBar> bar = m_progress;
  const QualityProgress progress = [cancel = m_cancel, bar](double fraction, const std::string&) {
    QMetaObject::invokeMethod(
        bar,
        [bar, fraction] {
          if (bar) bar->setValue(int(1000 * fraction));
        },
        Qt::QueuedConnection);
    return !cancel->load();
  };
  auto data = m_controller.config();
  const bool needBaseline = !m_baseline || m_baseline->dataset != data.dataset;
  m_work.setFuture(QtConcurrent::run([checkpoint, step, data, needBaseline, progress]() {
    Result result;
    result.step = step;
    QualityOptions options;
    options.count = kSamples;
    try {
      if (needBaseline) result.baseline = evaluateRealBaseline(data, options, progress);
      result.report = evaluateCheckpoint(checkpoint.toStdString(), options, progress);
    } catch (const QualityCancelled&) {
      result.error = tr("Sample quality: cancelled");
    } catch (const std::exception& e) {
      result.error = QString::fromStdString(e.what());
    }
    QFile::remove(checkpoint);
    return result;
  }));
}

void QualityPanel::finish(const Result& result) {
  m_pending.clear();
  m_cancelButton->setEnabled(false);
  if (result.baseline) m_baseline = result.baseline;
  if (!result.error.isEmpty()) {
    Q_EMIT message(result.error, true);
    return Q_EMIT evaluated(false);
  }
  m_last = result.report;
  showReport(result.report, result.step);
  Q_EMIT evaluated(true);
}

void QualityPanel::showReport(const QualityReport& report, qint64 step) {
  m_plot->graph(0)->addData(double(step), report.fid);
  if (m_baseline) {
    m_baselineLine->point1->setCoords(0, m_baseline->fid);
    m_baselineLine->point2->setCoords(1, m_baseline->fid);
    m_baselineLine->setVisible(true);
  }
  m_plot->rescaleAxes();
  m_plot->xAxis->scaleRange(1.1, m_plot->xAxis->range().center());  // points off the plot's edges
  m_plot->yAxis->setRangeLower(0);
  m_plot->replot();
  const QString baseline = m_baseline ? tr(" (real data: FID %1, KID %2, precision %3, recall %4)")
                                            .arg(m_baseline->fid, 0, 'f', 1)
                                            .arg(m_baseline->kid, 0, 'f', 3)
                                            .arg(m_baseline->precision, 0, 'f', 2)
                                            .arg(m_baseline->recall, 0, 'f', 2)
                                      : QString();
  m_summary->setText(tr("Step %1: FID %2, KID %3, precision %4, recall %5, coverage %10, %6 of 10 classes, "
                        "confidence %7, classifier score %8%9")
                         .arg(step)
                         .arg(report.fid, 0, 'f', 1)
                         .arg(report.kid, 0, 'f', 3)
                         .arg(report.precision, 0, 'f', 2)
                         .arg(report.recall, 0, 'f', 2)
                         .arg(report.classesCovered)
                         .arg(report.meanConfidence, 0, 'f', 2)
                         .arg(report.classifierScore, 0, 'f', 2)
                         .arg(baseline)
                         .arg(report.coverage, 0, 'f', 2));
  Q_EMIT message(tr("Sample quality at step %1: FID %2").arg(step).arg(report.fid, 0, 'f', 1), false);
}

}  // namespace gan::ui
