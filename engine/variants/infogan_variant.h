#pragma once
// InfoGAN (Chen et al. 2016): G's input is z plus codes; an auxiliary head Q on D's trunk recovers
// the codes from G's images, which maximises a lower bound on the mutual information I(c; G(z, c)).
#include "engine/variants/image_model_variant.h"
#include "engine/variants/infogan_losses.h"

namespace gan {

// D and Q share the trunk (conv c → conv 2c + BN → FC 16c + BN, as in the paper at c = 64).
struct InfoDiscriminatorImpl : torch::nn::Module {
  InfoDiscriminatorImpl(std::int64_t channels, int categories, int continuous, bool learnedVariance);
  torch::Tensor features(const torch::Tensor& images);
  torch::Tensor realFakeLogit(const torch::Tensor& features) { return m_head->forward(features).squeeze(1); }
  // [N, categories + continuous (+ continuous)]: category logits, each code's mean, and with a
  // learned variance each code's log-variance.
  torch::Tensor q(const torch::Tensor& features) { return m_qHead->forward(features); }

  ImageTrunk m_trunk{nullptr};
  torch::nn::Sequential m_shared{nullptr};
  torch::nn::Linear m_head{nullptr};
  torch::nn::Sequential m_qHead{nullptr};
};
TORCH_MODULE(InfoDiscriminator);

struct RegisteredVariant;
RegisteredVariant infoganVariant();

}  // namespace gan
