#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <filesystem>

#include "engine/core/metrics_csv.h"
#include "engine/training/checkpoint.h"
#include "tests/ui/ui_test_support.h"
#include "ui/autosave.h"

using namespace gan;
using gan::ui::Autosave;
using gan::ui::MainWindow;
using gan::ui::TrainingController;

namespace {
std::int64_t saveNow(Autosave& autosave) {
  QSignalSpy saved(&autosave, &Autosave::saved);
  autosave.saveIfMoved();
  REQUIRE(saved.wait(300000));  // only a guard against a hung engine
  return saved.first().first().toLongLong();
}
}  // namespace

TEST_CASE("The autosave holds one whole step of the run, and recovery brings back its model and curves",
          "[gui][autosave]") {
  const auto dir = test::tempDir("gui-autosave");
  const auto folder = dir / "autosave";
  {
    MainWindow window(test::windowConfig());
    window.setConfirmationsEnabled(false);
    auto* autosave = window.enableAutosave(QString::fromStdString(folder.string()), 3600);  // saved by hand here
    REQUIRE(test::waitForState(window, TrainerState::Ready));
    REQUIRE(test::stepTo(window, 5));
    CHECK(saveNow(*autosave) == 5);
    REQUIRE(test::stepTo(window, 8));
    CHECK(saveNow(*autosave) == 8);
    const auto info = readCheckpointInfo((folder / "checkpoint.pt").string());
    CHECK(info.step == 8);
    const auto rows = readMetricsCsv((folder / "metrics.csv").string(), info.config);
    REQUIRE(rows.size() == 8);
    CHECK(rows.back().step == 8);
    CHECK(std::filesystem::exists(folder / "config.json"));
    // Only the folder itself is left: the staging folder became the old one and was removed.
    CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
    // Closed without closeEvent: to the next session this one crashed.
  }
  CHECK(Autosave::lastSessionCrashed());

  MainWindow window(test::windowConfig());
  window.setConfirmationsEnabled(false);
  REQUIRE(window.recoverAutosave(QString::fromStdString(folder.string()), false));
  REQUIRE(test::waitUntil(window.controller(), &TrainingController::metricsAppended,
                          [&] { return window.controller().history().size() == 8; }));
  CHECK(window.controller().stepsDone() == 8);
  CHECK(test::totalPoints(window) == 5 * 8);  // the curves are back, every row plotted
  CHECK_FALSE(window.recoverAutosave(QString::fromStdString((dir / "none").string()), false));
  CHECK(window.bannerText().contains("No autosaved run"));
}
