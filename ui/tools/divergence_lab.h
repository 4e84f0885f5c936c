#pragma once
// The divergence lab: the user edits P and Q (bars over points, or 1D continuous families) and
// sees every divergence computed exactly, the optimal transport plan, and a sweep of Q's location.
#include <QWidget>
#include <vector>

#include "engine/math/divergence_report.h"
#include "ui/widgets/location_sweep_plot.h"

class QComboBox;
class QCustomPlot;
class QCPBars;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace gan::ui {

class DivergenceLab : public QWidget {
  Q_OBJECT

 public:
  explicit DivergenceLab(QWidget* parent = nullptr);

  // One-click presets: the tutorial's three examples (index in presetNames()).
  static QStringList presetNames();
  void applyPreset(int index);
  void setDiscrete(const std::vector<double>& p, const std::vector<double>& q, const std::vector<double>& positions);
  void setContinuous(const QString& p, const QString& q);
  const DivergenceReport& report() const { return m_report; }
  QString valueText(const QString& key) const;  // as shown in the table ("∞" for infinite)
  QCustomPlot* sweepPlot() const { return m_sweep; }
  bool sweepComputing() const { return m_sweep->computing(); }

 Q_SIGNALS:
  void recomputed();
  void sweepFinished();  // the sweep plot now shows the current P and Q

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QWidget* buildDiscreteTab();
  QWidget* buildContinuousTab();
  void recompute();
  void recomputeSweep();
  void drawDensities(const Distribution1D& p, const Distribution1D& q);
  void redrawBars();
  void showReport();
  void dragBar(const QPoint& position);
  std::vector<double> positions() const;
  Distribution1D continuousP() const;
  Distribution1D continuousQ() const;

  QTabWidget* m_tabs;
  QCustomPlot* m_bars;
  QCPBars* m_pBars;
  QCPBars* m_qBars;
  QRadioButton* m_editP;
  QSpinBox* m_pointCount;
  QLineEdit* m_positions;
  QComboBox* m_pFamily;
  QComboBox* m_qFamily;
  QDoubleSpinBox* m_pFirst;
  QDoubleSpinBox* m_pSecond;
  QDoubleSpinBox* m_qFirst;
  QDoubleSpinBox* m_qSecond;
  QDoubleSpinBox* m_pThird;  // mixtures: the gap between the two components
  QDoubleSpinBox* m_qThird;
  QCustomPlot* m_density;
  LocationSweepPlot* m_sweep;
  QTableWidget* m_values;
  QTableWidget* m_plan;
  QLabel* m_tutorialSays;
  QLabel* m_error;
  std::vector<double> m_p;
  std::vector<double> m_q;
  DivergenceReport m_report;
};

}  // namespace gan::ui
