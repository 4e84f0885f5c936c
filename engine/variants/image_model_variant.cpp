#include "engine/variants/image_model_variant.h"

#include <limits>
#include <stdexcept>

#include "engine/data/tensor_images.h"

namespace gan {

ImageModelVariant::ImageModelVariant(const TrainConfig& config)
    : m_config(config), m_channels(static_cast<std::int64_t>(config.value("channels"))) {}

torch::Tensor ImageModelVariant::generate(const torch::Tensor& latent) {
  return inEvalMode({m_generator.ptr().get()}, [&] { return m_generator->forward(latent); });
}

void ImageModelVariant::setHyperparameter(const std::string& key, double value) {
  m_config.hyperparameters[key] = value;
  for (auto& entry : m_optimizers)
    if (entry.rateKey == key) setLearningRate(*entry.optimizer, value);
  onHyperparameter(key, value);
}

torch::Tensor ImageModelVariant::criticScores(const torch::Tensor&) {
  throw std::logic_error("this variant trains on images only; it has no 2D critic surface");
}

torch::Tensor ImageModelVariant::generatorPull(const torch::Tensor&) {
  throw std::logic_error("this variant trains on images only; it has no 2D generator pull");
}

std::vector<torch::nn::Module*> ImageModelVariant::networks() {
  std::vector<torch::nn::Module*> modules;
  for (auto& [name, module] : m_networks) modules.push_back(module.get());
  return modules;
}

torch::optim::Adam& ImageModelVariant::addOptimizer(const std::string& name, std::vector<torch::Tensor> parameters,
                                                    const std::string& rateKey) {
  m_optimizers.push_back({name, rateKey, makeAdam(std::move(parameters), m_config, rateKey)});
  return *m_optimizers.back().optimizer;
}

void ImageModelVariant::setTraining(bool training) {
  for (auto& [name, module] : m_networks) module->train(training);
}

void ImageModelVariant::save(torch::serialize::OutputArchive& archive) {
  for (auto& [name, module] : m_networks) writePart(archive, name, *module);
  for (auto& entry : m_optimizers) writePart(archive, entry.name, *entry.optimizer);
}

void ImageModelVariant::load(torch::serialize::InputArchive& archive) {
  for (auto& [name, module] : m_networks) readPart(archive, name, *module);
  for (auto& entry : m_optimizers) readPart(archive, entry.name, *entry.optimizer);
  onNetworksLoaded();
}

void ImageModelVariant::saveGenerator(torch::serialize::OutputArchive& archive) {
  writePart(archive, kGeneratorName, *m_generator);
}

void ImageModelVariant::loadGenerator(torch::serialize::InputArchive& archive) {
  readPart(archive, kGeneratorName, *m_generator);
  onNetworksLoaded();
}

CategoryMatch matchCategoryLogits(const torch::Tensor& logits, const torch::Tensor& labels) {
  const auto predicted = logits.argmax(1).to(torch::kInt32).contiguous();
  const auto truth = labels.to(torch::kInt32).contiguous();
  return matchCategories(std::vector<int>(predicted.data_ptr<int>(), predicted.data_ptr<int>() + predicted.numel()),
                         std::vector<int>(truth.data_ptr<int>(), truth.data_ptr<int>() + truth.numel()),
                         int(logits.size(1)));
}

ImagePanel imagePanel(const std::string& title, const std::vector<torch::Tensor>& rows,
                      const std::vector<std::string>& rowLabels) {
  ImagePanel panel;
  panel.title = title;
  panel.columns = static_cast<int>(rows.front().size(0));
  panel.rowLabels = rowLabels;
  panel.images = toImageBatch(torch::cat(rows, 0));
  return panel;
}

}  // namespace gan
