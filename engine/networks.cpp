#include "networks.h"

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
      m_upsample1(register_module("upsample1", torch::nn::ConvTranspose2d(upsample(kWide, kNarrow)))),
      m_upsample1Norm(register_module("upsample1_norm", torch::nn::BatchNorm2d(kNarrow))),
      m_upsample2(register_module("upsample2", torch::nn::ConvTranspose2d(upsample(kNarrow, 1)))) {}

torch::Tensor DcganGeneratorImpl::forward(const torch::Tensor& z) {
  auto x = torch::relu(m_projectNorm(m_project(z)));
  x = x.view({-1, kWide, kCoarseSide, kCoarseSide});
  x = torch::relu(m_upsample1Norm(m_upsample1(x)));
  return torch::tanh(m_upsample2(x));
}

DcganDiscriminatorImpl::DcganDiscriminatorImpl()
    : m_conv1(register_module("conv1", torch::nn::Conv2d(downsample(1, kNarrow)))),
      m_conv2(register_module("conv2", torch::nn::Conv2d(downsample(kNarrow, kWide)))),
      m_conv2Norm(register_module("conv2_norm", torch::nn::BatchNorm2d(kWide))),
      m_classify(register_module("classify", torch::nn::Linear(kWide * kCoarseSide * kCoarseSide, 1))) {}

torch::Tensor DcganDiscriminatorImpl::forward(const torch::Tensor& images) {
  auto x = torch::leaky_relu(m_conv1(images), kLeakySlope);
  x = torch::leaky_relu(m_conv2Norm(m_conv2(x)), kLeakySlope);
  return m_classify(x.flatten(1));
}

}  // namespace gan
