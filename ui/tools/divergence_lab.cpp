#include "ui/tools/divergence_lab.h"

#include <qcustomplot.h>
#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "engine/math/f_divergence.h"
#include "ui/tools/divergence_lab_texts.h"
#include "ui/widgets/location_sweep_plot.h"
#include "ui/widgets/plot_style.h"

namespace gan::ui {

namespace {

QString formatValue(double value) { return std::isinf(value) ? QStringLiteral("∞") : QString::number(value, 'g', 7); }

void normalise(std::vector<double>& masses, std::size_t keep) {
  double others = 0;
  for (std::size_t i = 0; i < masses.size(); ++i)
    if (i != keep) others += masses[i];
  const double room = 1 - masses[keep];
  for (std::size_t i = 0; i < masses.size(); ++i) {
    if (i == keep) continue;
    masses[i] = others > 0 ? masses[i] * room / others : room / double(masses.size() - 1);
  }
}
}  // namespace

QStringList DivergenceLab::presetNames() {
  QStringList names;
  for (const auto& preset : labPresets()) names << tr(preset.name);
  return names;
}

DivergenceLab::DivergenceLab(QWidget* parent) : QWidget(parent, Qt::Window) {
  setWindowTitle(tr("GAN Studio — divergence lab"));
  auto* layout = new QHBoxLayout(this);
  m_tabs = new QTabWidget(this);
  m_tabs->addTab(buildDiscreteTab(), tr("Discrete P and Q"));
  m_tabs->addTab(buildContinuousTab(), tr("Continuous (1D)"));
  connect(m_tabs, &QTabWidget::currentChanged, this, [this] { recompute(); });
  layout->addWidget(m_tabs, 3);

  auto* side = new QVBoxLayout;
  auto* presetBox = new QComboBox(this);
  presetBox->setObjectName("labPresets");
  presetBox->addItem(tr("Presets from the tutorial…"));
  presetBox->addItems(presetNames());
  connect(presetBox, &QComboBox::activated, this, [this](int index) {
    if (index > 0) applyPreset(index - 1);
  });
  side->addWidget(presetBox);
  m_tutorialSays = new QLabel(this);
  m_tutorialSays->setWordWrap(true);
  m_tutorialSays->setStyleSheet("background: #eef5ff; padding: 4px;");
  m_tutorialSays->hide();
  side->addWidget(m_tutorialSays);
  m_error = new QLabel(this);
  m_error->setStyleSheet("color: #b00020;");
  m_error->setWordWrap(true);
  m_error->hide();
  side->addWidget(m_error);
  m_values = new QTableWidget(0, 3, this);
  m_values->setObjectName("labValues");
  m_values->setHorizontalHeaderLabels({tr("divergence"), tr("value"), tr("definition")});
  m_values->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  m_values->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  m_values->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  m_values->verticalHeader()->hide();
  m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
  side->addWidget(m_values, 3);
  side->addWidget(new QLabel(tr("Optimal transport plan γ(i → j) behind W₁ (rows: P's points, columns: Q's)"), this));
  m_plan = new QTableWidget(this);
  m_plan->setEditTriggers(QAbstractItemView::NoEditTriggers);
  side->addWidget(m_plan, 2);
  layout->addLayout(side, 2);

  setDiscrete({0.5, 0.1, 0.4}, {0.5, 0, 0.5}, {1, 2, 3});
  resize(1300, 820);
}

void DivergenceLab::applyPreset(int index) {
  const auto& preset = labPresets().at(std::size_t(index));
  if (preset.p.empty())
    setContinuous(preset.pContinuous, preset.qContinuous);
  else
    setDiscrete(preset.p, preset.q, preset.x);
  m_tutorialSays->setText(tr(preset.tutorialSays));
  m_tutorialSays->show();
}

void DivergenceLab::setDiscrete(const std::vector<double>& p, const std::vector<double>& q,
                                const std::vector<double>& x) {
  m_p = p;
  m_q = q;
  const QSignalBlocker block(m_pointCount);
  m_pointCount->setValue(int(p.size()));
  QStringList xs;
  for (double value : x) xs << QString::number(value);
  m_positions->setText(xs.join(','));
  m_tabs->setCurrentIndex(0);
  recompute();
}

void DivergenceLab::setContinuous(const QString& p, const QString& q) {
  auto load = [](const QString& spec, QComboBox* family, QDoubleSpinBox* first, QDoubleSpinBox* second,
                 QDoubleSpinBox* third) {
    const auto distribution = parseDistribution(spec.toStdString());
    const auto& v = distribution.parameters;
    const QSignalBlocker b1(family), b2(first), b3(second), b4(third);
    switch (distribution.family) {
      case Distribution1D::Family::Normal:
        family->setCurrentIndex(0);
        first->setValue(v[0]);
        second->setValue(v[1]);
        break;
      case Distribution1D::Family::Uniform:
        family->setCurrentIndex(1);
        first->setValue(v[0]);
        second->setValue(v[1] - v[0]);
        break;
      case Distribution1D::Family::Mixture:  // the editor shows the first two components
        family->setCurrentIndex(2);
        first->setValue(v[1]);
        second->setValue(v[2]);
        third->setValue(v.size() >= 6 ? v[4] - v[1] : 0);
        break;
    }
  };
  load(p, m_pFamily, m_pFirst, m_pSecond, m_pThird);
  load(q, m_qFamily, m_qFirst, m_qSecond, m_qThird);
  const QSignalBlocker block(m_tabs);
  m_tabs->setCurrentIndex(1);
  recompute();
}

std::vector<double> DivergenceLab::positions() const {
  std::vector<double> xs;
  for (const auto& item : m_positions->text().split(',', Qt::SkipEmptyParts)) {
    bool ok = false;
    const double value = item.trimmed().toDouble(&ok);
    if (!ok) throw std::invalid_argument(tr("position '%1' is not a number").arg(item).toStdString());
    xs.push_back(value);
  }
  return xs;
}

namespace {
// The editor's uniform takes (low, width) and its mixture (mean, sd, gap); the engine's take
// (low, high) and (weight, mean, sd, …).
Distribution1D fromEditor(const QComboBox* family, const QDoubleSpinBox* first, const QDoubleSpinBox* second,
                          const QDoubleSpinBox* third) {
  if (family->currentData().toString() == "mixture")
    return parseDistribution(QStringLiteral("mixture:0.5,%1,%2,0.5,%3,%2")
                                 .arg(first->value())
                                 .arg(second->value())
                                 .arg(first->value() + third->value())
                                 .toStdString());
  const bool uniform = family->currentData().toString() == "uniform";
  const double secondValue = uniform ? first->value() + second->value() : second->value();
  return parseDistribution(QStringLiteral("%1:%2,%3")
                               .arg(family->currentData().toString())
                               .arg(first->value())
                               .arg(secondValue)
                               .toStdString());
}
}  // namespace

Distribution1D DivergenceLab::continuousP() const { return fromEditor(m_pFamily, m_pFirst, m_pSecond, m_pThird); }
Distribution1D DivergenceLab::continuousQ() const { return fromEditor(m_qFamily, m_qFirst, m_qSecond, m_qThird); }

void DivergenceLab::recompute() {
  m_error->hide();
  try {
    if (m_tabs->currentIndex() == 0) {
      m_report = compareDiscrete(m_p, m_q, positions());
      redrawBars();
    } else {
      m_report = compareContinuous(continuousP(), continuousQ());
      recomputeSweep();
    }
  } catch (const std::exception& e) {
    m_error->setText(QString::fromStdString(e.what()));
    m_error->show();
    return;
  }
  showReport();
  Q_EMIT recomputed();
}

void DivergenceLab::redrawBars() {
  QVector<double> keys, pv, qv;
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  const auto xs = positions();
  for (std::size_t i = 0; i < m_p.size(); ++i) {
    keys << double(i + 1);
    pv << m_p[i];
    qv << m_q[i];
    ticker->addTick(double(i + 1), i < xs.size() ? QString::number(xs[i]) : QString());
  }
  m_pBars->setData(keys, pv);
  m_qBars->setData(keys, qv);
  m_bars->xAxis->setTicker(ticker);
  m_bars->xAxis->setRange(0.4, double(m_p.size()) + 0.6);
  m_bars->yAxis->setRange(0, 1.05);
  m_bars->replot(QCustomPlot::rpQueuedReplot);
}

void DivergenceLab::recomputeSweep() {
  const auto p = continuousP(), q = continuousQ();
  drawDensities(p, q);
  m_sweep->compute(p, q);
}

void DivergenceLab::drawDensities(const Distribution1D& p, const Distribution1D& q) {
  m_density->clearGraphs();
  // What a person wants to see: ±4σ around a normal, a little beyond a uniform's ends.
  auto view = [](const Distribution1D& d) -> std::pair<double, double> {
    const auto& v = d.parameters;
    if (d.family == Distribution1D::Family::Normal) return {v[0] - 4 * v[1], v[0] + 4 * v[1]};
    if (d.family == Distribution1D::Family::Uniform) return {v[0] - 0.2 * (v[1] - v[0]), v[1] + 0.2 * (v[1] - v[0])};
    return {(2 * d.lowest() + d.highest()) / 3, (d.lowest() + 2 * d.highest()) / 3};
  };
  const double low = std::min(view(p).first, view(q).first), high = std::max(view(p).second, view(q).second);
  QVector<double> xs, pd, qd;
  for (int i = 0; i <= 400; ++i) {
    const double x = low + (high - low) * i / 400;
    xs << x;
    pd << p.pdf(x);
    qd << q.pdf(x);
  }
  auto* pGraph = m_density->addGraph();
  pGraph->setName("P");
  pGraph->setPen(QPen(kColourP, 2));
  pGraph->setData(xs, pd);
  auto* qGraph = m_density->addGraph();
  qGraph->setName("Q");
  qGraph->setPen(QPen(kColourQ, 2));
  qGraph->setData(xs, qd);
  m_density->rescaleAxes();
  m_density->replot(QCustomPlot::rpQueuedReplot);
}

void DivergenceLab::showReport() {
  m_values->setRowCount(int(m_report.values.size()));
  for (int row = 0; row < int(m_report.values.size()); ++row) {
    const auto& value = m_report.values[std::size_t(row)];
    auto* name = new QTableWidgetItem(divergenceName(value.name));
    name->setData(Qt::UserRole, QString::fromStdString(value.key));
    name->setToolTip(formulaOf(value.key));
    m_values->setItem(row, 0, name);
    m_values->setItem(row, 1, new QTableWidgetItem(formatValue(value.value)));
    auto* definition = new QLabel(formulaOf(value.key));
    definition->setTextFormat(Qt::RichText);
    m_values->setCellWidget(row, 2, definition);
  }
  const auto& mass = m_report.plan.mass;
  m_plan->setRowCount(int(mass.size()));
  m_plan->setColumnCount(mass.empty() ? 0 : int(mass.front().size()));
  for (int i = 0; i < int(mass.size()); ++i)
    for (int j = 0; j < int(mass[std::size_t(i)].size()); ++j) {
      const double m = mass[std::size_t(i)][std::size_t(j)];
      auto* cell = new QTableWidgetItem(m > 1e-12 ? QString::number(m, 'g', 4) : QString());
      if (m > 1e-12) cell->setBackground(i == j ? QColor(230, 230, 230) : QColor(255, 210, 160));
      m_plan->setItem(i, j, cell);
    }
  m_plan->resizeColumnsToContents();
}

QString DivergenceLab::valueText(const QString& key) const {
  for (int row = 0; row < m_values->rowCount(); ++row)
    if (m_values->item(row, 0)->data(Qt::UserRole).toString() == key) return m_values->item(row, 1)->text();
  return {};
}

void DivergenceLab::dragBar(const QPoint& position) {
  const int index = int(std::lround(m_bars->xAxis->pixelToCoord(position.x()))) - 1;
  if (index < 0 || index >= int(m_p.size())) return;
  auto& masses = m_editP->isChecked() ? m_p : m_q;
  masses[std::size_t(index)] = std::clamp(m_bars->yAxis->pixelToCoord(position.y()), 0.0, 1.0);
  normalise(masses, std::size_t(index));
  recompute();
}

bool DivergenceLab::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_bars && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseMove)) {
    auto* mouse = static_cast<QMouseEvent*>(event);
    if (mouse->buttons() & Qt::LeftButton) dragBar(mouse->position().toPoint());
    return true;
  }
  return QWidget::eventFilter(watched, event);
}

}  // namespace gan::ui
