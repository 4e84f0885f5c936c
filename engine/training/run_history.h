#pragma once
// The curves of a run folder come back with its checkpoint: when the checkpoint sits in a folder
// written by `train` or the GUI's autosave (its config.json is this run's config), that
// folder's metrics.csv rows up to the checkpoint's step.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"

namespace gan {

// Empty when the checkpoint is not in such a folder, or its metrics.csv cannot be read (the
// run then starts its curves afresh; nothing else depends on them).
std::vector<MetricsRow> runHistoryBeside(const std::string& checkpointPath, const TrainConfig& config,
                                         std::int64_t step);

}  // namespace gan
