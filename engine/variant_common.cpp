#include <cmath>

#include "variant.h"

namespace gan {

std::vector<HyperparameterSpec> commonHyperparameters(double learningRate, double beta1, double beta2) {
  return {
      {"batch_size", "Batch size", 64, 2, 1024, true, true, "Images per step for D and G"},
      {"learning_rate_d", "D learning rate", learningRate, 1e-7, 1.0, false, true, "Adam step size of the discriminator"},
      {"learning_rate_g", "G learning rate", learningRate, 1e-7, 1.0, false, true, "Adam step size of the generator"},
      {"beta1", "Adam β1", beta1, 0.0, 0.999, false, false, "Adam first-moment decay"},
      {"beta2", "Adam β2", beta2, 0.0, 0.99999, false, false, "Adam second-moment decay"},
  };
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
