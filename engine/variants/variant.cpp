#include "engine/variants/variant.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <sstream>

namespace gan {

std::vector<HyperparameterSpec> commonHyperparameters(const CommonDefaults& defaults) {
  return {
      {"batch_size", "Batch size", 64, 2, 1024, true, true, "Samples per batch for D and G"},
      {"learning_rate_d", "D learning rate", defaults.learningRate, 0, 1.0, false, true,
       "Step size of the discriminator's (critic's) optimiser; 0 freezes D"},
      {"learning_rate_g", "G learning rate", defaults.learningRate, 0, 1.0, false, true,
       "Step size of the generator's optimiser; 0 freezes G"},
      {"beta1", "Adam β1", defaults.beta1, 0.0, 0.999, false, false, "Adam first-moment decay"},
      {"beta2", "Adam β2", defaults.beta2, 0.0, 0.99999, false, false, "Adam second-moment decay"},
      {"critic_steps", "D steps per G step", double(defaults.criticSteps), 1, 20, true, true,
       "Discriminator (critic) updates before each generator update, each on a fresh real batch"},
      {"spectral_norm", "Spectral norm in D (0/1)", defaults.spectralNorm ? 1.0 : 0.0, 0, 1, true, false,
       "Divide every critic weight by its largest singular value (Miyato et al. 2018)"},
      {"toy_width", "MLP width", 128, 4, 1024, true, false, "Units in each hidden layer of G and D", "toy"},
      {"toy_depth", "MLP hidden layers", 2, 1, 8, true, false, "Hidden layers in G and in D", "toy"},
      {"toy_activation", "Activation (0 ReLU, 1 LeakyReLU, 2 tanh)", 0, 0, 2, true, false,
       "Nonlinearity between hidden layers (D always uses LeakyReLU 0.2 when 0 is chosen)", "toy"},
      {"toy_latent", "z dimension", 2, 1, 64, true, false, "Size of G's input; 2 lets the canvas draw the manifold",
       "toy"},
      {"optimizer", "Optimizer (0 variant's, 1 Adam, 2 RMSProp, 3 SGD)", 0, 0, 3, true, true,
       "0 keeps the variant's published optimiser (Adam; RMSProp for WGAN with clipping). Changing it "
       "mid-run starts the new optimiser with fresh moment estimates",
       "toy"},
      {"toy_points", "Data points", double(25600), 100, 200000, true, false, "How many points the toy dataset draws",
       "toy"},
  };
}

std::vector<MetricInfo> variantMetrics(std::vector<MetricInfo> specific) {
  std::vector<MetricInfo> metrics = {{"loss_d", "D loss", "Losses", ""}, {"loss_g", "G loss", "Losses", ""}};
  metrics.insert(metrics.end(), specific.begin(), specific.end());
  for (int i = 1; i <= kSigmaMetrics; ++i)
    metrics.push_back(
        {"sigma_" + std::to_string(i), "σ of D layer " + std::to_string(i), "Spectral norm σ", "spectral_norm"});
  metrics.push_back({"modes_covered", "modes covered", "Mode coverage", "toy"});
  metrics.push_back({"high_quality", "fraction of samples within 3σ of a mode", "Sample quality", "toy"});
  metrics.push_back({"true_js", "true JS (histogram)", kEstimatePlot, "toy"});
  metrics.push_back({"true_w1", "true W₁ (exact OT, 200 points)", kEstimatePlot, "toy"});
  return metrics;
}

std::vector<HyperparameterSpec> imageModelHyperparameters(const CommonDefaults& defaults) {
  std::vector<HyperparameterSpec> specs;
  for (auto& spec : commonHyperparameters(defaults))
    if (spec.key == "batch_size" || spec.key.rfind("learning_rate", 0) == 0 || spec.key.rfind("beta", 0) == 0)
      specs.push_back(spec);
  specs.push_back(
      {"channels", "Network width", 32, 4, 256, true, false,
       "Channels of the first convolution in every network (the second has twice as many; the papers use 64, "
       "32 trains ~4× faster on a CPU)"});
  return specs;
}

std::int64_t Variant::sampleLatentWidth() const {
  auto generator = at::make_generator<at::CPUGeneratorImpl>(0);
  return sampleLatent(1, generator).size(1);
}

std::string Variant::saveNetworks() {
  torch::serialize::OutputArchive archive;
  const auto modules = networks();
  for (std::size_t i = 0; i < modules.size(); ++i) writePart(archive, "network_" + std::to_string(i), *modules[i]);
  std::ostringstream bytes;
  archive.save_to(bytes);
  return bytes.str();
}

void Variant::loadNetworks(const std::string& bytes) {
  torch::serialize::InputArchive archive;
  archive.load_from(bytes.data(), bytes.size());
  const auto modules = networks();
  for (std::size_t i = 0; i < modules.size(); ++i) readPart(archive, "network_" + std::to_string(i), *modules[i]);
  onNetworksLoaded();
}

namespace {
// Every parameter and buffer of `network` by its dotted name.
std::vector<std::pair<std::string, torch::Tensor>> tensorsOf(torch::nn::Module& network) {
  std::vector<std::pair<std::string, torch::Tensor>> tensors;
  for (const auto& item : network.named_parameters()) tensors.emplace_back(item.key(), item.value());
  for (const auto& item : network.named_buffers()) tensors.emplace_back(item.key(), item.value());
  return tensors;
}

std::string shapeText(c10::IntArrayRef shape) {
  std::ostringstream out;
  out << shape;
  return out.str();
}
}  // namespace

void readNetwork(torch::serialize::InputArchive& archive, const std::string& key, torch::nn::Module& network) {
  std::vector<std::vector<std::int64_t>> built;
  for (const auto& [name, tensor] : tensorsOf(network)) built.push_back(tensor.sizes().vec());
  torch::serialize::InputArchive part;
  archive.read(key, part);
  network.load(part);
  // Loading replaces tensors' contents but never adds or removes one, so the lists pair up.
  const auto loaded = tensorsOf(network);
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    const auto& [name, tensor] = loaded[i];
    if (tensor.sizes() != c10::IntArrayRef(built[i]))
      throw std::runtime_error(key + "." + name + " has shape " + shapeText(tensor.sizes()) +
                               " but this run's network needs " + shapeText(built[i]) +
                               " (a checkpoint of another network size?)");
    if (tensor.is_floating_point() && !torch::isfinite(tensor).all().item<bool>())
      throw std::runtime_error(key + "." + name + " holds NaN or infinite values");
  }
}

void applyStep(torch::optim::Optimizer& optimizer, const torch::Tensor& loss, const char* what) {
  requireFinite(loss, what);
  optimizer.zero_grad();
  // Gradients only for this optimiser's parameters: in G's step the backward pass still goes
  // through D (for the gradient with respect to D's input), but D's weight gradients, which D's
  // own step would zero anyway, are never computed. Same updates, less work.
  std::vector<torch::Tensor> parameters;
  for (const auto& group : optimizer.param_groups())
    parameters.insert(parameters.end(), group.params().begin(), group.params().end());
  loss.backward({}, c10::nullopt, false, parameters);
  optimizer.step();
}

std::unique_ptr<torch::optim::Adam> makeAdam(std::vector<torch::Tensor> parameters, const TrainConfig& config,
                                             const std::string& rateKey) {
  return std::make_unique<torch::optim::Adam>(
      parameters,
      torch::optim::AdamOptions(config.value(rateKey)).betas({config.value("beta1"), config.value("beta2")}));
}

void setLearningRate(torch::optim::Optimizer& optimizer, double learningRate) {
  for (auto& group : optimizer.param_groups()) group.options().set_lr(learningRate);
}

void requireFinite(const torch::Tensor& loss, const char* what) {
  const double value = loss.item<double>();
  if (!std::isfinite(value))
    throw NonFiniteLoss(std::string(what) + " became " + (std::isnan(value) ? "NaN" : "infinite"));
}

}  // namespace gan
