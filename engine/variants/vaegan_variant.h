#pragma once
// VAE-GAN (Larsen et al. 2016): a VAE whose decoder is also a GAN generator, with reconstruction
// measured in the discriminator's feature space ("learned similarity").
#include "engine/variants/image_model_variant.h"

namespace gan {

// x → (μ, log σ²).
struct ImageEncoderImpl : torch::nn::Module {
  ImageEncoderImpl(std::int64_t channels, std::int64_t latentDim, bool gaussian);
  torch::Tensor forward(const torch::Tensor& images);  // [N, latentDim] or [N, 2·latentDim] (μ, log σ²)

  ImageTrunk m_trunk{nullptr};
  torch::nn::Linear m_out{nullptr};
};
TORCH_MODULE(ImageEncoder);

// D's trunk output is the feature layer the reconstruction is measured in.
struct FeatureDiscriminatorImpl : torch::nn::Module {
  explicit FeatureDiscriminatorImpl(std::int64_t channels);
  torch::Tensor features(const torch::Tensor& images) { return m_trunk->forward(images); }
  torch::Tensor logit(const torch::Tensor& features) { return m_head->forward(features).squeeze(1); }

  ImageTrunk m_trunk{nullptr};
  torch::nn::Linear m_head{nullptr};
};
TORCH_MODULE(FeatureDiscriminator);

// KL(N(μ, σ²) ‖ N(0, I)), summed over dimensions and averaged over the batch.
torch::Tensor gaussianKl(const torch::Tensor& mean, const torch::Tensor& logVariance);

struct RegisteredVariant;
RegisteredVariant vaeganVariant();

}  // namespace gan
