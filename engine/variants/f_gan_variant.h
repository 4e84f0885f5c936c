#pragma once
#include <torch/torch.h>

#include "engine/math/f_divergence.h"
#include "engine/variants/variant.h"

namespace gan {

// One f-GAN variant per row of the f-divergence table: "fgan-kl", "fgan-js", …
std::vector<RegisteredVariant> fGanVariants();

// The variational objective on raw critic outputs (tutorial eq. 8/9):
// V_f = E_data[g_f(v)] − E_G[f*(g_f(v))]. The critic maximises it; it estimates D_f(P_data‖P_G).
torch::Tensor fGanObjective(FDivergence kind, const torch::Tensor& realScores, const torch::Tensor& fakeScores,
                            double parameter);
torch::Tensor fActivation(FDivergence kind, const torch::Tensor& v, double parameter);
torch::Tensor fConjugateOfActivation(FDivergence kind, const torch::Tensor& v, double parameter);
// W₀(e^a) elementwise, by Newton's method on w + log w = a (float64, no gradient).
torch::Tensor lambertW0OfExp(const torch::Tensor& a);

}  // namespace gan
