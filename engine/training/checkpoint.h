#pragma once
// Torch-free access to checkpoint files (written by TrainingSession::save, through the trainer).
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/image_batch.h"
#include "engine/core/model_copy.h"
#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"
#include "engine/math/assignment.h"

namespace gan {

struct CheckpointInfo {
  std::string variant;
  std::int64_t step = 0;
  TrainConfig config;
  // A generator-only file (exportGenerator): no critic, optimisers, noise state or data cursor.
  // Training from it starts the other networks afresh.
  bool generatorOnly = false;
  // InfoGAN: category → digit as measured when the file was made, and that accuracy (empty / 0
  // when not stored), so a model needs neither Q nor MNIST to label its categories.
  std::vector<int> categoryToDigit;
  double categoryAccuracy = 0;
};

// Both throw std::runtime_error naming the file when it is missing, not a GAN Studio checkpoint
// or damaged.
CheckpointInfo readCheckpointInfo(const std::string& path);
// The networks of a checkpoint file, as a snapshot the latent explorer can take.
ModelCopy checkpointModel(const std::string& path);
// `count` images from the checkpoint's generator with latent codes drawn from `seed`.
ImageBatch sampleCheckpoint(const std::string& path, int count, std::uint64_t seed);
// The same, with codes fixed by text such as "cat=3,c1=-1.5,c2=0.5" (parts not named stay as
// drawn). Throws std::invalid_argument for codes the generator does not have.
ImageBatch sampleCheckpoint(const std::string& path, int count, std::uint64_t seed, const std::string& codes);
// InfoGAN: Q's category for each MNIST test image (from `mnistDir`, default the run's own data
// folder) matched one-to-one to the digits, and the codes' measured names. Throws
// std::invalid_argument for other variants.
struct CategoryEvaluation {
  CategoryMatch match;
  LatentLayout layout;
};
CategoryEvaluation evaluateCategories(const std::string& path, const std::string& mnistDir = {});
// Writes the checkpoint's generator alone to `out` (atomically), with its step and config and, for
// InfoGAN, the category → digit match on the MNIST test set: a small model file to ship and explore
// (`sample`, `infogan-eval` and the explorer read it like any checkpoint). Returns what it wrote.
CheckpointInfo exportGenerator(const std::string& checkpoint, const std::string& out, const std::string& mnistDir = {});

}  // namespace gan
