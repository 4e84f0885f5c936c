#include <ATen/CPUGeneratorImpl.h>

#include <stdexcept>

#include "engine/core/atomic_file.h"
#include "engine/training/checkpoint.h"
#include "engine/training/checkpoint_archive.h"
#include "engine/variants/image_model_variant.h"

namespace gan {

CheckpointInfo exportGenerator(const std::string& checkpoint, const std::string& out, const std::string& mnistDir) {
  CheckpointInfo info;
  auto variant = checkpointVariant(checkpoint, info);
  auto* imageModel = dynamic_cast<ImageModelVariant*>(variant.get());
  if (!imageModel) throw std::invalid_argument(checkpoint + ": only image models can be exported as a generator");
  if (variant->hasCategories() && info.categoryToDigit.empty()) {
    const auto evaluation = evaluateCategories(checkpoint, mnistDir);
    info.categoryToDigit = evaluation.match.labelOf;
    info.categoryAccuracy = evaluation.match.accuracy;
  }
  info.generatorOnly = true;
  info.config.dataDir.clear();  // this machine's data folder means nothing where the file goes
  torch::serialize::OutputArchive archive;
  writeCheckpointHeader(archive, info.config, info.step);
  archive.write("generator_only", c10::IValue(true));
  if (!info.categoryToDigit.empty()) {
    archive.write("category_to_digit",
                  torch::tensor(std::vector<std::int64_t>(info.categoryToDigit.begin(), info.categoryToDigit.end())));
    archive.write("category_accuracy", c10::IValue(info.categoryAccuracy));
  }
  torch::serialize::OutputArchive model;
  imageModel->saveGenerator(model);
  archive.write("model", model);
  writeAtomically(out, [&](const std::string& temp) { archive.save_to(temp); });
  return info;
}

}  // namespace gan
