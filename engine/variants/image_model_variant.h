#pragma once
// What the variants with extra networks (EBGAN, InfoGAN, VAE-GAN, BiGAN) share: a generator
// (an ImageDecoder), named networks and optimisers that checkpoints store by name, live learning
// rates, sampling in eval mode. Each variant adds its networks and writes its own trainStep: the
// training flows differ, the loop around them (training_session, trainer) is the same.
#include <map>
#include <string>
#include <vector>

#include "engine/math/assignment.h"
#include "engine/nets/image_networks.h"
#include "engine/variants/variant.h"

namespace gan {

class ImageModelVariant : public Variant {
 public:
  explicit ImageModelVariant(const TrainConfig& config);

  torch::Tensor generate(const torch::Tensor& latent) override;
  void setHyperparameter(const std::string& key, double value) override;
  // These variants train on images only (VariantInfo::imagesOnly); the toy canvas never asks.
  torch::Tensor criticScores(const torch::Tensor& points) override;
  torch::Tensor generatorPull(const torch::Tensor& fake) override;
  std::vector<torch::nn::Module*> networks() override;
  void save(torch::serialize::OutputArchive& archive) override;
  void load(torch::serialize::InputArchive& archive) override;
  // The generator alone (a shipped model); the other networks keep their fresh weights.
  void saveGenerator(torch::serialize::OutputArchive& archive);
  void loadGenerator(torch::serialize::InputArchive& archive);

 protected:
  template <typename Holder>
  Holder addNetwork(const std::string& name, Holder network) {
    m_networks.emplace_back(name, network.ptr());
    return network;
  }
  // An Adam optimiser whose learning rate follows hyperparameter `rateKey` live.
  torch::optim::Adam& addOptimizer(const std::string& name, std::vector<torch::Tensor> parameters,
                                   const std::string& rateKey);
  // Called for every live change, after the learning rates are applied.
  virtual void onHyperparameter(const std::string& /*key*/, double /*value*/) {}
  void setTraining(bool training);

  static constexpr const char* kGeneratorName = "generator";  // every image model's G, in checkpoints
  TrainConfig m_config;
  std::int64_t m_channels;
  ImageDecoder m_generator{nullptr};

 private:
  struct NamedOptimizer {
    std::string name;
    std::string rateKey;
    std::unique_ptr<torch::optim::Adam> optimizer;
  };
  std::vector<std::pair<std::string, std::shared_ptr<torch::nn::Module>>> m_networks;
  std::vector<NamedOptimizer> m_optimizers;
};

// Runs `body` with `modules` in eval mode and without gradient, then puts them back in training mode.
template <typename Body>
auto inEvalMode(std::initializer_list<torch::nn::Module*> modules, Body body) {
  torch::NoGradGuard noGrad;
  for (auto* module : modules) module->eval();
  auto result = body();
  for (auto* module : modules) module->train();
  return result;
}

// Categories (argmax of `logits`, [N, classes]) matched one-to-one to `labels` ([N]).
CategoryMatch matchCategoryLogits(const torch::Tensor& logits, const torch::Tensor& labels);

// Rows of images as one panel: `rows` is a list of [count, 1, 28, 28] tensors in [−1, 1].
ImagePanel imagePanel(const std::string& title, const std::vector<torch::Tensor>& rows,
                      const std::vector<std::string>& rowLabels);

}  // namespace gan
