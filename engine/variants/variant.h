#pragma once
// What every variant implements (LibTorch side). The shared training loop (training_session)
// owns data, noise and step counting; a variant owns its networks, optimisers and losses.
#include <torch/torch.h>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "engine/core/metric_row.h"
#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"
#include "engine/core/variant_catalog.h"

namespace gan {

// Thrown by trainStep before any optimiser applies a non-finite loss, so the model stays as it
// was after the previous step.
class NonFiniteLoss : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Variant {
 public:
  virtual ~Variant() = default;
  // One training step (one generator update, after as many critic updates as the variant uses,
  // each on a fresh real batch from `nextRealBatch`); sets the metrics it measured in `row`, by key.
  // `part` lets the toy lab apply only the critic's or only the generator's update.
  virtual void trainStep(const std::function<torch::Tensor()>& nextRealBatch, torch::Generator& noise, StepPart part,
                         MetricRow& row) = 0;
  virtual torch::Tensor sampleLatent(std::int64_t count, torch::Generator& noise) const = 0;
  // Images in [-1, 1] from latent codes, without gradient and without touching training state.
  virtual torch::Tensor generate(const torch::Tensor& latent) = 0;
  // Live change of a hyperparameter the variant owns (learning rates, …); others are ignored.
  virtual void setHyperparameter(const std::string& key, double value) = 0;
  // For the toy lab: the critic's raw output on points, and the direction the generator's loss
  // would move each generated point (−∂loss/∂x). Neither changes any training state.
  virtual torch::Tensor criticScores(const torch::Tensor& points) = 0;
  virtual torch::Tensor generatorPull(const torch::Tensor& fake) = 0;
  // Every network the variant trains (for buffer snapshots and inspection).
  virtual std::vector<torch::nn::Module*> networks() = 0;
  virtual void save(torch::serialize::OutputArchive& archive) = 0;
  virtual void load(torch::serialize::InputArchive& archive) = 0;
  // Only the networks (no optimiser state): what the latent explorer needs, in networks() order.
  std::string saveNetworks();
  void loadNetworks(const std::string& bytes);
  // Called once networks were loaded (from a checkpoint or a model copy): variants that measure
  // something about a trained model (InfoGAN's code names) measure it again.
  virtual void onNetworksLoaded() {}

  // --- What only some variants have (defaults: nothing) ---
  // Extra pictures from fixed real images `real` ([8, 1, 28, 28]); made with the sample grid.
  virtual std::vector<ImagePanel> panels(const torch::Tensor& /*real*/) { return {}; }
  // Non-empty while a step is not ordinary training (EBGAN's auto-encoder pre-training).
  virtual std::string phase() const { return {}; }
  // Metrics measured now and then on held-out labelled images, set in `row` by key; they are
  // absent from the rows between measurements.
  virtual bool hasEvaluations() const { return false; }
  virtual void evaluate(const torch::Tensor& /*images*/, const torch::Tensor& /*labels*/, MetricRow& /*row*/) {}
  // How the generator's input is laid out (the latent explorer composes inputs from it).
  virtual LatentLayout latentLayout() const { return {sampleLatentWidth(), 0, 0}; }
  // Image → latent code, for variants with an encoder (VAE-GAN: the mean μ); undefined otherwise.
  virtual bool canEncode() const { return false; }
  virtual torch::Tensor encode(const torch::Tensor& /*images*/) { return {}; }
  // Image → logits over the categorical code (InfoGAN's Q); undefined otherwise.
  virtual bool hasCategories() const { return false; }
  virtual torch::Tensor categoryLogits(const torch::Tensor& /*images*/) { return {}; }

 protected:
  std::int64_t sampleLatentWidth() const;
};

using VariantFactory = std::function<std::unique_ptr<Variant>(const TrainConfig&)>;

struct RegisteredVariant {
  VariantInfo info;
  VariantFactory make;
};

// Specs every variant shares: batch size, learning rates, Adam betas, critic steps per generator
// step, spectral normalisation of the critic.
struct CommonDefaults {
  double learningRate = 2e-4;
  double beta1 = 0.5;
  double beta2 = 0.999;
  int criticSteps = 1;
  bool spectralNorm = false;
};
std::vector<HyperparameterSpec> commonHyperparameters(const CommonDefaults& defaults);
// "loss_d", "loss_g", then `specific`, then the critic layers' σ (shown with spectral_norm on),
// then the toy measurements.
std::vector<MetricInfo> variantMetrics(std::vector<MetricInfo> specific);
constexpr int kSigmaMetrics = 3;
// Toy runs also report, every kToyMetricsEvery steps, mode coverage and the true divergences
// between the real and generated point clouds (absent from the other rows).
constexpr int kToyMetricsEvery = 50;
void setLearningRate(torch::optim::Optimizer& optimizer, double learningRate);
void requireFinite(const torch::Tensor& loss, const char* what);
// zero_grad, backward, step, after checking the loss is finite.
void applyStep(torch::optim::Optimizer& optimizer, const torch::Tensor& loss, const char* what);
// Adam over `parameters` with the config's β1, β2 and the learning rate stored under `rateKey`.
std::unique_ptr<torch::optim::Adam> makeAdam(std::vector<torch::Tensor> parameters, const TrainConfig& config,
                                             const std::string& rateKey);

// Specs of the image-only variants with extra networks (EBGAN, InfoGAN, VAE-GAN, BiGAN): batch
// size, learning rates, Adam betas and the base width of their convolutional networks.
std::vector<HyperparameterSpec> imageModelHyperparameters(const CommonDefaults& defaults);

// A module or optimiser stored under `key` as a nested archive.
template <typename Savable>
void writePart(torch::serialize::OutputArchive& archive, const std::string& key, Savable& savable) {
  torch::serialize::OutputArchive part;
  savable.save(part);
  archive.write(key, part);
}
// A network stored under `key`, checked: LibTorch's loader silently resizes a tensor to whatever
// the file holds, so every parameter and buffer must keep the shape the network was built with,
// and every value must be finite. Throws std::runtime_error naming the network and the tensor.
void readNetwork(torch::serialize::InputArchive& archive, const std::string& key, torch::nn::Module& network);
template <typename Loadable>
void readPart(torch::serialize::InputArchive& archive, const std::string& key, Loadable& loadable) {
  if constexpr (std::is_base_of_v<torch::nn::Module, Loadable>) {
    readNetwork(archive, key, loadable);
  } else {
    torch::serialize::InputArchive part;
    archive.read(key, part);
    loadable.load(part);
  }
}

}  // namespace gan
