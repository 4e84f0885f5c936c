#include <torch/torch.h>
#include <catch2/catch.hpp>

#include <cmath>

#include "engine/objectives/gan_objective.h"
#include "engine/variants/variant.h"

using namespace gan;

namespace {
// Written from the definitions, not from softplus, so the test checks the stable forms.
double logSigmoid(double l) { return std::log(1.0 / (1.0 + std::exp(-l))); }
double logOneMinusSigmoid(double l) { return std::log(1.0 - 1.0 / (1.0 + std::exp(-l))); }
}  // namespace

TEST_CASE("GAN losses equal hand-computed values on known logits", "[objective]") {
  const auto real = torch::tensor({0.0, 2.0, -0.5}).unsqueeze(1);
  const auto fake = torch::tensor({-1.0, 1.0, 3.0}).unsqueeze(1);
  const double meanLogDReal = (logSigmoid(0) + logSigmoid(2) + logSigmoid(-0.5)) / 3;
  const double meanLogOneMinusDFake = (logOneMinusSigmoid(-1) + logOneMinusSigmoid(1) + logOneMinusSigmoid(3)) / 3;
  const double meanLogDFake = (logSigmoid(-1) + logSigmoid(1) + logSigmoid(3)) / 3;

  CHECK(discriminatorLoss(real, fake).item<double>() == Approx(-(meanLogDReal + meanLogOneMinusDFake)).epsilon(1e-6));
  CHECK(minimaxGeneratorLoss(fake).item<double>() == Approx(meanLogOneMinusDFake).epsilon(1e-6));
  CHECK(nonSaturatingGeneratorLoss(fake).item<double>() == Approx(-meanLogDFake).epsilon(1e-6));
}

TEST_CASE("The JS estimate is zero when D outputs one half everywhere", "[objective]") {
  const auto half = torch::zeros({8, 1});  // logit 0 = probability 1/2
  const double value = -discriminatorLoss(half, half).item<double>();
  CHECK(value == Approx(-2.0 * std::log(2.0)));
  CHECK(jensenShannonEstimate(value) == Approx(0.0).margin(1e-7));
  // A perfect D (V -> 0) gives the maximum, log 2.
  CHECK(jensenShannonEstimate(0.0) == Approx(std::log(2.0)));
}

TEST_CASE("Losses stay finite for extreme logits", "[objective]") {
  const auto huge = torch::tensor({200.0f, -200.0f}).unsqueeze(1);
  CHECK(std::isfinite(discriminatorLoss(huge, huge).item<double>()));
  CHECK(std::isfinite(minimaxGeneratorLoss(huge).item<double>()));
  CHECK(std::isfinite(nonSaturatingGeneratorLoss(huge).item<double>()));
}

TEST_CASE("Minimax G gradient vanishes where D rejects fakes but non-saturating does not", "[objective]") {
  auto logits = torch::full({1, 1}, -8.0, torch::requires_grad());
  minimaxGeneratorLoss(logits).backward();
  const double minimaxGrad = std::abs(logits.grad().item<double>());
  logits.grad().zero_();
  nonSaturatingGeneratorLoss(logits).backward();
  const double nonSaturatingGrad = std::abs(logits.grad().item<double>());
  CHECK(minimaxGrad < 1e-3);
  CHECK(nonSaturatingGrad > 0.99);
}

TEST_CASE("A player's step computes gradients for that player only, with the same update", "[objective]") {
  // G's loss runs through D; D's weight gradients are not needed for G's update, and D's own step
  // zeroes them anyway, so applyStep does not compute them.
  torch::manual_seed(5);
  torch::nn::Linear g(3, 4), d(4, 1);
  const auto x = torch::randn({8, 3});
  torch::nn::Linear gReference(3, 4);
  {
    torch::NoGradGuard noGrad;
    gReference->weight.copy_(g->weight);
    gReference->bias.copy_(g->bias);
  }
  torch::optim::SGD optimizerG(g->parameters(), 0.1);
  applyStep(optimizerG, d(g(x)).sum(), "G loss");
  CHECK_FALSE(d->weight.grad().defined());
  CHECK(g->weight.grad().abs().sum().item<double>() > 0);

  // The same update as a full backward pass followed by G's step.
  torch::optim::SGD optimizerReference(gReference->parameters(), 0.1);
  optimizerReference.zero_grad();
  d(gReference(x)).sum().backward();
  optimizerReference.step();
  CHECK(torch::equal(g->weight, gReference->weight));
  CHECK(torch::equal(g->bias, gReference->bias));
}
