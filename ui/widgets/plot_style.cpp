#include "ui/widgets/plot_style.h"

#include <qcustomplot.h>

namespace gan::ui {

void applyPlotStyle(QCustomPlot* plot) {
  plot->setNotAntialiasedElements(QCP::aeAll);
  plot->setAntialiasedElements(QCP::aeLegend | QCP::aePlottables);
  plot->legend->setVisible(true);
  plot->legend->setFont(QFont(plot->font().family(), 8));
}

QCustomPlot* makeStyledPlot(QWidget* parent, int minimumHeight) {
  auto* plot = new QCustomPlot(parent);
  applyPlotStyle(plot);
  plot->setMinimumHeight(minimumHeight);
  return plot;
}

}  // namespace gan::ui
