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
#include <cmath>

#include "engine/math/f_divergence.h"

namespace gan::ui {

namespace {
const QColor kP(31, 119, 180), kQ(214, 39, 40);

struct Preset {
  const char* name;
  std::vector<double> p, q, x;
  const char* pContinuous;
  const char* qContinuous;
  const char* seedSays;
};

const std::vector<Preset>& presets() {
  static const std::vector<Preset> list = {
      {"Seed js_div: ŷ1 = [0.4, 0.6, 0, 0, 0] vs y",
       {0.4, 0.6, 0, 0, 0},
       {0, 0, 0, 0.4, 0.6},
       {1, 2, 3, 4, 5},
       "",
       "",
       "The seed says: JS(ŷ1, y) = log 2 ≈ 0.693147, the same as for ŷ2 although ŷ2 is closer. W tells them apart."},
      {"Seed js_div: ŷ2 = [0, 0.4, 0.6, 0, 0] vs y",
       {0, 0.4, 0.6, 0, 0},
       {0, 0, 0, 0.4, 0.6},
       {1, 2, 3, 4, 5},
       "",
       "",
       "The seed says: JS(ŷ2, y) = log 2 ≈ 0.693147 — no gradient towards y, while W drops from 3 to 2."},
      {"Seed earth mover: P = [0.5, 0.1, 0.4], Q = [0.5, 0, 0.5]",
       {0.5, 0.1, 0.4},
       {0.5, 0, 0.5},
       {1, 2, 3},
       "",
       "",
       "The seed says: W = 0.1 · D(x2, x3) — move the 0.1 at x2 to x3 (here D = 1, so W = 0.1)."},
      {"Seed normals: N(0, 1) vs N(12, 1)",
       {},
       {},
       {},
       "normal:0,1",
       "normal:12,1",
       "The seed says: JS(A, C) ≈ log 2 and W(A, C) = 12."},
      {"Seed normals: N(6, 1) vs N(12, 1)",
       {},
       {},
       {},
       "normal:6,1",
       "normal:12,1",
       "The seed says: JS(B, C) ≈ log 2 (as for A, C) but W(B, C) = 6: only W sees that B is closer."},
  };
  return list;
}

// Each divergence's definition, shown beside its value (f-divergences from the shared table).
QString formulaOf(const std::string& key) {
  if (key == "kl") return QStringLiteral("KL(P‖Q) = Σ p log(p/q)");
  if (key == "kl_reverse") return QStringLiteral("KL(Q‖P) = Σ q log(q/p)");
  if (key == "js") return QStringLiteral("JS = ½ KL(P‖M) + ½ KL(Q‖M), M = (P + Q)/2; at most log 2");
  if (key == "wasserstein_1") return QStringLiteral("W₁ = min over couplings γ of Σ γ(i, j)·|x_i − x_j|");
  for (const auto& info : fDivergences())
    if (key == "f:" + info.key)
      return QStringLiteral("D_f = Σ q f(p/q), f(u) = %1").arg(QString::fromStdString(info.generatorF));
  return {};
}

QString formatValue(double value) { return std::isinf(value) ? QStringLiteral("∞") : QString::number(value, 'g', 7); }

QCustomPlot* makePlot(QWidget* parent) {
  auto* plot = new QCustomPlot(parent);
  plot->setNotAntialiasedElements(QCP::aeAll);
  plot->setAntialiasedElements(QCP::aeLegend | QCP::aePlottables);
  plot->legend->setVisible(true);
  plot->legend->setFont(QFont(plot->font().family(), 8));
  plot->setMinimumHeight(180);
  return plot;
}

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
  for (const auto& preset : presets()) names << QString::fromUtf8(preset.name);
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
  presetBox->addItem(tr("Presets from the seed…"));
  presetBox->addItems(presetNames());
  connect(presetBox, &QComboBox::activated, this, [this](int index) {
    if (index > 0) applyPreset(index - 1);
  });
  side->addWidget(presetBox);
  m_seedSays = new QLabel(this);
  m_seedSays->setWordWrap(true);
  m_seedSays->setStyleSheet("background: #eef5ff; padding: 4px;");
  m_seedSays->hide();
  side->addWidget(m_seedSays);
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

QWidget* DivergenceLab::buildDiscreteTab() {
  auto* tab = new QWidget(this);
  auto* layout = new QVBoxLayout(tab);
  auto* row = new QHBoxLayout;
  m_editP = new QRadioButton(tr("Drag P's bars"), tab);
  auto* editQ = new QRadioButton(tr("Drag Q's bars"), tab);
  m_editP->setChecked(true);
  auto* group = new QButtonGroup(tab);
  group->addButton(m_editP);
  group->addButton(editQ);
  row->addWidget(m_editP);
  row->addWidget(editQ);
  row->addWidget(new QLabel(tr("Points"), tab));
  m_pointCount = new QSpinBox(tab);
  m_pointCount->setRange(2, 12);
  row->addWidget(m_pointCount);
  row->addWidget(new QLabel(tr("Positions x"), tab));
  m_positions = new QLineEdit(tab);
  m_positions->setToolTip(tr("Comma-separated, increasing; W₁ uses |x_i − x_j| as the ground distance"));
  row->addWidget(m_positions, 1);
  layout->addLayout(row);
  m_bars = makePlot(tab);
  m_bars->xAxis->setLabel(tr("point (x)"));
  m_bars->yAxis->setLabel(tr("probability"));
  auto* barsGroup = new QCPBarsGroup(m_bars);
  m_pBars = new QCPBars(m_bars->xAxis, m_bars->yAxis);
  m_pBars->setName("P");
  m_pBars->setBrush(kP);
  m_pBars->setPen(QPen(kP.darker()));
  m_pBars->setWidth(0.35);
  m_pBars->setBarsGroup(barsGroup);
  m_qBars = new QCPBars(m_bars->xAxis, m_bars->yAxis);
  m_qBars->setName("Q");
  m_qBars->setBrush(kQ);
  m_qBars->setPen(QPen(kQ.darker()));
  m_qBars->setWidth(0.35);
  m_qBars->setBarsGroup(barsGroup);
  m_bars->installEventFilter(this);
  layout->addWidget(m_bars, 1);
  auto* note = new QLabel(tr("Drag a bar to change its height; the other bars of that distribution are rescaled so "
                             "it still sums to 1."),
                          tab);
  note->setStyleSheet("color: gray;");
  layout->addWidget(note);

  connect(m_pointCount, &QSpinBox::valueChanged, this, [this](int count) {
    if (int(m_p.size()) == count) return;
    m_p.assign(std::size_t(count), 1.0 / count);
    m_q.assign(std::size_t(count), 1.0 / count);
    QStringList xs;
    for (int i = 1; i <= count; ++i) xs << QString::number(i);
    m_positions->setText(xs.join(','));
    recompute();
  });
  connect(m_positions, &QLineEdit::editingFinished, this, [this] { recompute(); });
  return tab;
}

QWidget* DivergenceLab::buildContinuousTab() {
  auto* tab = new QWidget(this);
  auto* layout = new QVBoxLayout(tab);
  auto* form = new QHBoxLayout;
  auto addDistribution = [&](const QString& name, QComboBox*& family, QDoubleSpinBox*& first, QDoubleSpinBox*& second,
                             QDoubleSpinBox*& third, double mean) {
    auto* box = new QGroupBox(name, tab);
    auto* boxForm = new QFormLayout(box);
    family = new QComboBox(box);
    family->addItem(tr("normal (mean, sd)"), "normal");
    family->addItem(tr("uniform (low, width)"), "uniform");
    family->addItem(tr("two normals, half each (mean, sd, gap)"), "mixture");
    first = new QDoubleSpinBox(box);
    first->setRange(-50, 50);
    first->setSingleStep(0.5);
    first->setValue(mean);
    second = new QDoubleSpinBox(box);
    second->setRange(0.05, 50);
    second->setSingleStep(0.1);
    second->setValue(1);
    boxForm->addRow(tr("family"), family);
    boxForm->addRow(tr("1st parameter"), first);
    boxForm->addRow(tr("2nd parameter"), second);
    third = new QDoubleSpinBox(box);
    third->setRange(-50, 50);
    third->setSingleStep(0.5);
    third->setValue(4);
    third->setToolTip(tr("Mixtures only: how far the second normal sits from the first"));
    boxForm->addRow(tr("3rd (gap)"), third);
    connect(third, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
    form->addWidget(box);
    connect(family, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(first, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
    connect(second, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
  };
  addDistribution("P", m_pFamily, m_pFirst, m_pSecond, m_pThird, 0);
  addDistribution("Q", m_qFamily, m_qFirst, m_qSecond, m_qThird, 6);
  layout->addLayout(form);
  m_density = makePlot(tab);
  m_density->xAxis->setLabel("x");
  m_density->yAxis->setLabel(tr("density"));
  layout->addWidget(m_density, 1);
  m_sweep = makePlot(tab);
  m_sweep->setObjectName("labSweep");
  m_sweep->xAxis->setLabel(tr("Q's location minus P's (Q slides along the axis)"));
  m_sweep->yAxis->setLabel(tr("divergence"));
  layout->addWidget(m_sweep, 2);
  return tab;
}

void DivergenceLab::applyPreset(int index) {
  const auto& preset = presets().at(std::size_t(index));
  if (preset.p.empty())
    setContinuous(preset.pContinuous, preset.qContinuous);
  else
    setDiscrete(preset.p, preset.q, preset.x);
  m_seedSays->setText(QString::fromUtf8(preset.seedSays));
  m_seedSays->show();
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
  const auto p = continuousP();
  auto q = continuousQ();
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
  pGraph->setPen(QPen(kP, 2));
  pGraph->setData(xs, pd);
  auto* qGraph = m_density->addGraph();
  qGraph->setName("Q");
  qGraph->setPen(QPen(kQ, 2));
  qGraph->setData(xs, qd);
  m_density->rescaleAxes();
  m_density->replot(QCustomPlot::rpQueuedReplot);

  // Slide Q from 12 below to 12 above P's location; a coarser grid keeps this interactive.
  struct Curve {
    const char* key;
    QString name;
    QColor colour;
  };
  const std::vector<Curve> curves = {{"js", "JS", QColor(214, 39, 40)},
                                     {"wasserstein_1", "W₁", QColor(31, 119, 180)},
                                     {"f:total-variation", tr("total variation"), QColor(44, 160, 44)},
                                     {"f:hellinger", tr("squared Hellinger"), QColor(148, 103, 189)},
                                     {"kl", "KL(P‖Q)", QColor(255, 127, 14)}};
  std::vector<QVector<double>> values(curves.size());
  QVector<double> shifts;
  const double offset = q.location() - p.location();
  double wMax = 0;
  for (int i = 0; i <= 96; ++i) {
    const double shift = -12 + 24.0 * i / 96;
    const auto report = compareContinuous(p, q.shifted(shift - offset), 3001);
    shifts << shift;
    for (std::size_t c = 0; c < curves.size(); ++c) values[c] << report.find(curves[c].key);
    wMax = std::max(wMax, report.find("wasserstein_1"));
  }
  m_sweep->clearGraphs();
  m_sweep->clearItems();
  for (std::size_t c = 0; c < curves.size(); ++c) {
    auto* graph = m_sweep->addGraph();
    graph->setName(curves[c].name);
    graph->setPen(QPen(curves[c].colour, 2));
    graph->setData(shifts, values[c]);
  }
  auto* log2 = new QCPItemStraightLine(m_sweep);
  log2->point1->setCoords(0, std::log(2.0));
  log2->point2->setCoords(1, std::log(2.0));
  log2->setPen(QPen(Qt::gray, 1, Qt::DashLine));
  auto* now = new QCPItemStraightLine(m_sweep);
  now->point1->setCoords(offset, 0);
  now->point2->setCoords(offset, 1);
  now->setPen(QPen(Qt::black, 1, Qt::DotLine));
  m_sweep->xAxis->setRange(-12, 12);
  m_sweep->yAxis->setRange(0, wMax * 1.05 + 0.1);  // KL grows quadratically; keep W's scale in view
  m_sweep->replot(QCustomPlot::rpQueuedReplot);
}

void DivergenceLab::showReport() {
  m_values->setRowCount(int(m_report.values.size()));
  for (int row = 0; row < int(m_report.values.size()); ++row) {
    const auto& value = m_report.values[std::size_t(row)];
    auto* name = new QTableWidgetItem(QString::fromStdString(value.name));
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
