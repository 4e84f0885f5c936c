#pragma once
// The original GAN game (Goodfellow et al. 2014; tutorial eq. 7) on raw discriminator logits.
// log D = -softplus(-l) and log(1 - D) = -softplus(l), which stay finite for any logit.
#include <torch/torch.h>

namespace gan {

// −V(D,G) on the batch: −mean log D(x) − mean log(1 − D(G(z))). D minimises this.
torch::Tensor discriminatorLoss(const torch::Tensor& realLogits, const torch::Tensor& fakeLogits);
// Minimax generator: minimises mean log(1 − D(G(z))) (saturates when D wins).
torch::Tensor minimaxGeneratorLoss(const torch::Tensor& fakeLogits);
// Non-saturating generator: minimises −mean log D(G(z)).
torch::Tensor nonSaturatingGeneratorLoss(const torch::Tensor& fakeLogits);
// Tutorial eq. 7: with the optimal D, V = −2 log 2 + 2 JS, so JS ≈ (V + 2 log 2) / 2.
double jensenShannonEstimate(double gameValue);

}  // namespace gan
