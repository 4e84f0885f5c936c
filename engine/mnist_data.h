#pragma once
#include <torch/torch.h>

#include <memory>
#include <string>

namespace gan {

struct MnistData {
  torch::Tensor images;  // [N, 1, 28, 28] float in [-1, 1]
  torch::Tensor labels;  // [N] int64
};

enum class MnistSplit { Train, Test };

// Throws IdxError naming the file for a missing, truncated or corrupt file, or when images and
// labels disagree in count.
std::shared_ptr<const MnistData> loadMnist(const std::string& dir, MnistSplit split = MnistSplit::Train);

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
