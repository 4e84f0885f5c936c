#pragma once
// EBGAN (Zhao et al. 2016): the discriminator is an auto-encoder whose reconstruction error is the
// energy; real images should get low energy, fakes at least the margin m.
#include "engine/variants/image_model_variant.h"

namespace gan {

// Encoder (ImageTrunk → code) and decoder (ImageDecoder); energy = per-sample summed squared error.
struct AutoEncoderImpl : torch::nn::Module {
  AutoEncoderImpl(std::int64_t channels, std::int64_t codeDim);
  torch::Tensor encode(const torch::Tensor& images);
  torch::Tensor decode(const torch::Tensor& codes) { return m_decoder->forward(codes); }

  ImageTrunk m_trunk{nullptr};
  torch::nn::Linear m_code{nullptr};
  ImageDecoder m_decoder{nullptr};
};
TORCH_MODULE(AutoEncoder);

// D's loss E(x) + max(0, m − E(G(z))), averaged over the batch.
torch::Tensor ebganCriticLoss(const torch::Tensor& realEnergy, const torch::Tensor& fakeEnergy, double margin);
// Pulling-away term: the mean squared cosine similarity between different codes of one batch.
torch::Tensor pullingAwayTerm(const torch::Tensor& codes);

struct RegisteredVariant;
RegisteredVariant ebganVariant();

}  // namespace gan
