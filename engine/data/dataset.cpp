#include "engine/data/dataset.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

#include "engine/core/dataset_catalog.h"
#include "engine/data/idx_file.h"
#include "engine/data/image_folder.h"

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
  data->labels =
      torch::from_blob(const_cast<std::uint8_t*>(labels.data.data()), {count}, torch::kUInt8).to(torch::kInt64);
  return data;
}

torch::Tensor ringModes() {
  const auto& modes = findToyDataset("ring")->modes;
  return torch::tensor(modes).view({-1, 2});
}

std::shared_ptr<const Dataset> makeToy(const std::string& name, std::uint64_t seed, std::int64_t count) {
  const ToyDatasetInfo* toy = findToyDataset(name);
  if (!toy) throw std::invalid_argument("'" + name + "' is not a 2D toy dataset");
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed ^ 0x7a11ULL);
  auto data = std::make_shared<Dataset>();
  data->images = false;
  if (!toy->modes.empty()) {
    const auto modes = torch::tensor(toy->modes).view({-1, 2});
    data->labels = torch::randint(modes.size(0), {count}, generator, torch::kInt64);
    data->samples = modes.index_select(0, data->labels) + torch::randn({count, 2}, generator) * toy->modeStd;
    return data;
  }
  const auto u = torch::rand({count}, generator, torch::kFloat32);
  const auto jitter = torch::randn({count, 2}, generator, torch::kFloat32) * 0.05;
  data->labels = torch::zeros({count}, torch::kInt64);
  if (name == "moons") {
    // Two interleaved half circles (as scikit-learn's make_moons), centred on the origin.
    const auto upper = torch::randint(2, {count}, generator, torch::kInt64);
    const auto angle = u * M_PI;
    const auto x = torch::where(upper == 1, torch::cos(angle), 1 - torch::cos(angle)) - 0.5;
    const auto y = torch::where(upper == 1, torch::sin(angle), 0.5 - torch::sin(angle)) - 0.25;
    data->samples = torch::stack({x, y}, 1) + jitter;
    data->labels = upper;
  } else if (name == "spiral") {
    const auto radius = 0.1 + 1.2 * u;
    const auto angle = u * 3 * M_PI;
    data->samples = torch::stack({radius * torch::cos(angle), radius * torch::sin(angle)}, 1) + jitter * 0.5;
  } else {  // line
    data->samples = torch::stack({u * 2 - 1, (u * 2 - 1) * 0.5}, 1) + jitter * 0.2;
  }
  return data;
}

std::shared_ptr<const Dataset> makeDrawn(const std::vector<float>& points, std::uint64_t seed, std::int64_t count) {
  if (points.size() < 2 * kMinimumDrawnPoints) throw std::invalid_argument("too few drawn points");
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed ^ 0xd4a3ULL);
  const auto drawn = torch::tensor(points).view({-1, 2});
  auto data = std::make_shared<Dataset>();
  data->images = false;
  data->labels = torch::randint(drawn.size(0), {count}, generator, torch::kInt64);
  data->samples = drawn.index_select(0, data->labels) + torch::randn({count, 2}, generator) * 0.02;
  return data;
}

std::shared_ptr<const Dataset> loadImages(const TrainConfig& config, MnistSplit split) {
  if (isFolderDataset(config.dataset)) {
    if (split == MnistSplit::Test) throw std::invalid_argument("a folder of pictures has no test split");
    const auto pictures = readPictureFolder(folderOf(config.dataset));
    auto data = std::make_shared<Dataset>();
    data->samples = torch::tensor(pictures.images.pixels).view({pictures.images.count, 1, 28, 28}) * 2 - 1;
    data->labels = torch::zeros({pictures.images.count}, torch::kInt64);
    return data;
  }
  return loadMnist(config.dataset == kFashionDataset ? fashionMnistDir() : config.dataDir, split);
}

std::shared_ptr<const Dataset> loadDataset(const TrainConfig& config) {
  requireKnownDataset(config.dataset);
  if (isImageDataset(config.dataset)) return loadImages(config, MnistSplit::Train);
  auto count = static_cast<std::int64_t>(kToyPoints);
  if (auto it = config.hyperparameters.find("toy_points"); it != config.hyperparameters.end())
    count = static_cast<std::int64_t>(it->second);
  if (config.dataset == kDrawnDataset) return makeDrawn(config.drawnPoints, config.seed, count);
  return makeToy(config.dataset, config.seed, count);
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
