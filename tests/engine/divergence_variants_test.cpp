#include <torch/torch.h>
#include <catch2/catch.hpp>

#include <cmath>

#include "engine/core/variant_catalog.h"
#include "engine/data/dataset.h"
#include "engine/nets/networks.h"
#include "engine/nets/spectral_norm.h"
#include "engine/training/training_session.h"
#include "engine/variants/wasserstein_variants.h"
#include "tests/engine/learning_check.h"
#include "tests/engine/test_support.h"

using namespace gan;

namespace {
double largestSingularValue(const torch::Tensor& weight) {
  return torch::linalg_svdvals(weight.reshape({weight.size(0), -1}).to(torch::kFloat64))[0].item<double>();
}

// Mean distance from generated points to the nearest of the ring's 8 modes.
double distanceToRing(const torch::Tensor& points) {
  return std::get<0>(torch::cdist(points, ringModes()).min(1)).mean().item<double>();
}

TrainConfig ringConfig(const std::string& variant) {
  TrainConfig config;
  config.variant = variant;
  config.dataset = "ring";
  config.seed = 5;
  return withDefaults(config);
}
}  // namespace

TEST_CASE("Gradient penalty of a linear critic D(x) = w·x is (‖w‖ − 1)²", "[wgan]") {
  const auto w = torch::tensor({3.0, 4.0}, torch::kFloat64);  // ‖w‖ = 5
  auto critic = [&](const torch::Tensor& x) { return torch::mv(x, w); };
  const auto real = torch::randn({16, 2}, torch::kFloat64);
  const auto fake = torch::randn({16, 2}, torch::kFloat64);
  const auto gp = gradientPenalty(critic, real, fake, torch::rand({16, 1}, torch::kFloat64));
  CHECK(gp.penalty.item<double>() == Approx(16.0));
  CHECK(10 * gp.penalty.item<double>() == Approx(160.0));  // λ(‖w‖ − 1)² with λ = 10
  CHECK(gp.meanNorm == Approx(5.0));
}

TEST_CASE("Weight clipping leaves every critic weight within plus or minus c", "[wgan]") {
  auto critic = makeCritic(NetworkSpec{});
  {
    torch::NoGradGuard noGrad;
    for (auto& p : critic->parameters()) p.mul_(100);
  }
  const double fraction = clipWeights(*critic, 0.01);
  for (const auto& p : critic->parameters()) CHECK(p.abs().max().item<double>() <= 0.01);
  CHECK(fraction > 0.5);
}

TEST_CASE("Spectral norm's power iteration finds the largest singular value and normalises it to 1", "[spectral]") {
  torch::manual_seed(3);
  SpectralLinear linear(20, 30);
  linear->train();
  const auto input = torch::randn({4, 20});
  for (int i = 0; i < 200; ++i) linear->forward(input);
  CHECK(linear->sigma() == Approx(largestSingularValue(linear->m_layer->weight)).epsilon(1e-3));
  CHECK(largestSingularValue(linear->effectiveWeight().detach()) == Approx(1.0).epsilon(1e-3));

  SpectralConv2d conv(3, 8, 4, 2, 1);
  conv->train();
  const auto images = torch::randn({2, 3, 8, 8});
  for (int i = 0; i < 200; ++i) conv->forward(images);
  CHECK(conv->sigma() == Approx(largestSingularValue(conv->m_layer->weight)).epsilon(1e-3));
  CHECK(conv->forward(images).sizes() == torch::IntArrayRef({2, 8, 4, 4}));

  // Eval mode does not iterate: σ stays put.
  conv->eval();
  const auto u = conv->named_buffers()["spectral_u"].clone();
  conv->forward(images);
  CHECK(torch::equal(u, conv->named_buffers()["spectral_u"]));
}

TEST_CASE("The spectral-norm flag wraps every critic layer on images and on points", "[spectral]") {
  NetworkSpec spec;
  spec.spectralNorm = true;
  auto critic = makeCritic(spec);
  critic->forward(torch::randn({2, 1, 28, 28}));
  CHECK(spectralSigmas(*critic).size() == 3);
  spec.images = false;
  auto points = makeCritic(spec);
  points->forward(torch::randn({5, 2}));
  CHECK(spectralSigmas(*points).size() == 3);
}

TEST_CASE("Every variant trains 200 steps on the ring without NaN", "[variants]") {
  const auto data = makeRing(5);
  for (const auto& info : variantCatalog()) {
    INFO(info.name);
    if (info.imagesOnly) continue;  // model_variants_test checks that these refuse 2D data
    const auto config = ringConfig(info.name);
    TrainingSession session(config, data);
    MetricValues last;
    REQUIRE_NOTHROW([&] {
      for (int i = 0; i < 200; ++i) last = session.step();
    }());
    CHECK(session.stepsDone() == 200);
    REQUIRE(last.size() == info.metrics.size());
    for (std::size_t i = 0; i < last.size(); ++i)
      if (metricShown(info.metrics[i], config)) CHECK(test::finite(last[i]));  // step 200 measures the toys too
    CHECK(std::isfinite(session.generateRaw(256, 1).sum().item<double>()));
  }
}

namespace {
// Mean distance to the nearest mode, averaged over the last 500 of 2,000 steps (11 readings,
// 1,000 points each). One reading at one step is a point on a chaotic trajectory that the CPU's
// float kernels decide (gan-ns swings by 2x between neighbouring readings); the average over a
// window is a property of the run.
double settledDistanceToRing(TrainingSession& session) {
  constexpr int kSteps = 2000, kWindow = 500, kEvery = 50;
  double sum = 0;
  int readings = 0;
  for (int i = 1; i <= kSteps; ++i) {
    session.step();
    if (i >= kSteps - kWindow && i % kEvery == 0) {
      sum += distanceToRing(session.generateRaw(1000, 9));
      ++readings;
    }
  }
  return sum / readings;
}

void checkMovesOntoRing(const std::string& name, const Hyperparameters& settings) {
  auto config = ringConfig(name);
  for (const auto& [key, value] : settings) config.hyperparameters[key] = value;
  test::learnsThrough(config, {"learning_rate_g"});
  TrainingSession session(config, makeRing(5));
  const double before = distanceToRing(session.generateRaw(1000, 9));
  const double after = settledDistanceToRing(session);
  INFO(name << ": mean distance to the nearest mode " << before << " -> " << after << " (last 500 steps)");
  // Measured 0.15-0.4 of the start on every kernel and seed tried; a frozen G stays at 1.0.
  CHECK(test::learnedBelow("ring " + name + ": settled distance / start", after / before, 0.5));
}
}  // namespace

TEST_CASE("The non-saturating GAN moves the generated cloud onto the ring", "[learning]") {
  // A toy-sized 1e-3 instead of the DCGAN's 2e-4.
  checkMovesOntoRing("gan-ns", {{"learning_rate_d", 1e-3}, {"learning_rate_g", 1e-3}});
}

TEST_CASE("LSGAN moves the generated cloud onto the ring", "[learning]") {
  checkMovesOntoRing("lsgan", {{"learning_rate_d", 1e-3}, {"learning_rate_g", 1e-3}});
}

TEST_CASE("WGAN-GP moves the generated cloud onto the ring", "[learning]") {
  // The published rate (1e-4) and critic steps, with λ = 0.1 as in Gulrajani et al.'s own toy
  // experiments: at the image setting λ = 10 the critic throws points out to distance 2-3 and the
  // run never settles on this ring on any kernel (0.3-3.0 between readings).
  checkMovesOntoRing("wgan-gp", {{"gp_lambda", 0.1}});
}

TEST_CASE("The optimiser can change mid-run and the checkpoint remembers which one", "[variants]") {
  auto config = ringConfig("gan-ns");
  config.hyperparameters["toy_points"] = 500;
  const auto data = loadDataset(config);
  CHECK(data->samples.size(0) == 500);
  const auto path = (test::tempDir("optimizer-switch") / "run.pt").string();
  TrainingSession session(config, data);
  session.step();
  session.setHyperparameter("optimizer", 3);  // plain SGD from here on
  session.step();
  session.save(path);
  const auto expected = session.step();
  TrainingSession resumed(config, data);
  resumed.load(path);
  CHECK(resumed.config().value("optimizer") == 3);
  CHECK(test::sameValues(resumed.step(), expected));
  CHECK(test::finite(expected[kLossD]));
  CHECK(test::finite(expected[kLossG]));
}
