#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSlider>
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <random>

#include "engine/core/run_log.h"
#include "tests/ui/ui_test_support.h"
#include "ui/widgets/sample_grid_widget.h"
#include "ui/widgets/time_scrubber.h"

// Hidden ([.]): `ui_tests "[.scrubbench]"`. Latency from a scrubber move to the grid painted, on a
// 10,000-step MNIST run recorded every 10 steps (1,000 grids of 64 digits). The grids are noise,
// which compresses worst, so reading them costs at least what a real run's would.
// SCRUB_BENCH_RUN=<run folder> measures a real run's grids.log instead.
TEST_CASE("Scrubber latency on a 10,000-step run", "[.scrubbench]") {
  const char* given = std::getenv("SCRUB_BENCH_RUN");
  const auto folder = given ? std::string(given) : gan::test::tempDir("scrub-bench").string();
  auto config = gan::test::windowConfig();
  if (!given) {
    gan::RunLogWriter log(folder, gan::withDefaults(config), 0);
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> pixel(0, 1);
    for (int step = 0; step <= 10000; step += 10) {
      gan::Snapshot grid;
      grid.kind = gan::Snapshot::Kind::Samples;
      grid.samples.step = step;
      grid.samples.images = {64, 28, 28, std::vector<float>(64 * 28 * 28)};
      for (auto& value : grid.samples.images.pixels) value = pixel(rng);
      log.append(grid);
    }
  }
  gan::ui::MainWindow window(config);
  window.show();
  auto& scrubber = window.scrubber();
  scrubber.setRunFolder(QString::fromStdString(folder));
  REQUIRE(scrubber.frameCount() > 1);
  std::mt19937 rng(2);
  std::uniform_int_distribution<int> frame(0, scrubber.frameCount() - 1);
  std::vector<double> ms;
  for (int move = 0; move < 300; ++move) {
    QElapsedTimer timer;
    timer.start();
    scrubber.slider()->setValue(frame(rng));  // what a drag or an arrow key does
    window.sampleGrid().repaint();            // painted, not only scheduled
    ms.push_back(timer.nsecsElapsed() / 1e6);
    REQUIRE(window.sampleGrid().step() == scrubber.currentStep());
  }
  std::sort(ms.begin(), ms.end());
  std::cout << "{\"scrubber_moves\":" << ms.size() << ",\"p50_ms\":" << ms[ms.size() / 2]
            << ",\"p95_ms\":" << ms[ms.size() * 95 / 100] << ",\"max_ms\":" << ms.back() << "}" << std::endl;
}
