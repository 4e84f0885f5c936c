#pragma once
// BiGAN / ALI (Donahue et al.; Dumoulin et al. 2016): an encoder E: x → z learns alongside G: z → x,
// and D judges (image, code) pairs. At the optimum E inverts G without any reconstruction loss.
#include "engine/variants/image_model_variant.h"

namespace gan {

struct PairDiscriminatorImpl : torch::nn::Module {
  PairDiscriminatorImpl(std::int64_t channels, std::int64_t latentDim);
  // The joined representation [image features | z features] the final layers see.
  torch::Tensor join(const torch::Tensor& images, const torch::Tensor& z);
  torch::Tensor forward(const torch::Tensor& images, const torch::Tensor& z);  // [N] logits
  std::int64_t imageFeatures() const { return m_imageFeatures; }

  ImageTrunk m_trunk{nullptr};
  torch::nn::Sequential m_imagePath{nullptr};
  torch::nn::Sequential m_latentPath{nullptr};
  torch::nn::Sequential m_joint{nullptr};
  std::int64_t m_imageFeatures;
};
TORCH_MODULE(PairDiscriminator);

// D's loss (real pairs (x, E(x)) labelled 1, fake pairs (G(z), z) labelled 0) and E/G's loss with
// the labels flipped, from D's logits on both kinds of pair.
torch::Tensor biganCriticLoss(const torch::Tensor& realPairLogits, const torch::Tensor& fakePairLogits);
torch::Tensor biganEncoderGeneratorLoss(const torch::Tensor& realPairLogits, const torch::Tensor& fakePairLogits);

struct RegisteredVariant;
RegisteredVariant biganVariant();

}  // namespace gan
