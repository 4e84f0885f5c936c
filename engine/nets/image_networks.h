#pragma once
// Convolutional building blocks for 28×28 images shared by the variants with extra networks
// (EBGAN, InfoGAN, VAE-GAN, BiGAN). Widths scale with one number, `channels` (64 in the papers),
// so tests can train small copies.
#include <torch/torch.h>

#include "engine/nets/dense.h"
#include "engine/nets/upsample.h"

namespace gan {

// Conv(1→c, 4, 2, 1) + LeakyReLU(0.2) → Conv(c→2c, 4, 2, 1) [+ BatchNorm] + LeakyReLU(0.2) →
// flatten: [N, 1, 28, 28] → [N, 2c·7·7]. The DCGAN discriminator's trunk.
struct ImageTrunkImpl : torch::nn::Module {
  ImageTrunkImpl(std::int64_t channels, bool batchNorm);
  torch::Tensor forward(const torch::Tensor& images);
  std::int64_t features() const { return m_features; }

  torch::nn::Sequential m_layers{nullptr};
  std::int64_t m_features;
};
TORCH_MODULE(ImageTrunk);

// [Linear(in → h) + BN + ReLU →] Linear(→ 2c·7·7) + BN + ReLU → ConvT(2c→c) + BN + ReLU → ConvT(c→1) +
// tanh: [N, in] → [N, 1, 28, 28] in [−1, 1]. The DCGAN generator, used as generator and as decoder;
// the hidden layer h (InfoGAN's paper: 1024) only when `hidden` > 0.
struct ImageDecoderImpl : torch::nn::Module {
  ImageDecoderImpl(std::int64_t inputs, std::int64_t channels, std::int64_t hidden = 0);
  torch::Tensor forward(const torch::Tensor& input);

  torch::nn::Sequential m_layers{nullptr};
};
TORCH_MODULE(ImageDecoder);

// LeakyReLU(0.2), the DCGAN discriminators' nonlinearity.
torch::nn::LeakyReLU leakyRelu();

// Per-sample sum of squared differences, scaled to a 28×28 image's worth of elements so pixel and
// feature-space reconstruction errors read on the same scale: [N, …] × [N, …] → [N].
torch::Tensor imageScaledSquaredError(const torch::Tensor& a, const torch::Tensor& b);

// Modules' parameters, joined (for one optimiser over several networks).
std::vector<torch::Tensor> parametersOf(const std::vector<torch::nn::Module*>& modules);

}  // namespace gan
