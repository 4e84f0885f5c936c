#include "engine/nets/networks.h"

#include "engine/nets/spectral_norm.h"

namespace gan {

namespace {
constexpr std::int64_t kWide = 128;
constexpr std::int64_t kNarrow = 64;
constexpr std::int64_t kCoarseSide = 7;
constexpr double kLeakySlope = 0.2;

torch::nn::ConvTranspose2dOptions upsample(std::int64_t in, std::int64_t out) {
  return torch::nn::ConvTranspose2dOptions(in, out, 4).stride(2).padding(1);
}
torch::nn::Conv2dOptions downsample(std::int64_t in, std::int64_t out) {
  return torch::nn::Conv2dOptions(in, out, 4).stride(2).padding(1);
}
}  // namespace

DcganGeneratorImpl::DcganGeneratorImpl(std::int64_t latentDim)
    : m_project(register_module("project", torch::nn::Linear(latentDim, kWide * kCoarseSide * kCoarseSide))),
      m_projectNorm(register_module("project_norm", torch::nn::BatchNorm1d(kWide * kCoarseSide * kCoarseSide))),
      m_upsample1(register_module("upsample1", Upsample(kWide, kNarrow))),
      m_upsample1Norm(register_module("upsample1_norm", torch::nn::BatchNorm2d(kNarrow))),
      m_upsample2(register_module("upsample2", torch::nn::ConvTranspose2d(upsample(kNarrow, 1)))) {}

torch::Tensor DcganGeneratorImpl::forward(const torch::Tensor& z) {
  auto x = torch::relu(m_projectNorm(m_project(z)));
  x = x.view({-1, kWide, kCoarseSide, kCoarseSide});
  x = torch::relu(m_upsample1Norm(m_upsample1(x)));
  return torch::tanh(m_upsample2(x));
}

namespace {
constexpr std::int64_t kToyDims = 2;

void addActivation(torch::nn::Sequential& net, int activation, bool critic);

void addLinear(torch::nn::Sequential& net, const NetworkSpec& spec, std::int64_t in, std::int64_t out) {
  if (spec.spectralNorm)
    net->push_back(SpectralLinear(in, out));
  else
    net->push_back(torch::nn::Linear(in, out));
}

void addDownsample(torch::nn::Sequential& net, const NetworkSpec& spec, std::int64_t in, std::int64_t out) {
  if (spec.spectralNorm)
    net->push_back(SpectralConv2d(in, out, 4, 2, 1));
  else
    net->push_back(torch::nn::Conv2d(downsample(in, out)));
}

torch::nn::LeakyReLU leaky() { return torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(kLeakySlope)); }

void addActivation(torch::nn::Sequential& net, int activation, bool critic) {
  if (activation == 2)
    net->push_back(torch::nn::Tanh());
  else if (activation == 1 || critic)
    net->push_back(leaky());
  else
    net->push_back(torch::nn::ReLU());
}
}  // namespace

torch::nn::Sequential makeGenerator(const NetworkSpec& spec) {
  torch::nn::Sequential net;
  if (spec.images) {
    net->push_back(DcganGenerator(spec.latentDim));
    return net;
  }
  std::int64_t in = spec.latentDim;
  for (int layer = 0; layer < spec.toyDepth; ++layer) {
    net->push_back(torch::nn::Linear(in, spec.toyWidth));
    addActivation(net, spec.toyActivation, false);
    in = spec.toyWidth;
  }
  net->push_back(torch::nn::Linear(in, kToyDims));
  return net;
}

torch::nn::Sequential makeCritic(const NetworkSpec& spec) {
  torch::nn::Sequential net;
  if (!spec.images) {
    std::int64_t in = kToyDims;
    for (int layer = 0; layer < spec.toyDepth; ++layer) {
      addLinear(net, spec, in, spec.toyWidth);
      addActivation(net, spec.toyActivation, true);
      in = spec.toyWidth;
    }
    addLinear(net, spec, in, 1);
    return net;
  }
  addDownsample(net, spec, 1, kNarrow);
  net->push_back(leaky());
  addDownsample(net, spec, kNarrow, kWide);
  // WGAN-GP's penalty is per sample, which BatchNorm's batch coupling breaks: LayerNorm or none.
  if (spec.normalization == CriticNormalization::Batch) net->push_back(torch::nn::BatchNorm2d(kWide));
  if (spec.normalization == CriticNormalization::Layer)
    net->push_back(torch::nn::LayerNorm(torch::nn::LayerNormOptions({kWide, kCoarseSide, kCoarseSide})));
  net->push_back(leaky());
  net->push_back(torch::nn::Flatten());
  addLinear(net, spec, kWide * kCoarseSide * kCoarseSide, 1);
  return net;
}

}  // namespace gan
