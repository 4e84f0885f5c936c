#pragma once
// A fully connected layer (y = x·Wᵀ + b) whose products run on oneDNN, LibTorch's mkldnn backend,
// on all of LibTorch's threads. torch::nn::Linear sends them to OpenBLAS, which GAN Studio keeps
// at one thread because its own pool fights LibTorch's OpenMP threads (docs/benchmarks.md).
// Parameters, their names ("weight" [out, in], "bias" [out]) and their initialisation are
// torch::nn::Linear's, so checkpoints and seeds carry over.
// Not for layers that need a second derivative (a gradient penalty): oneDNN's backward has none.
#include <torch/torch.h>

namespace gan {

struct DenseImpl : torch::nn::Cloneable<DenseImpl> {
  DenseImpl(std::int64_t inputs, std::int64_t outputs);
  void reset() override;
  torch::Tensor forward(const torch::Tensor& input);

  std::int64_t m_inputs, m_outputs;
  torch::Tensor weight, bias;  // Linear's names, so state dictionaries match
};
TORCH_MODULE(Dense);

// Whether Dense layers use oneDNN (off: torch::linear everywhere); for tests and benchmarks.
void setDenseUsesOneDnn(bool on);
bool denseUsesOneDnn();

}  // namespace gan
