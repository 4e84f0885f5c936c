#pragma once
// The look the divergence lab's plots share: antialiasing only for curves and the
// legend (a long, spiky curve then redraws in a few ms instead of ~100), a small legend.
#include <QColor>

class QCustomPlot;

namespace gan::ui {

void applyPlotStyle(QCustomPlot* plot);
// A styled plot with a legend, at least `minimumHeight` pixels tall.
QCustomPlot* makeStyledPlot(QWidget* parent, int minimumHeight = 180);

// The divergence lab's colours for P and Q, on bars, densities and the transport plan alike.
inline const QColor kColourP(31, 119, 180);
inline const QColor kColourQ(214, 39, 40);

}  // namespace gan::ui
