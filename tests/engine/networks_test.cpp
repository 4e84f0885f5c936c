#include <torch/torch.h>
#include <catch2/catch.hpp>

#include "engine/nets/dense.h"
#include "engine/nets/networks.h"
#include "engine/nets/upsample.h"
#include "engine/data/dataset.h"
#include "engine/training/training_session.h"
#include "tests/engine/test_support.h"

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

TEST_CASE("Dense draws Linear's initial weights and matches its output and gradients on oneDNN", "[networks]") {
  torch::manual_seed(5);
  torch::nn::Linear linear(300, 200);
  torch::manual_seed(5);
  Dense dense(300, 200);
  CHECK(torch::equal(linear->weight, dense->weight));
  CHECK(torch::equal(linear->bias, dense->bias));
  REQUIRE(denseUsesOneDnn());

  const auto input = torch::randn({64, 300});
  const auto upstream = torch::randn({64, 200});
  auto x1 = input.clone().requires_grad_(), x2 = input.clone().requires_grad_();
  const auto y1 = linear(x1), y2 = dense(x2);
  CHECK(torch::allclose(y1, y2, 1e-4, 1e-4));
  y1.backward(upstream);
  y2.backward(upstream);
  CHECK(torch::allclose(x1.grad(), x2.grad(), 1e-4, 1e-4));
  CHECK(torch::allclose(linear->weight.grad(), dense->weight.grad(), 1e-3, 1e-3));
  CHECK(torch::allclose(linear->bias.grad(), dense->bias.grad(), 1e-4, 1e-4));
  // The same state dictionary names, so a checkpoint written with Linear layers loads.
  CHECK(linear->named_parameters().keys() == dense->named_parameters().keys());
  // One row (the explorer's single image) takes torch::linear.
  CHECK(torch::allclose(linear(input.slice(0, 0, 1)), dense(input.slice(0, 0, 1)), 1e-5, 1e-5));
}

TEST_CASE("Upsample draws ConvTranspose2d's initial weights and matches its output and gradients on oneDNN",
          "[networks]") {
  const auto options = torch::nn::ConvTranspose2dOptions(24, 16, 4).stride(2).padding(1);
  torch::manual_seed(8);
  torch::nn::ConvTranspose2d reference(options);
  torch::manual_seed(8);
  Upsample upsample(24, 16);
  CHECK(torch::equal(reference->weight, upsample->weight));
  CHECK(torch::equal(reference->bias, upsample->bias));
  CHECK(reference->named_parameters().keys() == upsample->named_parameters().keys());
  REQUIRE(upsampleUsesOneDnn());

  const auto input = torch::randn({6, 24, 7, 7});
  const auto upstream = torch::randn({6, 16, 14, 14});
  auto x1 = input.clone().requires_grad_(), x2 = input.clone().requires_grad_();
  const auto y1 = reference(x1), y2 = upsample(x2);
  REQUIRE(y2.sizes() == y1.sizes());
  CHECK(torch::allclose(y1, y2, 1e-4, 1e-4));
  y1.backward(upstream);
  y2.backward(upstream);
  CHECK(torch::allclose(x1.grad(), x2.grad(), 1e-4, 1e-4));
  CHECK(torch::allclose(reference->weight.grad(), upsample->weight.grad(), 1e-3, 1e-3));
  CHECK(torch::allclose(reference->bias.grad(), upsample->bias.grad(), 1e-3, 1e-3));
}

TEST_CASE("Training on the oneDNN layers gives LibTorch's own layers' losses for the first steps", "[networks]") {
  // gan-ns (the upsampling layer), InfoGAN and BiGAN (fully connected layers and upsampling):
  // the same seed, once with each route; float sums in another order may differ in the last bits.
  for (const char* variant : {"gan-ns", "infogan", "bigan"}) {
    auto config = withDefaults(test::smallConfig(variant, 3));
    if (config.hyperparameters.count("channels"))
      config.hyperparameters["channels"] = 8;  // 16 channels into the upsampling layer: the oneDNN route
    const auto run = [&](bool oneDnn) {
      setDenseUsesOneDnn(oneDnn);
      setUpsampleUsesOneDnn(oneDnn);
      TrainingSession session(config, loadDataset(config));
      std::vector<MetricValues> rows;
      for (int i = 0; i < 3; ++i) rows.push_back(session.step());
      setDenseUsesOneDnn(true);
      setUpsampleUsesOneDnn(true);
      return rows;
    };
    const auto own = run(false), oneDnn = run(true);
    INFO(variant);
    for (std::size_t step = 0; step < own.size(); ++step)
      for (std::size_t i = 0; i < own[step].size(); ++i)
        if (own[step][i] && oneDnn[step][i]) CHECK(*oneDnn[step][i] == Approx(*own[step][i]).epsilon(1e-3).margin(1e-4));
  }
}
