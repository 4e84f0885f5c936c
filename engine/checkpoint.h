#pragma once
// Torch-free access to checkpoint files (written by TrainingSession::save, through the trainer).
#include <cstdint>
#include <string>

#include "image_grid.h"
#include "train_config.h"

namespace gan {

struct CheckpointInfo {
  std::string variant;
  std::int64_t step = 0;
  TrainConfig config;
};

// Both throw std::runtime_error naming the file when it is missing, not a GAN Studio checkpoint
// or damaged.
CheckpointInfo readCheckpointInfo(const std::string& path);
// `count` images from the checkpoint's generator with latent codes drawn from `seed`.
ImageBatch sampleCheckpoint(const std::string& path, int count, std::uint64_t seed);

}  // namespace gan
