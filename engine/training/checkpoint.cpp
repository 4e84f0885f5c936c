#include "engine/training/checkpoint.h"
#include "engine/core/resources.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "engine/core/dataset_catalog.h"
#include "engine/core/latent_math.h"
#include "engine/data/dataset.h"
#include "engine/data/tensor_images.h"
#include "engine/training/checkpoint_archive.h"
#include "engine/training/training_session.h"
#include "engine/variants/image_model_variant.h"

namespace gan {

namespace {
constexpr std::int64_t kGenerateChunk = 512;  // images per forward pass: memory stays bounded for any count

// Runs the generator over `latent` kGenerateChunk rows at a time, handing each output to `use`.
template <typename Use>
void generateInChunks(Variant& variant, const torch::Tensor& latent, Use use) {
  for (std::int64_t start = 0; start < latent.size(0); start += kGenerateChunk)
    use(variant.generate(latent.slice(0, start, std::min(latent.size(0), start + kGenerateChunk))));
}

// Images straight into one ImageBatch, a chunk at a time: 100,000 samples cost their pixels once.
ImageBatch generateImages(Variant& variant, const torch::Tensor& latent) {
  ImageBatch all;
  generateInChunks(variant, latent, [&](const torch::Tensor& generated) {
    if (generated.dim() != 4) throw std::invalid_argument("codes apply to image models only");
    const auto chunk = toImageBatch(generated);
    if (all.pixels.empty())
      all.pixels.reserve(std::size_t(latent.size(0)) * chunk.pixels.size() / std::size_t(chunk.count));
    all.width = chunk.width;
    all.height = chunk.height;
    all.count += chunk.count;
    all.pixels.insert(all.pixels.end(), chunk.pixels.begin(), chunk.pixels.end());
  });
  return all;
}

// 2D points, drawn as one point-cloud picture.
ImageBatch generatePoints(Variant& variant, const torch::Tensor& latent, float extent) {
  std::vector<torch::Tensor> parts;
  generateInChunks(variant, latent, [&](const torch::Tensor& generated) { parts.push_back(generated); });
  return renderGenerated(torch::cat(parts, 0), {}, TrainingSession::kPointCloudSide, extent);
}

// "digit=7,slant=1" → "cat=K,slant=1" with K the category the stored match maps to digit 7.
std::string digitsToCategories(const std::string& codes, const CheckpointInfo& info, const std::string& path) {
  std::stringstream parts(codes);
  std::string part, result;
  while (std::getline(parts, part, ',')) {
    if (part.rfind("digit=", 0) == 0) {
      if (info.categoryToDigit.empty())
        throw std::invalid_argument(path + " stores no category → digit match (export-generator makes one); use cat=");
      const std::string digit = part.substr(6);
      const auto found = std::find_if(info.categoryToDigit.begin(), info.categoryToDigit.end(),
                                      [&](int d) { return std::to_string(d) == digit; });
      if (found == info.categoryToDigit.end()) throw std::invalid_argument("digit=" + digit + " must be 0..9");
      part = "cat=" + std::to_string(found - info.categoryToDigit.begin());
    }
    result += (result.empty() ? "" : ",") + part;
  }
  return result;
}
}  // namespace

ImageBatch sampleCheckpoint(const std::string& path, int count, std::uint64_t seed) {
  CheckpointInfo info;
  auto variant = checkpointVariant(path, info);
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  const ToyDatasetInfo* toy = findToyDataset(info.config.dataset);
  const auto latent = variant->sampleLatent(count, generator);
  return toy ? generatePoints(*variant, latent, toy->extent) : generateImages(*variant, latent);
}

ModelCopy checkpointModel(const std::string& path) {
  CheckpointInfo info;
  auto variant = checkpointVariant(path, info);
  return {info.config, info.step, variant->saveNetworks(), info.categoryToDigit, info.categoryAccuracy};
}

ImageBatch sampleCheckpoint(const std::string& path, int count, std::uint64_t seed, const std::string& codes) {
  if (codes.empty()) return sampleCheckpoint(path, count, seed);
  CheckpointInfo info;
  auto variant = checkpointVariant(path, info);
  const auto layout = variant->latentLayout();
  const auto settingText = digitsToCategories(codes, info, path);
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  auto latent = variant->sampleLatent(count, generator).contiguous();
  for (std::int64_t i = 0; i < count; ++i) {
    const float* row = latent[i].data_ptr<float>();
    CodeSetting setting;
    setting.noise.assign(row, row + layout.noise);
    if (layout.categories > 0)
      setting.category =
          int(std::max_element(row + layout.noise, row + layout.noise + layout.categories) - (row + layout.noise));
    setting.codes.assign(row + layout.noise + layout.categories, row + layout.width());
    for (int code = 0; code < layout.continuous; ++code) setting.codes[std::size_t(code)] *= layout.codeSign(code);
    parseCodeSetting(settingText, layout, setting);
    const auto composed = composeLatent(layout, setting);
    std::copy(composed.begin(), composed.end(), latent[i].data_ptr<float>());
  }
  return generateImages(*variant, latent);
}

CategoryEvaluation evaluateCategories(const std::string& path, const std::string& mnistDir) {
  CheckpointInfo info;
  auto variant = checkpointVariant(path, info);
  if (!variant->hasCategories())
    throw std::invalid_argument(path + ": a " + findVariant(info.variant).displayName +
                                " run has no categorical code (infogan-eval needs an InfoGAN checkpoint)");
  if (info.generatorOnly)
    throw std::invalid_argument(path + ": holds the generator only, without Q to read categories back (matched at " +
                                std::to_string(int(100 * info.categoryAccuracy + 0.5)) + " % when it was made)");
  const std::string dataDir = !mnistDir.empty()              ? mnistDir
                              : !info.config.dataDir.empty() ? info.config.dataDir
                                                             : defaultMnistDir();
  auto config = info.config;
  config.dataDir = dataDir;
  const auto test = loadImages(config, MnistSplit::Test);
  return {matchCategoryLogits(variant->categoryLogits(test->samples), test->labels), variant->latentLayout()};
}

CheckpointInfo readCheckpointInfo(const std::string& path) {
  torch::serialize::InputArchive archive;
  CheckpointInfo info;
  openCheckpoint(path, archive, info);
  return info;
}

}  // namespace gan
