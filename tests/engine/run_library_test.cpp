// The run library: logs that round-trip and can be read while written, resumed runs that keep one
// history, the trash with undo, and GIF frames that are the stored grids.
#include <gif_lib.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "engine/core/animation_export.h"
#include "engine/core/frame_caption.h"
#include "engine/core/grid_log.h"
#include "engine/core/metrics_csv.h"
#include "engine/core/run_library.h"
#include "engine/core/run_log.h"
#include "engine/core/run_recorder.h"
#include "tests/engine/test_support.h"

using namespace gan;
namespace fs = std::filesystem;

namespace {

TrainConfig ganConfig() {
  TrainConfig config;
  config.variant = "gan-ns";
  return withDefaults(config);
}

// A grid whose pixels say which step made it (bytes k/255 round-trip exactly).
SampleGrid gridAt(std::int64_t step, int count = 4) {
  SampleGrid grid;
  grid.step = step;
  grid.images.count = count;
  grid.images.width = grid.images.height = 6;
  for (int i = 0; i < count * 36; ++i) grid.images.pixels.push_back(float((i * 7 + step) % 256) / 255.0f);
  ImagePanel panel;
  panel.title = "Reconstructions";
  panel.columns = 2;
  panel.rowLabels = {"x", "x̃"};
  panel.images = grid.images;
  panel.images.count = 2;
  panel.images.pixels.resize(2 * 36);
  grid.panels.push_back(panel);
  return grid;
}

Snapshot snap(SampleGrid grid) {
  Snapshot s;
  s.kind = Snapshot::Kind::Samples;
  s.samples = std::move(grid);
  return s;
}

Snapshot snap(std::int64_t step, double loss) {
  Snapshot s;
  s.kind = Snapshot::Kind::Metrics;
  s.metrics.step = step;
  s.metrics.values.assign(findVariant("gan-ns").metrics.size(), std::nullopt);
  s.metrics.values[0] = loss;
  return s;
}

void requireSameGrid(const SampleGrid& a, const SampleGrid& b) {
  REQUIRE(a.step == b.step);
  REQUIRE(a.images.pixels == b.images.pixels);
  REQUIRE(a.panels.size() == b.panels.size());
  for (std::size_t k = 0; k < a.panels.size(); ++k) {
    CHECK(a.panels[k].title == b.panels[k].title);
    CHECK(a.panels[k].rowLabels == b.panels[k].rowLabels);
    CHECK(a.panels[k].images.pixels == b.panels[k].images.pixels);
  }
}

struct Library {
  fs::path root;
  explicit Library(const std::string& name) : root(test::tempDir(name)) {
    setenv("GAN_STUDIO_RUNS", (root / "runs").c_str(), 1);
    setenv("XDG_DATA_HOME", root.c_str(), 1);
  }
  ~Library() {
    unsetenv("GAN_STUDIO_RUNS");
    unsetenv("XDG_DATA_HOME");
  }
};

}  // namespace

TEST_CASE("A run folder round-trips: same rows, same grids at the same steps", "[runs]") {
  const auto folder = test::tempDir("run-roundtrip").string();
  std::vector<SampleGrid> grids;
  {
    RunRecorder recorder(folder, ganConfig(), 0);
    for (int step = 1; step <= 200; ++step) {
      recorder.take(snap(step, step * 0.5));
      if (step % 10 == 0) {
        grids.push_back(gridAt(step));
        recorder.take(snap(grids.back()));
      }
    }
  }
  const auto rows = readMetricsCsv(folder + "/" + kMetricsLogName, ganConfig());
  REQUIRE(rows.size() == 200);
  CHECK(rows[122].step == 123);
  CHECK(*rows[122].values[0] == Approx(61.5));
  GridLog log(folder + "/" + kGridLogName);
  REQUIRE(log.samples().size() == grids.size());
  for (std::size_t k = 0; k < grids.size(); ++k) requireSameGrid(log.readSamples(log.samples()[k]), grids[k]);
  const auto* at = log.atOrBefore(GridKind::Samples, 47);
  REQUIRE(at);
  CHECK(at->step == 40);
}

TEST_CASE("A run being written reads at the same time without torn rows or grids", "[runs]") {
  const auto folder = test::tempDir("run-live-read").string();
  constexpr int kSteps = 3000;
  std::atomic<bool> done{false};
  std::atomic<int> reads{0};
  std::thread writer([&] {
    RunLogWriter log(folder, ganConfig(), 0);
    for (int step = 1; step <= kSteps; ++step) {
      log.append(snap(step, step));
      if (step % 25 == 0) log.append(snap(gridAt(step)));
      // Every 300 steps the writer lets the reader in at least once, so reads land mid-run.
      while (step % 300 == 0 && reads.load() < step / 300) std::this_thread::yield();
    }
    done = true;
  });
  std::size_t lastRows = 0;
  bool finished = false;
  // A failed REQUIRE must not leave the writer unjoined (std::terminate).
  struct Join {
    std::thread& thread;
    ~Join() { thread.join(); }
  } join{writer};
  while (!finished) {
    finished = done.load();  // one last read after the writer is done
    if (!fs::exists(folder + "/" + kGridLogName)) continue;
    const auto rows = readMetricsCsv(folder + "/" + kMetricsLogName, ganConfig());
    REQUIRE(rows.size() >= lastRows);
    for (std::size_t i = 0; i < rows.size(); ++i) REQUIRE(*rows[i].values[0] == double(i + 1));
    lastRows = rows.size();
    GridLog log(folder + "/" + kGridLogName);
    if (!log.samples().empty()) {
      const auto last = log.samples().back();
      requireSameGrid(log.readSamples(last), gridAt(last.step));
    }
    ++reads;
  }
  CHECK(lastRows == kSteps);
  CHECK(reads.load() > kSteps / 300);
}

TEST_CASE("A resumed run drops what was logged after its checkpoint and skips what it sends again", "[runs]") {
  const auto folder = test::tempDir("run-resume").string();
  {
    RunLogWriter log(folder, ganConfig(), 0);
    for (int step = 1; step <= 150; ++step) log.append(snap(step, 1.0));
    for (int step : {50, 100, 150}) log.append(snap(gridAt(step)));
  }
  std::ofstream(folder + "/" + kGridLogName, std::ios::app) << "GSR1 torn";
  {
    RunLogWriter log(folder, ganConfig(), 100);                           // the checkpoint was at step 100
    for (int step = 1; step <= 100; ++step) log.append(snap(step, 2.0));  // history sent again
    log.append(snap(gridAt(100)));
    for (int step = 101; step <= 120; ++step) log.append(snap(step, 3.0));
    log.append(snap(gridAt(120)));
  }
  const auto rows = readMetricsCsv(folder + "/" + kMetricsLogName, ganConfig());
  REQUIRE(rows.size() == 120);
  CHECK(*rows[99].values[0] == 1.0);   // kept, not duplicated
  CHECK(*rows[100].values[0] == 3.0);  // the resumed run's own
  GridLog log(folder + "/" + kGridLogName);
  std::vector<std::int64_t> steps;
  for (const auto& entry : log.samples()) steps.push_back(entry.step);
  CHECK(steps == std::vector<std::int64_t>{50, 100, 120});
}

TEST_CASE("A damaged grid record is refused with the file named", "[runs]") {
  const auto folder = test::tempDir("run-damaged").string();
  { RunLogWriter(folder, ganConfig(), 0).append(snap(gridAt(10))); }
  const auto path = folder + "/" + kGridLogName;
  {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(40);
    file.put('\x55');
  }
  GridLog log(path);
  REQUIRE(log.samples().size() == 1);
  CHECK_THROWS_WITH(log.readSamples(log.samples()[0]), Catch::Contains(path) && Catch::Contains("damaged"));
}

TEST_CASE("The library names runs by date and variant, lists them, and trashes and restores them", "[runs]") {
  Library library("run-library");
  const auto first = createRunFolder("wgan");
  const auto second = createRunFolder("wgan");
  CHECK(fs::path(first).filename().string().find("-wgan-1") != std::string::npos);
  CHECK(fs::path(second).filename().string().find("-wgan-2") != std::string::npos);
  {
    RunLogWriter log(first, ganConfig(), 0);
    for (int step = 1; step <= 30; ++step) log.append(snap(step, step / 10.0));
  }
  writeRunNotes(first, "lr 2e-4, looks fine");
  auto runs = listRuns();
  REQUIRE(runs.size() == 1);  // the second folder holds no run yet
  CHECK(runs[0].steps == 30);
  CHECK(runs[0].notes == "lr 2e-4, looks fine");
  REQUIRE(!runs[0].lastMetrics.empty());
  CHECK(runs[0].lastMetrics[0].second == Approx(3.0));

  const auto renamed = renameRun(first, "baseline");
  CHECK(findRun("baseline") == renamed);
  CHECK_THROWS_WITH(renameRun(renamed, "a/b"), Catch::Contains("no '/'"));
  const auto trashed = trashRun(renamed);
  CHECK(listRuns().empty());
  CHECK(fs::exists(fs::path(trashed).parent_path().parent_path() / "info" / "baseline.trashinfo"));
  CHECK(restoreRun(trashed) == renamed);
  REQUIRE(listRuns().size() == 1);
  CHECK(readMetricsCsv(renamed + "/metrics.csv", ganConfig()).size() == 30);
}

TEST_CASE("Config differences name exactly the settings that differ", "[runs]") {
  auto a = ganConfig(), b = ganConfig(), c = ganConfig();
  b.hyperparameters["learning_rate_g"] = 1e-4;
  c.seed = 9;
  const auto differences = configDifferences({a, b, c});
  REQUIRE(differences.size() == 2);
  CHECK(differences[0].first == "learning_rate_g");
  CHECK(differences[0].second == std::vector<std::string>{"0.0002", "0.0001", "0.0002"});
  CHECK(differences[1].first == "seed");
}

TEST_CASE("GIF frames decode with giflib to the stored grids, the step printed below", "[runs]") {
  const auto folder = test::tempDir("run-gif").string();
  {
    RunLogWriter log(folder, ganConfig(), 0);
    for (int step : {10, 20, 30, 40}) log.append(snap(gridAt(step, 16)));
  }
  AnimationOptions options;
  options.from = 20;
  options.fps = 5;
  const auto gif = folder + "/samples.gif";
  REQUIRE(exportGif(folder, gif, options) == 3);
  int error = 0;
  GifFileType* file = DGifOpenFileName(gif.c_str(), &error);
  REQUIRE(file);
  REQUIRE(DGifSlurp(file) == GIF_OK);
  REQUIRE(file->ImageCount == 3);
  GridLog log(folder + "/" + kGridLogName);
  for (int k = 0; k < 3; ++k) {
    const auto stored = log.readSamples(log.samples()[std::size_t(k) + 1]);
    const auto expected = withCaption(tileImages(stored.images, 8), "step " + std::to_string(stored.step));
    const auto& image = file->SavedImages[k];
    REQUIRE(image.ImageDesc.Width == expected.width);
    REQUIRE(image.ImageDesc.Height == expected.height);
    const auto* map = image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : file->SColorMap;
    std::vector<std::uint8_t> gray;
    for (int i = 0; i < expected.width * expected.height; ++i) gray.push_back(map->Colors[image.RasterBits[i]].Red);
    CHECK(gray == expected.pixels);
    GraphicsControlBlock control{};
    DGifSavedExtensionToGCB(file, k, &control);
    CHECK(control.DelayTime == 20);
  }
  DGifCloseFile(file, &error);
  options.from = 50;
  CHECK_THROWS_WITH(exportGif(folder, gif, options), Catch::Contains("no sample grid"));
}
