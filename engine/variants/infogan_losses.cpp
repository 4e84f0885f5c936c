#include "engine/variants/infogan_losses.h"

#include <cmath>

namespace gan {

namespace {
constexpr double kVatProbeRadius = 1.0;  // small beside a digit's norm (~15 in [−1, 1] pixels)

// Each image of [N, …] scaled to unit L2 norm.
torch::Tensor unitPerImage(const torch::Tensor& images) {
  std::vector<std::int64_t> shape(images.dim(), 1);
  shape[0] = -1;
  return images / images.flatten(1).norm(2, 1).clamp_min(1e-12).view(shape);
}
}  // namespace

torch::Tensor categoryDivergence(const torch::Tensor& clean, const torch::Tensor& logits) {
  return torch::nn::functional::kl_div(torch::log_softmax(logits, 1), clean,
                                       torch::nn::functional::KLDivFuncOptions().reduction(torch::kBatchMean));
}

torch::Tensor categoricalCodeLoss(const torch::Tensor& logits, const torch::Tensor& categories) {
  return torch::nn::functional::cross_entropy(logits, categories);
}

torch::Tensor continuousCodeLoss(const torch::Tensor& mean, const torch::Tensor& logVariance,
                                 const torch::Tensor& codes) {
  const auto nll = 0.5 * (std::log(2 * M_PI) + logVariance + (codes - mean).pow(2) / logVariance.exp());
  return nll.sum(1).mean();
}

torch::Tensor jitterImages(const torch::Tensor& images, torch::Generator& noise) {
  constexpr double kMaxAngle = 10 * M_PI / 180, kMaxScale = 0.1;
  const auto count = images.size(0);
  const auto angle = (torch::rand({count}, noise) * 2 - 1) * kMaxAngle;
  const auto scale = 1 + (torch::rand({count}, noise) * 2 - 1) * kMaxScale;
  const auto cosine = torch::cos(angle) / scale, sine = torch::sin(angle) / scale, zero = torch::zeros({count});
  const auto theta = torch::stack({torch::stack({cosine, -sine, zero}, 1), torch::stack({sine, cosine, zero}, 1)}, 1);
  namespace F = torch::nn::functional;
  const auto grid = F::affine_grid(theta, images.sizes(), false);
  return F::grid_sample(images + 1, grid, F::GridSampleFuncOptions().align_corners(false)) - 1;
}

torch::Tensor realClusteringLoss(const torch::Tensor& logProbabilities, double marginalWeight) {
  const auto probabilities = logProbabilities.exp();
  const auto conditionalEntropy = -(probabilities * logProbabilities).sum(1).mean();
  const auto marginal = probabilities.mean(0);
  const auto marginalEntropy = -(marginal * marginal.clamp_min(1e-12).log()).sum();
  return conditionalEntropy - marginalWeight * marginalEntropy;
}

torch::Tensor virtualAdversarialLoss(const std::function<torch::Tensor(const torch::Tensor&)>& logitsOf,
                                     const torch::Tensor& images, const torch::Tensor& cleanLogits, double radius,
                                     torch::Generator& noise) {
  const auto clean = torch::softmax(cleanLogits, 1).detach();
  auto probe = (kVatProbeRadius * unitPerImage(torch::randn(images.sizes(), noise))).requires_grad_(true);
  const auto steepest = torch::autograd::grad({categoryDivergence(clean, logitsOf(images + probe))}, {probe})[0];
  return categoryDivergence(clean, logitsOf(images + radius * unitPerImage(steepest)));
}

torch::Tensor fixedVarianceCodeLoss(const torch::Tensor& mean, const torch::Tensor& codes) {
  return 0.5 * (codes - mean).pow(2).sum(1).mean();
}

}  // namespace gan
