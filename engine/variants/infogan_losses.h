#pragma once
// InfoGAN's losses on tensors: the information terms Q minimises and the remedies that make Q's
// categories follow digits (clustering, consistency, virtual adversarial training).
#include <torch/torch.h>

#include <functional>

namespace gan {

// −E[log Q(c|x)] for the categorical code (softmax cross-entropy against the sampled category).
torch::Tensor categoricalCodeLoss(const torch::Tensor& logits, const torch::Tensor& categories);
// Gaussian negative log-likelihood of the continuous codes under Q's mean and log-variance,
// summed over codes and averaged over the batch.
torch::Tensor continuousCodeLoss(const torch::Tensor& mean, const torch::Tensor& logVariance,
                                 const torch::Tensor& codes);
// The same with σ = 1 and without the constant ½·log 2π per code: ½‖c − μ‖², averaged over the
// batch (the official InfoGAN code's MNIST setting).
torch::Tensor fixedVarianceCodeLoss(const torch::Tensor& mean, const torch::Tensor& codes);
// IMSAT's clustering loss from category log-probabilities [N, K]: H(Y|X) − b·H(Y) over the batch
// (IMSAT's MNIST setting is b = 4, weighted 0.1 against its VAT term).
torch::Tensor realClusteringLoss(const torch::Tensor& logProbabilities, double marginalWeight = 1);
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

// KL(clean ‖ softmax(logits)), averaged over the batch; clean is held fixed.
torch::Tensor categoryDivergence(const torch::Tensor& clean, const torch::Tensor& logits);

}  // namespace gan
