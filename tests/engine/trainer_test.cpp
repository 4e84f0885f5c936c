#include <catch2/catch.hpp>

#include <cmath>
#include <thread>

#include "engine/training/trainer.h"
#include "tests/engine/test_support.h"

using namespace gan;

namespace {
// Collects snapshots until `done` says so; fails the test if the engine goes silent.
struct Collector {
  Trainer& trainer;
  std::vector<MetricsRow> rows;
  std::vector<TrainerEvent> events;
  std::vector<SampleGrid> grids;

  template <typename Done>
  void until(Done done) {
    while (!done()) {
      auto snapshot = trainer.waitNext(test::kHangGuard);
      REQUIRE(snapshot);
      switch (snapshot->kind) {
        case Snapshot::Kind::Metrics: rows.push_back(snapshot->metrics); break;
        case Snapshot::Kind::Samples: grids.push_back(snapshot->samples); break;
        case Snapshot::Kind::Event:
          REQUIRE(snapshot->event.kind != TrainerEvent::Kind::Error);
          events.push_back(snapshot->event);
          break;
        case Snapshot::Kind::Toy:  // toy views and model copies are not what these tests watch
        case Snapshot::Kind::Model: break;
      }
    }
  }
  bool lastStateIs(TrainerState state) const {
    for (auto it = events.rbegin(); it != events.rend(); ++it)
      if (it->kind == TrainerEvent::Kind::StateChanged) return it->state == state;
    return false;
  }
  // Waits for a state change to `state` that arrives after this call.
  void untilState(TrainerState state) {
    const auto seen = events.size();
    until([&] {
      return events.size() > seen && events.back().kind == TrainerEvent::Kind::StateChanged &&
             events.back().state == state;
    });
  }
};
}  // namespace

TEST_CASE("Trainer obeys step and start and pause and reset from another thread in order", "[trainer]") {
  Trainer trainer(test::smallConfig());
  Collector collect{trainer};
  collect.untilState(TrainerState::Ready);

  trainer.step(3);
  collect.untilState(TrainerState::Paused);
  REQUIRE(collect.rows.size() == 3);
  CHECK(trainer.stepsDone() == 3);

  trainer.start();
  collect.until([&] { return collect.rows.size() >= 6; });
  trainer.pause();
  collect.untilState(TrainerState::Paused);
  const auto pausedAt = trainer.stepsDone();
  CHECK(pausedAt == static_cast<std::int64_t>(collect.rows.size()));

  trainer.step(2);
  collect.untilState(TrainerState::Paused);
  CHECK(trainer.stepsDone() == pausedAt + 2);

  // The stream is ordered: step numbers count up by one with no gaps.
  for (std::size_t i = 0; i < collect.rows.size(); ++i) CHECK(collect.rows[i].step == static_cast<std::int64_t>(i + 1));
  // A paused run shows the grid of the step it stopped at.
  REQUIRE_FALSE(collect.grids.empty());
  CHECK(collect.grids.back().step == trainer.stepsDone());
  CHECK(collect.grids.back().images.count == 64);

  trainer.reset();
  collect.until([&] { return !collect.events.empty() && collect.events.back().kind == TrainerEvent::Kind::Reset; });
  CHECK(trainer.stepsDone() == 0);
}

TEST_CASE("Stopping or destroying a running trainer returns promptly and never deadlocks", "[trainer]") {
  {
    Trainer trainer(test::smallConfig());
    trainer.start();
    Collector collect{trainer};
    collect.until([&] { return collect.rows.size() >= 2; });
    // Destroyed here, mid-run.
  }
  {
    Trainer trainer(test::smallConfig());
    trainer.start();
    trainer.stop();
    trainer.stop();   // twice is harmless
    trainer.start();  // ignored after stop
  }
  {
    // Commands hammered from several threads at once.
    Trainer trainer(test::smallConfig());
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
      threads.emplace_back([&trainer, t] {
        for (int i = 0; i < 50; ++i) {
          if ((i + t) % 3 == 0)
            trainer.start();
          else if ((i + t) % 3 == 1)
            trainer.pause();
          else
            trainer.step(1);
          trainer.setHyperparameter("learning_rate_g", 1e-4);
        }
      });
    for (auto& thread : threads) thread.join();
  }
  SUCCEED("all trainers were destroyed");
}

TEST_CASE("Same seed and config give the same losses but another seed does not", "[trainer]") {
  auto runSteps = [](std::uint64_t seed) {
    Trainer trainer(test::smallConfig("gan-ns", seed));
    trainer.step(4);
    Collector collect{trainer};
    collect.untilState(TrainerState::Paused);
    return collect.rows;
  };
  const auto first = runSteps(11);
  const auto second = runSteps(11);
  const auto other = runSteps(12);
  REQUIRE(first.size() == 4);
  REQUIRE(second.size() == 4);
  for (std::size_t i = 0; i < first.size(); ++i) CHECK(test::sameValues(first[i].values, second[i].values));
  CHECK_FALSE(test::sameValues(first.back().values, other.back().values));
}

TEST_CASE("Live hyperparameter changes are checked and applied between steps", "[trainer]") {
  Trainer trainer(test::smallConfig());
  CHECK(trainer.setHyperparameter("learning_rate_d", 5.0).value_or("") ==
        "learning_rate_d: expected a number from 0 to 1, got 5");
  CHECK(trainer.setHyperparameter("beta1", 0.9).value_or("").find("cannot change during a run") != std::string::npos);
  CHECK(trainer.setHyperparameter("no_such_key", 1).has_value());
  CHECK_FALSE(trainer.setHyperparameter("batch_size", 8));
  CHECK_FALSE(trainer.setHyperparameter("batch_size", 32));  // latest wins
  trainer.step(1);
  Collector collect{trainer};
  collect.untilState(TrainerState::Paused);
  CHECK(trainer.config().value("batch_size") == 32);
}

TEST_CASE("A missing data folder fails the run with a message naming the file", "[trainer]") {
  auto config = test::smallConfig();
  config.dataDir = "/nonexistent/mnist";
  Trainer trainer(config);
  std::string message;
  for (;;) {
    auto snapshot = trainer.waitNext(test::kHangGuard);
    REQUIRE(snapshot);
    if (snapshot->kind == Snapshot::Kind::Event && snapshot->event.kind == TrainerEvent::Kind::Error) {
      message = snapshot->event.message;
      break;
    }
  }
  CHECK_THAT(message, Catch::Contains("train-images-idx3-ubyte"));
  // Recoverable: a reset with the right folder brings the run back.
  trainer.reset(test::smallConfig());
  Collector collect{trainer};
  collect.until([&] { return !collect.events.empty() && collect.events.back().kind == TrainerEvent::Kind::Reset; });
}

TEST_CASE("A D-only step changes only the critic and a G-only step only the generator", "[trainer]") {
  auto config = test::smallConfig();
  config.dataset = "ring";
  Trainer trainer(config);
  Collector collect{trainer};
  collect.untilState(TrainerState::Ready);
  // The fixed-z cloud moves only when G is updated.
  auto fakeAfter = [&](auto command) {
    const auto seen = collect.grids.size();
    command();
    collect.until([&] { return collect.grids.size() > seen && collect.lastStateIs(TrainerState::Paused); });
    return collect.grids.back().images.pixels;
  };
  const auto start = fakeAfter([&] { trainer.step(1); });
  const auto afterCritic = fakeAfter([&] { trainer.stepPart(StepPart::CriticOnly); });
  CHECK(afterCritic == start);
  const auto afterGenerator = fakeAfter([&] { trainer.stepPart(StepPart::GeneratorOnly); });
  CHECK(afterGenerator != afterCritic);
  CHECK(trainer.stepsDone() == 3);
  REQUIRE(collect.rows.size() == 3);
  for (const auto& row : collect.rows) CHECK(test::finite(row.values[kLossD]));
}

TEST_CASE("Slow motion never holds back a command", "[trainer]") {
  auto config = test::smallConfig();
  config.dataset = "ring";
  Trainer trainer(config);
  trainer.setStepDelay(std::chrono::hours(1));  // far longer than the test's hang guard
  trainer.start();
  Collector collect{trainer};
  collect.until([&] { return !collect.rows.empty(); });
  trainer.pause();  // must end the hour-long wait at once
  collect.untilState(TrainerState::Paused);
  CHECK(collect.rows.size() == 1);
}
