#pragma once
// InfoGAN (Chen et al. 2016): G's input is z plus codes; an auxiliary head Q on D's trunk recovers
// the codes from G's images, which maximises a lower bound on the mutual information I(c; G(z, c)).
#include <functional>

#include "engine/variants/image_model_variant.h"

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

// −E[log Q(c|x)] for the categorical code (softmax cross-entropy against the sampled category).
torch::Tensor categoricalCodeLoss(const torch::Tensor& logits, const torch::Tensor& categories);
// Gaussian negative log-likelihood of the continuous codes under Q's mean and log-variance,
// summed over codes and averaged over the batch.
torch::Tensor continuousCodeLoss(const torch::Tensor& mean, const torch::Tensor& logVariance,
                                 const torch::Tensor& codes);
// The same with σ = 1 and without the constant ½·log 2π per code: ½‖c − μ‖², averaged over the
// batch (the official InfoGAN code's MNIST setting).
torch::Tensor fixedVarianceCodeLoss(const torch::Tensor& mean, const torch::Tensor& codes);
// IMSAT's clustering loss from category log-probabilities [N, K]: H(Y|X) − H(Y) over the batch.
torch::Tensor realClusteringLoss(const torch::Tensor& logProbabilities);
// Each image ([N, 1, H, W] in [−1, 1]) rotated by up to ±10° and scaled by 0.9–1.1 about its
// centre, the background staying −1: the copies whose category Q should agree on (q_consistency).
torch::Tensor jitterImages(const torch::Tensor& images, torch::Generator& noise);

// Virtual adversarial training's loss (Miyato et al. 2018) for a classifier of images ([N, …]):
// KL from its category distribution for each image (cleanLogits, held fixed) to the one for the
// image moved by `radius` (L2) along the direction that one power iteration from a random start
// finds to change it most.
torch::Tensor virtualAdversarialLoss(const std::function<torch::Tensor(const torch::Tensor&)>& logitsOf,
                                     const torch::Tensor& images, const torch::Tensor& cleanLogits, double radius,
                                     torch::Generator& noise);

struct RegisteredVariant;
RegisteredVariant infoganVariant();

}  // namespace gan
