#include "engine/core/snapshot.h"

namespace gan {

const char* stateName(TrainerState state) {
  switch (state) {
    case TrainerState::Loading: return "Loading";
    case TrainerState::Ready: return "Ready";
    case TrainerState::Running: return "Running";
    case TrainerState::Paused: return "Paused";
    case TrainerState::Failed: return "Failed";
    case TrainerState::Stopped: return "Stopped";
  }
  return "?";
}

}  // namespace gan
