#pragma once
// What the trainer's thread and the callers' threads share (trainer.cpp's WorkerThread state):
// the commands waiting to be applied between two steps, and what the trainer reports back.
#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"

namespace gan {

// Commands collected between two steps. Values overwrite each other (latest wins); saves queue
// because every save the user asked for must happen.
struct TrainerMailbox {
  bool running = false;
  std::int64_t stepsRequested = 0;
  StepPart nextPart = StepPart::Full;  // applies to the next requested step only
  std::chrono::milliseconds stepDelay{0};
  std::optional<TrainConfig> resetTo;
  std::optional<std::string> loadFrom;
  std::map<std::string, double> hyperparameters;
  std::vector<std::string> saves;
  bool modelWanted = false;

  bool hasOneShotWork() const {
    return resetTo || loadFrom || !hyperparameters.empty() || !saves.empty() || modelWanted;
  }
  bool wantsStep() const { return running || stepsRequested > 0; }
  void stopStepping() {
    running = false;
    stepsRequested = 0;
  }
  // Moves the one-shot commands out, leaving the standing ones (running, delay) in place.
  TrainerMailbox takeOneShot() {
    TrainerMailbox work;
    work.resetTo = std::exchange(resetTo, std::nullopt);
    work.loadFrom = std::exchange(loadFrom, std::nullopt);
    work.hyperparameters.swap(hyperparameters);
    work.saves.swap(saves);
    work.modelWanted = std::exchange(modelWanted, false);
    if (work.resetTo) stopStepping();  // a reset cancels steps asked for the old run
    return work;
  }
};

// What the trainer's thread shares with the others, always under the worker's lock: the
// commands in, the snapshots out, and the few values the getters report.
struct TrainerShared {
  TrainerMailbox mailbox;
  std::deque<Snapshot> outbox;
  TrainerState state = TrainerState::Loading;
  std::int64_t steps = 0;
  TrainConfig config;
};

}  // namespace gan
