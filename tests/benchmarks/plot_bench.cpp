#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <iostream>
#include <random>

#include "ui/widgets/metrics_plot.h"

// Hidden ([.]): run by hand, `ui_tests "[.plotbench]"`, to see what one live-plot redraw costs.
TEST_CASE("Replot cost of a long spiky run", "[.plotbench]") {
  gan::TrainConfig config;
  config = gan::withDefaults(config);
  gan::ui::MetricsPlot plot(config, "Losses");
  plot.resize(560, 220);
  plot.show();
  std::mt19937 rng(1);
  std::exponential_distribution<double> spikes(1.0);
  std::vector<gan::MetricsRow> rows;
  for (int step = 1; step <= 1500; ++step)
    rows.push_back({step, 0, 5.0, {spikes(rng), 3 * spikes(rng), 0.9, 0.1, 0.6, 0, 0, 0}});
  plot.append(rows);
  QElapsedTimer timer;
  timer.start();
  for (int i = 0; i < 20; ++i) plot.replot(QCustomPlot::rpImmediateRefresh);
  std::cout << "replot ms: " << timer.elapsed() / 20.0 << std::endl;
}
