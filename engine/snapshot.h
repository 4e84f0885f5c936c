#pragma once
// Values that leave the trainer thread. Nothing here points into the trainer's state.
#include <cstdint>
#include <string>
#include <vector>

#include "image_grid.h"

namespace gan {

struct MetricsRow {
  std::int64_t step = 0;     // steps completed, counting this one
  std::int64_t epoch = 0;    // passes over the training set started
  double stepsPerSecond = 0; // recent rate, for the status bar
  std::vector<double> values;  // in the order of the variant's VariantInfo::metrics
};

struct SampleGrid {
  std::int64_t step = 0;
  ImageBatch images;  // generated from the run's fixed z
};

enum class TrainerState { Loading, Ready, Running, Paused, Failed, Stopped };
const char* stateName(TrainerState state);

struct TrainerEvent {
  enum class Kind {
    StateChanged,      // `state` holds the new state
    Reset,             // the run restarted (new config or Reset command); `message` = variant
    CheckpointSaved,   // `message` = path
    CheckpointLoaded,  // `message` = path
    HyperparameterChanged,  // `message` = "key=value"
    Diverged,          // a loss became NaN/inf; training paused, the model is as of the step before
    Error              // a command failed (bad file, bad value); nothing was changed
  };
  Kind kind = Kind::StateChanged;
  TrainerState state = TrainerState::Ready;
  std::int64_t step = 0;
  std::string message;
};

struct Snapshot {
  enum class Kind { Metrics, Samples, Event };
  Kind kind = Kind::Event;
  MetricsRow metrics;
  SampleGrid samples;
  TrainerEvent event;
};

}  // namespace gan
