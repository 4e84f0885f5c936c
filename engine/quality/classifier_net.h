#pragma once
// The reference classifier's network: two convolutions and two linear layers, ~0.34 M parameters (1.4 MB).
// Its feature space is the 128 pre-activations before the last ReLU: taken before the
// activation, the features are not clipped at zero, so their covariance is not singular (FID
// needs its square root).
#include <torch/torch.h>

namespace gan {

struct ClassifierNetImpl : torch::nn::Module {
  ClassifierNetImpl();
  torch::Tensor features(const torch::Tensor& images);  // [N, 1, 28, 28] in [−1, 1] → [N, 128]
  torch::Tensor forward(const torch::Tensor& images);   // → logits [N, 10]

  torch::nn::Sequential m_trunk{nullptr};
  torch::nn::Linear m_features{nullptr}, m_logits{nullptr};
};
TORCH_MODULE(ClassifierNet);

}  // namespace gan
