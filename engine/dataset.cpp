#include "dataset.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

#include "idx_file.h"

namespace gan {

std::shared_ptr<const Dataset> loadMnist(const std::string& dir, MnistSplit split) {
  const std::string prefix = dir + (split == MnistSplit::Train ? "/train" : "/t10k");
  const auto images = readIdx(prefix + "-images-idx3-ubyte", 3, {28, 28});
  const auto labels = readIdx(prefix + "-labels-idx1-ubyte", 1);
  if (images.dims[0] != labels.dims[0])
    throw IdxError(prefix + "-labels-idx1-ubyte: " + std::to_string(labels.dims[0]) + " labels for " +
                   std::to_string(images.dims[0]) + " images");
  const auto count = static_cast<std::int64_t>(images.dims[0]);
  auto data = std::make_shared<Dataset>();
  auto bytes = torch::from_blob(const_cast<std::uint8_t*>(images.data.data()), {count, 1, 28, 28}, torch::kUInt8);
  data->samples = bytes.to(torch::kFloat32).div_(127.5).sub_(1.0);
  data->images = true;
  data->labels = torch::from_blob(const_cast<std::uint8_t*>(labels.data.data()), {count}, torch::kUInt8)
                     .to(torch::kInt64);
  return data;
}

const char* const kToyDatasets[] = {"ring", nullptr};

torch::Tensor ringModes() {
  const auto angles = torch::arange(8, torch::kFloat64) * (2 * M_PI / 8);
  return torch::stack({torch::cos(angles), torch::sin(angles)}, 1).mul(kRingRadius).to(torch::kFloat32);
}

std::shared_ptr<const Dataset> makeRing(std::uint64_t seed, std::int64_t count) {
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed ^ 0x7a11ULL);
  auto data = std::make_shared<Dataset>();
  data->images = false;
  data->labels = torch::randint(8, {count}, generator, torch::kInt64);
  data->samples = ringModes().index_select(0, data->labels) + torch::randn({count, 2}, generator) * kRingStd;
  return data;
}

std::shared_ptr<const Dataset> loadDataset(const std::string& dataset, const std::string& dataDir,
                                           std::uint64_t seed) {
  if (dataset == "mnist") return loadMnist(dataDir);
  if (dataset == "ring") return makeRing(seed);
  throw std::invalid_argument("unknown dataset '" + dataset + "' (known: mnist ring)");
}

BatchCursor::BatchCursor(std::uint64_t seed, std::int64_t datasetSize) : m_seed(seed), m_size(datasetSize) {
  shuffle();
}

void BatchCursor::shuffle() {
  auto generator = at::make_generator<at::CPUGeneratorImpl>(m_seed * 1000003ULL + std::uint64_t(m_epoch));
  m_order = torch::randperm(m_size, generator, torch::kInt64);
}

torch::Tensor BatchCursor::nextIndices(std::int64_t batchSize) {
  batchSize = std::min(batchSize, m_size);
  if (m_position + batchSize > m_size) {
    ++m_epoch;
    m_position = 0;
    shuffle();
  }
  auto indices = m_order.slice(0, m_position, m_position + batchSize);
  m_position += batchSize;
  return indices;
}

void BatchCursor::restore(std::int64_t epoch, std::int64_t position) {
  m_epoch = epoch;
  m_position = std::clamp<std::int64_t>(position, 0, m_size);
  shuffle();
}

}  // namespace gan
