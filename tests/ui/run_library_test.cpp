// The run library in the window: a run recorded as it trains, the time scrubber showing what was
// recorded at a step, the Runs panel's trash with undo, and the overlay of several runs.
#include <catch2/catch.hpp>

#include <qcustomplot.h>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTableWidget>
#include <filesystem>
#include <fstream>

#include "engine/core/dataset_catalog.h"
#include "engine/core/grid_log.h"
#include "engine/core/png_file.h"
#include "engine/core/run_library.h"
#include "engine/core/run_log.h"
#include "tests/ui/ui_test_support.h"
#include "ui/picture_folder_dialog.h"
#include "ui/quality_panel.h"
#include "ui/runs_panel.h"
#include "ui/tools/run_overlay.h"
#include "ui/widgets/sample_grid_widget.h"
#include "ui/widgets/time_scrubber.h"

using namespace gan;
using gan::ui::MainWindow;
using gan::ui::TrainingController;

namespace {

// A finished run in `library` with `steps` rows and a config that differs by `change`.
std::string makeRun(const std::string& library, const std::string& name, std::uint64_t seed, double learningRate) {
  TrainConfig config;
  config.variant = "gan-ns";
  config.seed = seed;
  config.hyperparameters["learning_rate_g"] = learningRate;
  config = withDefaults(config);
  const auto folder = library + "/" + name;
  RunLogWriter log(folder, config, 0);
  for (int step = 1; step <= 40; ++step) {
    Snapshot row;
    row.kind = Snapshot::Kind::Metrics;
    row.metrics.step = step;
    row.metrics.values.assign(findVariant("gan-ns").metrics.size(), std::nullopt);
    row.metrics.values[0] = 1.0 / step + double(seed);
    log.append(row);
  }
  return folder;
}

void refreshAndWait(ui::RunsPanel& panel) {
  QSignalSpy refreshed(&panel, &ui::RunsPanel::refreshed);
  panel.refresh();
  REQUIRE(refreshed.wait(60000));  // a guard; reading a few folders takes milliseconds
}

}  // namespace

TEST_CASE("A window's run is recorded as it trains, and scrubbing to step k shows the grid recorded at k",
          "[gui][runs]") {
  const auto library = test::tempDir("gui-run-library");
  MainWindow window(test::windowConfig());
  window.setConfirmationsEnabled(false);
  window.controller().enableRecording(QString::fromStdString(library.string()));
  REQUIRE(test::waitForState(window, TrainerState::Ready));
  REQUIRE(test::stepTo(window, 12));
  const QString folder = window.controller().runFolder();
  REQUIRE(!folder.isEmpty());
  CHECK(QDir(folder).dirName().contains("-gan-ns-1"));
  window.controller().flushRecording();

  auto& scrubber = window.scrubber();
  scrubber.refresh();
  CHECK(scrubber.frameCount() == 7);  // steps 0, 2, …, 12
  CHECK(scrubber.isLive());
  scrubber.scrubTo(7);  // the last grid at or before step 7
  CHECK_FALSE(scrubber.isLive());
  CHECK(scrubber.currentStep() == 6);
  CHECK(window.sampleGrid().step() == 6);
  GridLog log((folder + "/" + kGridLogName).toStdString());
  const auto recorded = log.readSamples(*log.atOrBefore(GridKind::Samples, 6));
  CHECK(window.sampleGrid().gridImage() ==
        ui::toQImage(tileImages(recorded.images, ui::SampleGridWidget::kColumns, ui::SampleGridWidget::kPadding)));
  for (auto* plot : window.plots()) CHECK(plot->stepCursor() == 6);
  // While scrubbed, new steps do not replace the grid; "Live" brings the newest back.
  REQUIRE(test::stepTo(window, 14));
  CHECK(window.sampleGrid().step() == 6);
  scrubber.setLive(true);
  CHECK(window.sampleGrid().step() == 14);
  for (auto* plot : window.plots()) CHECK(plot->stepCursor() == -1);

  const auto rows = listRuns(library.string());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].steps >= 12);

  // Its samples' evolution as a GIF (written off the UI thread), its plots as SVG and PNG.
  window.controller().flushRecording();
  QSignalSpy exported(&window, &MainWindow::samplesGifExported);
  const auto gif = (library / "run.gif").string();
  window.exportSamplesGif(QString::fromStdString(gif));
  REQUIRE(exported.wait(60000));
  CHECK(exported.first().at(1).toBool());
  CHECK(std::filesystem::file_size(gif) > 1000);
  window.exportPlots(QString::fromStdString((library / "plots.svg").string()));
  window.exportPlots(QString::fromStdString((library / "plots.png").string()));
  QFile svg(QString::fromStdString((library / "plots.svg").string()));
  REQUIRE(svg.open(QIODevice::ReadOnly));
  CHECK(svg.readAll().contains("<svg"));
  const QImage png(QString::fromStdString((library / "plots.png").string()));
  int height = 0;
  for (auto* plot : window.plots()) height += plot->height();
  CHECK(png.height() == height);
}

TEST_CASE("The Runs panel renames, moves a run to the trash, and Undo brings it back whole", "[gui][runs]") {
  const auto home = test::tempDir("gui-runs-panel");
  setenv("XDG_DATA_HOME", home.c_str(), 1);
  const auto library = (home / "runs").string();
  makeRun(library, "first", 1, 2e-4);
  ui::RunsPanel panel(QString::fromStdString(library));
  panel.setConfirmationsEnabled(false);
  refreshAndWait(panel);
  REQUIRE(panel.table()->rowCount() == 1);
  CHECK(panel.table()->item(0, 3)->text() == "40");
  panel.table()->selectRow(0);
  CHECK(panel.renameSelected("baseline"));
  refreshAndWait(panel);
  CHECK(panel.table()->item(0, 0)->text() == "baseline");

  panel.table()->selectRow(0);
  CHECK(panel.deleteSelected());
  CHECK_FALSE(std::filesystem::exists(library + "/baseline"));
  refreshAndWait(panel);
  CHECK(panel.table()->rowCount() == 0);
  CHECK(panel.undoDelete());
  refreshAndWait(panel);
  REQUIRE(panel.table()->rowCount() == 1);
  CHECK(summarizeRun(library + "/baseline").steps == 40);
  unsetenv("XDG_DATA_HOME");
}

TEST_CASE("Overlaying three runs draws a curve each and shows only the settings that differ", "[gui][runs]") {
  const auto library = test::tempDir("gui-overlay").string();
  const QStringList folders = {QString::fromStdString(makeRun(library, "a", 1, 2e-4)),
                               QString::fromStdString(makeRun(library, "b", 2, 2e-4)),
                               QString::fromStdString(makeRun(library, "c", 1, 1e-4))};
  ui::RunOverlay overlay(folders);
  QSignalSpy loaded(&overlay, &ui::RunOverlay::loaded);
  REQUIRE(loaded.wait(60000));
  CHECK(overlay.plot()->graphCount() == 3);
  CHECK(overlay.plot()->graph(0)->dataCount() == 40);
  REQUIRE(overlay.differences()->rowCount() == 2);
  CHECK(overlay.differences()->verticalHeaderItem(0)->text() == "learning_rate_g");
  CHECK(overlay.differences()->item(0, 2)->text() == "0.0001");
  CHECK(overlay.differences()->verticalHeaderItem(1)->text() == "seed");
}

TEST_CASE(
    "Sample quality of the live run is measured off the UI thread, plotted against the real baseline, and "
    "cancels",
    "[gui][quality]") {
  MainWindow window(test::windowConfig());
  window.setConfirmationsEnabled(false);
  REQUIRE(test::waitForState(window, TrainerState::Ready));
  REQUIRE(test::stepTo(window, 4));
  auto& panel = window.qualityPanel();
  QSignalSpy evaluated(&panel, &ui::QualityPanel::evaluated);
  window.evaluateSampleQuality();
  REQUIRE(evaluated.wait(300000));  // a guard against a hung engine
  REQUIRE(evaluated.first().first().toBool());
  REQUIRE(panel.lastReport());
  CHECK(panel.lastReport()->count == ui::QualityPanel::kSamples);
  CHECK(panel.lastReport()->fid > 50);  // four steps of training are far from digits
  CHECK(panel.plot()->graph(0)->dataCount() == 1);
  panel.evaluateNow();
  panel.cancel();
  REQUIRE(evaluated.wait(300000));
  CHECK_FALSE(evaluated.last().first().toBool());
  CHECK(panel.plot()->graph(0)->dataCount() == 1);
}

TEST_CASE("A folder of pictures is previewed as the networks see it, and a run trains on it", "[gui][quality]") {
  const auto folder = test::tempDir("gui-pictures");
  for (int k = 0; k < 3; ++k) {
    GrayImage picture{40, 30, std::vector<std::uint8_t>(40 * 30, std::uint8_t(80 * k))};
    writePng((folder / ("p" + std::to_string(k) + ".png")).string(), picture);
  }
  std::ofstream(folder / "readme.txt") << "not a picture";
  ui::PictureFolderDialog dialog(QString::fromStdString(folder.string()));
  QSignalSpy read(&dialog, &ui::PictureFolderDialog::read);
  REQUIRE(read.wait(60000));
  CHECK(read.first().first().toBool());
  CHECK(dialog.preview().gridImage().isNull() == false);

  MainWindow window(test::windowConfig());
  window.setConfirmationsEnabled(false);
  REQUIRE(test::waitForState(window, TrainerState::Ready));
  window.choosePictureFolder(QString::fromStdString(folder.string()));
  REQUIRE(test::waitUntil(window.controller(), &TrainingController::stateChanged, [&] {
    return window.controller().config().dataset == kFolderPrefix + folder.string() &&
           window.controller().state() == TrainerState::Ready;
  }));
  REQUIRE(test::stepTo(window, 2));
  CHECK(test::totalPoints(window) > 0);
}
