#include <torch/torch.h>
#include <catch2/catch.hpp>

#include "engine/nets/networks.h"

using namespace gan;

namespace {
std::int64_t parameterCount(torch::nn::Module& module) {
  std::int64_t count = 0;
  for (const auto& p : module.parameters()) count += p.numel();
  return count;
}
}  // namespace

TEST_CASE("DCGAN generator maps z(100) to 1×28×28 images within -1 and 1", "[networks]") {
  DcganGenerator generator(100);
  const auto images = generator(torch::randn({5, 100}));
  CHECK(images.sizes() == torch::IntArrayRef({5, 1, 28, 28}));
  CHECK(images.min().item<float>() >= -1.0f);
  CHECK(images.max().item<float>() <= 1.0f);
  // Same layers as the Python DCGAN peer of the benchmarks: 633472 + 12544 + 131136 + 128 + 1025.
  CHECK(parameterCount(*generator) == 778305);
}

TEST_CASE("DCGAN discriminator gives one raw logit per image", "[networks]") {
  auto discriminator = makeCritic(NetworkSpec{});
  const auto logits = discriminator->forward(torch::randn({5, 1, 28, 28}));
  CHECK(logits.sizes() == torch::IntArrayRef({5, 1}));
  CHECK(parameterCount(*discriminator) == 1088 + 131200 + 256 + 6273);
  // No sigmoid: logits leave [0, 1] for some input.
  const auto extreme = discriminator->forward(torch::randn({64, 1, 28, 28}) * 50);
  CHECK((extreme.max().item<float>() > 1.0f || extreme.min().item<float>() < 0.0f));
}

TEST_CASE("Critic variants use LayerNorm or no norm for WGAN-GP and MLPs for 2D points", "[networks]") {
  NetworkSpec layer;
  layer.normalization = CriticNormalization::Layer;
  auto critic = makeCritic(layer);
  CHECK(critic->forward(torch::randn({3, 1, 28, 28})).sizes() == torch::IntArrayRef({3, 1}));
  for (const auto& module : critic->modules(false)) CHECK(!module->as<torch::nn::BatchNorm2d>());

  NetworkSpec points;
  points.images = false;
  points.latentDim = 2;
  CHECK(makeGenerator(points)->forward(torch::randn({7, 2})).sizes() == torch::IntArrayRef({7, 2}));
  CHECK(makeCritic(points)->forward(torch::randn({7, 2})).sizes() == torch::IntArrayRef({7, 1}));
}

TEST_CASE("The toy MLPs take their width, depth and z size from the spec", "[networks]") {
  NetworkSpec spec;
  spec.images = false;
  spec.latentDim = 5;
  spec.toyWidth = 16;
  spec.toyDepth = 3;
  spec.toyActivation = 2;
  auto generator = makeGenerator(spec);
  CHECK(generator->forward(torch::randn({4, 5})).sizes() == torch::IntArrayRef({4, 2}));
  int linears = 0, tanhs = 0;
  for (const auto& module : generator->modules(false)) {
    linears += module->as<torch::nn::Linear>() != nullptr;
    tanhs += module->as<torch::nn::Tanh>() != nullptr;
  }
  CHECK(linears == 4);
  CHECK(tanhs == 3);
  CHECK(parameterCount(*makeCritic(spec)) == (2 * 16 + 16) + 2 * (16 * 16 + 16) + (16 + 1));
}
