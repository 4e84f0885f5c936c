#include "engine/objectives/gan_objective.h"

#include <cmath>

namespace gan {

torch::Tensor discriminatorLoss(const torch::Tensor& realLogits, const torch::Tensor& fakeLogits) {
  return torch::softplus(-realLogits).mean() + torch::softplus(fakeLogits).mean();
}

torch::Tensor minimaxGeneratorLoss(const torch::Tensor& fakeLogits) { return -torch::softplus(fakeLogits).mean(); }

torch::Tensor nonSaturatingGeneratorLoss(const torch::Tensor& fakeLogits) {
  return torch::softplus(-fakeLogits).mean();
}

double jensenShannonEstimate(double gameValue) { return (gameValue + 2.0 * std::log(2.0)) / 2.0; }

}  // namespace gan
