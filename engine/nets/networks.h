#pragma once
// The tutorial's DCGAN for 28×28 MNIST (the same layers as the Python DCGAN the benchmarks compare against).
#include <torch/torch.h>

#include "engine/nets/upsample.h"

namespace gan {

constexpr std::int64_t kImageSide = 28;

struct DcganGeneratorImpl : torch::nn::Module {
  explicit DcganGeneratorImpl(std::int64_t latentDim);
  // z: [N, latentDim] -> images [N, 1, 28, 28] in [-1, 1]
  torch::Tensor forward(const torch::Tensor& z);

  torch::nn::Linear m_project{nullptr};
  torch::nn::BatchNorm1d m_projectNorm{nullptr};
  Upsample m_upsample1{nullptr};
  torch::nn::BatchNorm2d m_upsample1Norm{nullptr};
  torch::nn::ConvTranspose2d m_upsample2{nullptr};
};
TORCH_MODULE(DcganGenerator);

enum class CriticNormalization { Batch, Layer, None };

// What a variant asks of its networks; the dataset decides their shape.
struct NetworkSpec {
  bool images = true;  // MNIST (DCGAN) or 2D points (MLPs)
  std::int64_t latentDim = 100;
  CriticNormalization normalization = CriticNormalization::Batch;
  bool spectralNorm = false;  // wrap every critic Linear/Conv2d in spectral normalisation
  // 2D toys only: the MLPs' shape.
  std::int64_t toyWidth = 128;
  int toyDepth = 2;
  int toyActivation = 0;  // 0 ReLU (D: LeakyReLU 0.2), 1 LeakyReLU 0.2, 2 tanh
};

// Images: the DCGAN generator above. Points: z → width × depth → 2.
torch::nn::Sequential makeGenerator(const NetworkSpec& spec);
// Images: Conv2d(1→64, 4, 2, 1) + LeakyReLU(0.2) → Conv2d(64→128, 4, 2, 1) + norm + LeakyReLU(0.2) →
// Linear → one raw logit. Points: 2 → width × depth → 1.
torch::nn::Sequential makeCritic(const NetworkSpec& spec);

}  // namespace gan
