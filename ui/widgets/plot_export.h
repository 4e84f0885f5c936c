#pragma once
// The plots as one picture, stacked top to bottom as the window shows them: PNG (rastered at the
// plots' size) or SVG (vectors, for papers and slides). Written atomically.
#include <QString>
#include <vector>

class QCustomPlot;

namespace gan::ui {

// The format follows the suffix (.svg, else PNG). Throws std::runtime_error naming the file.
void exportPlots(const std::vector<QCustomPlot*>& plots, const QString& path);

}  // namespace gan::ui
