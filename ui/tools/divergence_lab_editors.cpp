// The divergence lab's two editors: bars over points for discrete P and Q, and 1D families with
// their densities and the location sweep for continuous ones.
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
#include "ui/tools/divergence_lab.h"
#include "ui/tools/divergence_lab_texts.h"
#include "ui/widgets/location_sweep_plot.h"
#include "ui/widgets/plot_style.h"

namespace gan::ui {

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
  m_bars = makeStyledPlot(tab);
  m_bars->xAxis->setLabel(tr("point (x)"));
  m_bars->yAxis->setLabel(tr("probability"));
  auto* barsGroup = new QCPBarsGroup(m_bars);
  m_pBars = new QCPBars(m_bars->xAxis, m_bars->yAxis);
  m_pBars->setName("P");
  m_pBars->setBrush(kColourP);
  m_pBars->setPen(QPen(kColourP.darker()));
  m_pBars->setWidth(0.35);
  m_pBars->setBarsGroup(barsGroup);
  m_qBars = new QCPBars(m_bars->xAxis, m_bars->yAxis);
  m_qBars->setName("Q");
  m_qBars->setBrush(kColourQ);
  m_qBars->setPen(QPen(kColourQ.darker()));
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
  m_density = makeStyledPlot(tab);
  m_density->xAxis->setLabel("x");
  m_density->yAxis->setLabel(tr("density"));
  layout->addWidget(m_density, 1);
  m_sweep = new LocationSweepPlot(tab);
  m_sweep->setObjectName("labSweep");
  connect(m_sweep, &LocationSweepPlot::finished, this, &DivergenceLab::sweepFinished);
  layout->addWidget(m_sweep, 2);
  return tab;
}

}  // namespace gan::ui
