#pragma once
// The snapshots the trainer's thread builds (trainer.cpp): one place for their shape.
#include <sstream>
#include <string>
#include <utility>

#include "engine/core/snapshot.h"

namespace gan {

inline Snapshot eventSnapshot(TrainerEvent::Kind kind, std::int64_t step, std::string message,
                              TrainerState state = TrainerState::Ready) {
  Snapshot snapshot;
  snapshot.kind = Snapshot::Kind::Event;
  snapshot.event = {kind, state, step, std::move(message)};
  return snapshot;
}

inline Snapshot metricsSnapshot(MetricsRow row) {
  Snapshot snapshot;
  snapshot.kind = Snapshot::Kind::Metrics;
  snapshot.metrics = std::move(row);
  return snapshot;
}

// "key=0.0002" in a HyperparameterChanged event: the value as a person would write it.
inline std::string shortNumber(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace gan
