#include "engine/nets/spectral_norm.h"

namespace gan {

namespace {
constexpr double kEpsilon = 1e-12;  // as in the paper's and PyTorch's implementation

torch::Tensor unit(const torch::Tensor& x) { return x / (x.norm() + kEpsilon); }
}  // namespace

void PowerIteration::initialise(torch::nn::Module& owner, std::int64_t rows, std::int64_t columns) {
  m_u = owner.register_buffer("spectral_u", unit(torch::randn({rows})));
  m_v = owner.register_buffer("spectral_v", unit(torch::randn({columns})));
}

torch::Tensor PowerIteration::sigma(const torch::Tensor& weight, bool iterate) {
  const auto matrix = weight.reshape({weight.size(0), -1});
  if (iterate) {
    torch::NoGradGuard noGrad;
    m_v.copy_(unit(torch::mv(matrix.t(), m_u)));
    m_u.copy_(unit(torch::mv(matrix, m_v)));
  }
  // Copies, not detach(): the next forward updates u and v in place, and autograd must still
  // see the values this forward used.
  auto sigma = torch::dot(m_u.clone(), torch::mv(matrix, m_v.clone()));
  m_lastSigma = sigma.item<double>();
  return sigma;
}

SpectralLinearImpl::SpectralLinearImpl(std::int64_t in, std::int64_t out)
    : m_layer(register_module("layer", torch::nn::Linear(in, out))) {
  m_power.initialise(*this, out, in);
}

torch::Tensor SpectralLinearImpl::effectiveWeight() { return m_layer->weight / m_power.sigma(m_layer->weight, false); }

torch::Tensor SpectralLinearImpl::forward(const torch::Tensor& input) {
  const auto weight = m_layer->weight / m_power.sigma(m_layer->weight, is_training());
  return torch::nn::functional::linear(input, weight, m_layer->bias);
}

SpectralConv2dImpl::SpectralConv2dImpl(std::int64_t in, std::int64_t out, std::int64_t kernel, std::int64_t stride,
                                       std::int64_t padding)
    : m_layer(register_module("layer", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)))),
      m_stride(stride),
      m_padding(padding) {
  m_power.initialise(*this, out, in * kernel * kernel);
}

torch::Tensor SpectralConv2dImpl::effectiveWeight() { return m_layer->weight / m_power.sigma(m_layer->weight, false); }

torch::Tensor SpectralConv2dImpl::forward(const torch::Tensor& input) {
  const auto weight = m_layer->weight / m_power.sigma(m_layer->weight, is_training());
  return torch::conv2d(input, weight, m_layer->bias, m_stride, m_padding);
}

std::vector<double> spectralSigmas(torch::nn::Module& network) {
  std::vector<double> sigmas;
  for (const auto& module : network.modules(/*include_self=*/false))
    if (auto* layer = dynamic_cast<SpectralNormedLayer*>(module.get())) sigmas.push_back(layer->sigma());
  return sigmas;
}

}  // namespace gan
