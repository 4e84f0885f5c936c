#pragma once
// The seed's DCGAN for 28×28 MNIST (same layers as ../shared/bench/peer_dcgan.py).
#include <torch/torch.h>

namespace gan {

constexpr std::int64_t kImageSide = 28;

struct DcganGeneratorImpl : torch::nn::Module {
  explicit DcganGeneratorImpl(std::int64_t latentDim);
  // z: [N, latentDim] -> images [N, 1, 28, 28] in [-1, 1]
  torch::Tensor forward(const torch::Tensor& z);

  torch::nn::Linear m_project{nullptr};
  torch::nn::BatchNorm1d m_projectNorm{nullptr};
  torch::nn::ConvTranspose2d m_upsample1{nullptr};
  torch::nn::BatchNorm2d m_upsample1Norm{nullptr};
  torch::nn::ConvTranspose2d m_upsample2{nullptr};
};
TORCH_MODULE(DcganGenerator);

struct DcganDiscriminatorImpl : torch::nn::Module {
  DcganDiscriminatorImpl();
  // images [N, 1, 28, 28] -> one raw logit per image, [N, 1] (no sigmoid: losses use softplus)
  torch::Tensor forward(const torch::Tensor& images);

  torch::nn::Conv2d m_conv1{nullptr};
  torch::nn::Conv2d m_conv2{nullptr};
  torch::nn::BatchNorm2d m_conv2Norm{nullptr};
  torch::nn::Linear m_classify{nullptr};
};
TORCH_MODULE(DcganDiscriminator);

}  // namespace gan
