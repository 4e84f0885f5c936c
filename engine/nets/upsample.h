#pragma once
// The DCGAN generators' ×2 upsampling layer: a transposed convolution with a 4 × 4 kernel, stride 2,
// padding 1, whose products run on oneDNN. This LibTorch has no oneDNN path for transposed
// convolutions (it takes `slow_conv_transpose2d`, im2col on one GEMM); a transposed convolution is
// the input gradient of an ordinary convolution with the same weight, and LibTorch sends ordinary
// convolutions and their gradients to oneDNN. So the forward pass is that input gradient, the input
// gradient is an ordinary convolution and the weight gradient is an ordinary convolution's weight
// gradient: ~2× faster for 64+ output channels (docs/benchmarks.md). Narrow outputs (the image's one
// channel) stay on LibTorch's own path, which is faster there.
// Parameters, names and initialisation are torch::nn::ConvTranspose2d's, so checkpoints carry over.
// Not for layers that need a second derivative.
#include <torch/torch.h>

namespace gan {

struct UpsampleImpl : torch::nn::Cloneable<UpsampleImpl> {
  UpsampleImpl(std::int64_t inputs, std::int64_t outputs);
  void reset() override;
  torch::Tensor forward(const torch::Tensor& input);

  std::int64_t m_inputs, m_outputs;
  torch::Tensor weight, bias;  // [in, out, 4, 4] and [out], ConvTranspose2d's names
};
TORCH_MODULE(Upsample);

// Whether Upsample layers use the oneDNN route (off: torch::conv_transpose2d); for tests and benchmarks.
void setUpsampleUsesOneDnn(bool on);
bool upsampleUsesOneDnn();

}  // namespace gan
