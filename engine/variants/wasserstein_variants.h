#pragma once
#include <torch/torch.h>

#include "engine/variants/variant.h"

namespace gan {

RegisteredVariant wganClipVariant();  // "wgan": weight clipping (Arjovsky et al. 2017)
RegisteredVariant wganGpVariant();    // "wgan-gp": gradient penalty (Gulrajani et al. 2017)

// Clamps every parameter of `critic` into [−c, c]; returns the fraction of weights that sit on
// the boundary afterwards (how hard the clipping bites).
double clipWeights(torch::nn::Module& critic, double c);

struct GradientPenalty {
  torch::Tensor penalty;  // E[(‖∇ D(x̂)‖₂ − 1)²] over the interpolates, differentiable in D's parameters
  double meanNorm = 0;    // E‖∇ D(x̂)‖₂
};
// x̂ = ε·real + (1 − ε)·fake with ε ~ U[0, 1] per sample (given, so tests can fix it).
GradientPenalty gradientPenalty(const std::function<torch::Tensor(const torch::Tensor&)>& critic,
                                const torch::Tensor& real, const torch::Tensor& fake, const torch::Tensor& epsilon);

}  // namespace gan
