#pragma once
// What the GUI tests share: waiting on the controller's signals (never on time) and a window
// config that starts from the defaults.
#include <QSettings>
#include <QSignalSpy>

#include "tests/engine/test_support.h"
#include "ui/main_window.h"
#include "ui/training_controller.h"
#include "ui/widgets/metrics_plot.h"

namespace gan::test {

// Waits until `done` holds, waking on `signal`. The spy's timeout only guards against a hung engine.
template <typename Signal, typename Done>
bool waitUntil(ui::TrainingController& controller, Signal signal, Done done) {
  QSignalSpy spy(&controller, signal);
  while (!done())
    if (!spy.wait(300000)) return false;
  return true;
}

// Steps the window's run to `step` and waits until it has paused there (a failed wait fails the test).
inline bool stepTo(ui::MainWindow& window, std::int64_t step) {
  auto& controller = window.controller();
  controller.step(int(step - controller.stepsDone()));
  return waitUntil(controller, &ui::TrainingController::stateChanged,
                   [&] { return controller.stepsDone() == step && controller.state() == TrainerState::Paused; });
}

inline TrainConfig windowConfig() {
  QSettings().clear();  // each test starts from the defaults, whatever the last one saved
  auto config = smallConfig("gan-ns");
  config.sampleEverySteps = 2;
  return config;
}

inline int totalPoints(const ui::MainWindow& window) {
  int points = 0;
  for (auto* plot : window.plots()) points += plot->pointCount();
  return points;
}

inline bool waitForState(ui::MainWindow& window, TrainerState state) {
  return waitUntil(window.controller(), &ui::TrainingController::stateChanged,
                   [&] { return window.controller().state() == state; });
}

}  // namespace gan::test
