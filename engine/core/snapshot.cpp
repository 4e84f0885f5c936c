#include "engine/core/snapshot.h"

namespace gan {

std::string LatentLayout::codeLabel(int code) const {
  if (code >= 0 && std::size_t(code) < codeNames.size() && !codeNames[std::size_t(code)].empty())
    return codeNames[std::size_t(code)];
  return "c" + std::to_string(code + 1);
}

float LatentLayout::codeSign(int code) const {
  return code >= 0 && std::size_t(code) < codeSigns.size() && codeSigns[std::size_t(code)] < 0 ? -1.0f : 1.0f;
}

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
