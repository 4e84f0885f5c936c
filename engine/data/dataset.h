#pragma once
#include <torch/torch.h>

#include <memory>
#include <string>

#include "engine/core/train_config.h"

namespace gan {

// What a run trains on: MNIST images or points of a 2D toy distribution.
struct Dataset {
  torch::Tensor samples;  // images [N, 1, 28, 28] in [-1, 1], or points [N, 2]
  torch::Tensor labels;   // [N] int64 (digit, or the toy mode a point was drawn from)
  bool images = true;
};

enum class MnistSplit { Train, Test };

// Throws IdxError naming the file for a missing, truncated or corrupt file, or when images and
// labels disagree in count.
std::shared_ptr<const Dataset> loadMnist(const std::string& dir, MnistSplit split = MnistSplit::Train);

// Points of a 2D toy distribution (see toy_datasets.h), drawn once from `seed`.
constexpr std::int64_t kToyPoints = 25600;
std::shared_ptr<const Dataset> makeToy(const std::string& name, std::uint64_t seed, std::int64_t count = kToyPoints);
// The user's drawing as a distribution: its points, each blurred by a little Gaussian noise.
std::shared_ptr<const Dataset> makeDrawn(const std::vector<float>& points, std::uint64_t seed,
                                         std::int64_t count = kToyPoints);
torch::Tensor ringModes();  // [8, 2]
inline std::shared_ptr<const Dataset> makeRing(std::uint64_t seed) { return makeToy("ring", seed); }

// The run's dataset by config.dataset (MNIST is read from config.dataDir, Fashion-MNIST from
// fashionMnistDir()).
std::shared_ptr<const Dataset> loadDataset(const TrainConfig& config);
// An image run's train or test images (MNIST or Fashion-MNIST, by config.dataset).
std::shared_ptr<const Dataset> loadImages(const TrainConfig& config, MnistSplit split);

// Shuffled, drop-last batches; the order of each epoch depends only on (seed, epoch), so a run
// resumed from a checkpoint sees the same batches as one that never stopped.
class BatchCursor {
 public:
  BatchCursor(std::uint64_t seed, std::int64_t datasetSize);
  torch::Tensor nextIndices(std::int64_t batchSize);
  std::int64_t epoch() const { return m_epoch; }
  std::int64_t position() const { return m_position; }
  void restore(std::int64_t epoch, std::int64_t position);

 private:
  void shuffle();
  std::uint64_t m_seed;
  std::int64_t m_size;
  std::int64_t m_epoch = 0;
  std::int64_t m_position = 0;
  torch::Tensor m_order;
};

}  // namespace gan
