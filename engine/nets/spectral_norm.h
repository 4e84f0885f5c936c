#pragma once
// Spectral normalisation (Miyato et al. 2018) as a wrapper around a Linear or Conv2d layer:
// the layer's weight stays the trained parameter; forward uses W / σ(W), with σ estimated by one
// power iteration per training forward (u, v persistent buffers without gradient), none in eval.
// LibTorch C++ has no spectral_norm of its own.
#include <torch/torch.h>

namespace gan {

class SpectralNormedLayer {
 public:
  virtual ~SpectralNormedLayer() = default;
  // σ of the raw weight as of the last forward (the quantity the live plot shows).
  virtual double sigma() const = 0;
  // W / σ as used in forward, without advancing the power iteration.
  virtual torch::Tensor effectiveWeight() = 0;
};

class PowerIteration {
 public:
  // u, v start as random unit vectors (drawn from LibTorch's global generator, like weights).
  void initialise(torch::nn::Module& owner, std::int64_t rows, std::int64_t columns);
  // σ(W) with u, v detached, so the gradient flows through W alone (as in the paper).
  torch::Tensor sigma(const torch::Tensor& weight, bool iterate);
  double lastSigma() const { return m_lastSigma; }

 private:
  torch::Tensor m_u;
  torch::Tensor m_v;
  double m_lastSigma = 0;
};

struct SpectralLinearImpl : torch::nn::Module, SpectralNormedLayer {
  SpectralLinearImpl(std::int64_t in, std::int64_t out);
  torch::Tensor forward(const torch::Tensor& input);
  double sigma() const override { return m_power.lastSigma(); }
  torch::Tensor effectiveWeight() override;

  torch::nn::Linear m_layer{nullptr};
  PowerIteration m_power;
};
TORCH_MODULE(SpectralLinear);

struct SpectralConv2dImpl : torch::nn::Module, SpectralNormedLayer {
  SpectralConv2dImpl(std::int64_t in, std::int64_t out, std::int64_t kernel, std::int64_t stride, std::int64_t padding);
  torch::Tensor forward(const torch::Tensor& input);
  double sigma() const override { return m_power.lastSigma(); }
  torch::Tensor effectiveWeight() override;

  torch::nn::Conv2d m_layer{nullptr};
  std::int64_t m_stride;
  std::int64_t m_padding;
  PowerIteration m_power;
};
TORCH_MODULE(SpectralConv2d);

// The σ of every spectrally normalised layer in `network`, in forward order.
std::vector<double> spectralSigmas(torch::nn::Module& network);

}  // namespace gan
