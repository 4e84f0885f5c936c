#include "engine/nets/image_networks.h"

namespace gan {

namespace {
constexpr std::int64_t kCoarseSide = 7;
constexpr double kImagePixels = 28.0 * 28.0;
constexpr double kLeakySlope = 0.2;
}  // namespace

ImageTrunkImpl::ImageTrunkImpl(std::int64_t channels, bool batchNorm)
    : m_features(2 * channels * kCoarseSide * kCoarseSide) {
  torch::nn::Sequential layers;
  layers->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(1, channels, 4).stride(2).padding(1)));
  layers->push_back(leakyRelu());
  layers->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, 2 * channels, 4).stride(2).padding(1)));
  if (batchNorm) layers->push_back(torch::nn::BatchNorm2d(2 * channels));
  layers->push_back(leakyRelu());
  layers->push_back(torch::nn::Flatten());
  m_layers = register_module("layers", layers);
}

torch::nn::LeakyReLU leakyRelu() {
  return torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(kLeakySlope));
}

torch::Tensor ImageTrunkImpl::forward(const torch::Tensor& images) { return m_layers->forward(images); }

ImageDecoderImpl::ImageDecoderImpl(std::int64_t inputs, std::int64_t channels, std::int64_t hidden) {
  const std::int64_t coarse = 2 * channels * kCoarseSide * kCoarseSide;
  torch::nn::Sequential layers;
  if (hidden > 0) {
    layers->push_back(Dense(inputs, hidden));
    layers->push_back(torch::nn::BatchNorm1d(hidden));
    layers->push_back(torch::nn::ReLU());
  }
  layers->push_back(Dense(hidden > 0 ? hidden : inputs, coarse));
  layers->push_back(torch::nn::BatchNorm1d(coarse));
  layers->push_back(torch::nn::ReLU());
  layers->push_back(torch::nn::Unflatten(torch::nn::UnflattenOptions(1, {2 * channels, kCoarseSide, kCoarseSide})));
  layers->push_back(Upsample(2 * channels, channels));
  layers->push_back(torch::nn::BatchNorm2d(channels));
  layers->push_back(torch::nn::ReLU());
  layers->push_back(torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(channels, 1, 4).stride(2).padding(1)));
  layers->push_back(torch::nn::Tanh());
  m_layers = register_module("layers", layers);
}

torch::Tensor ImageDecoderImpl::forward(const torch::Tensor& input) { return m_layers->forward(input); }

torch::Tensor imageScaledSquaredError(const torch::Tensor& a, const torch::Tensor& b) {
  const auto perSample = (a - b).pow(2).flatten(1);
  return perSample.sum(1) * (kImagePixels / double(perSample.size(1)));
}

std::vector<torch::Tensor> parametersOf(const std::vector<torch::nn::Module*>& modules) {
  std::vector<torch::Tensor> parameters;
  for (auto* module : modules)
    for (auto& parameter : module->parameters()) parameters.push_back(parameter);
  return parameters;
}

}  // namespace gan
