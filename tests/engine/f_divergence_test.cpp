#include <torch/torch.h>
#include <catch2/catch.hpp>

#include <boost/math/special_functions/lambert_w.hpp>
#include <cmath>

#include "engine/math/f_divergence.h"
#include "engine/variants/f_gan_variant.h"

using namespace gan;

namespace {
double parameterOf(const FDivergenceInfo& info) { return info.parameterKey.empty() ? 0.0 : info.parameterDefault; }

// sup_u (t·u − f(u)) over u ≥ 0 by ternary search: the objective is concave because f is convex.
double numericConjugate(FDivergence kind, double t, double a) {
  auto objective = [&](double u) { return t * u - fConvex(kind, u, a); };
  double low = 0, high = 1e6;
  for (int i = 0; i < 400; ++i) {
    const double m1 = low + (high - low) / 3, m2 = high - (high - low) / 3;
    if (objective(m1) < objective(m2))
      low = m1;
    else
      high = m2;
  }
  return objective((low + high) / 2);
}

double kl(const std::vector<double>& p, const std::vector<double>& q) {
  double sum = 0;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (p[i] > 0) sum += p[i] * std::log(p[i] / q[i]);
  return sum;
}
double js(const std::vector<double>& p, const std::vector<double>& q) {
  std::vector<double> m(p.size());
  for (std::size_t i = 0; i < p.size(); ++i) m[i] = (p[i] + q[i]) / 2;
  return kl(p, m) / 2 + kl(q, m) / 2;
}

const std::vector<double> kP = {0.5, 0.1, 0.4};
const std::vector<double> kQ = {0.4, 0.3, 0.3};
}  // namespace

TEST_CASE("The table has the twelve divergences of the f-GAN paper", "[divergence]") {
  CHECK(fDivergences().size() == 12);
}

TEST_CASE("Every output activation maps the reals into the conjugate's domain", "[divergence]") {
  for (const auto& info : fDivergences()) {
    INFO(info.name);
    for (double v = -20; v <= 20; v += 0.25)
      CHECK(inConjugateDomain(info.kind, fActivation(info.kind, v, parameterOf(info)), parameterOf(info)));
  }
}

TEST_CASE("Each conjugate equals the Fenchel supremum sup_u (t·u − f(u))", "[divergence]") {
  for (const auto& info : fDivergences()) {
    const double a = parameterOf(info);
    for (double v : {-2.0, -0.7, 0.0, 0.4, 1.3}) {
      const double t = fActivation(info.kind, v, a);
      INFO(info.name << " at t = " << t);
      CHECK(fConjugate(info.kind, t, a) == Approx(numericConjugate(info.kind, t, a)).epsilon(1e-6).margin(1e-8));
    }
  }
  // α > 1 below t = −1/(α−1): the supremum sits at u = 0, f*(t) = −1/α.
  CHECK(fConjugate(FDivergence::AlphaAboveOne, -3.0, 2.0) == Approx(-0.5));
  CHECK(numericConjugate(FDivergence::AlphaAboveOne, -3.0, 2.0) == Approx(-0.5));
}

TEST_CASE("Conjugates reproduce the reference values", "[divergence]") {
  CHECK(fConjugate(FDivergence::KullbackLeibler, 0) == Approx(std::exp(-1.0)));
  CHECK(fConjugate(FDivergence::Jeffrey, 2) == Approx(3.869586).epsilon(1e-6));
  CHECK(fConjugate(FDivergence::JensenShannon, 0.6) == Approx(1.726639).epsilon(1e-6));
  CHECK(fConjugate(FDivergence::Gan, -1) == Approx(0.458675).epsilon(1e-6));
  // The tutorial's two rows: GAN g_f(v) = −log(1 + e^−v), f*(t) = −log(1 − e^t); KL g_f(v) = v, f*(t) = e^(t−1).
  CHECK(fActivation(FDivergence::Gan, 0.3) == Approx(-std::log(1 + std::exp(-0.3))));
  CHECK(fConjugate(FDivergence::Gan, -0.4) == Approx(-std::log(1 - std::exp(-0.4))));
  CHECK(fActivation(FDivergence::KullbackLeibler, 0.3) == 0.3);
  CHECK(fConjugate(FDivergence::KullbackLeibler, 0.3) == Approx(std::exp(0.3 - 1)));
}

TEST_CASE("D_f on discrete distributions equals each divergence's closed form", "[divergence]") {
  auto D = [](FDivergence kind, double a = 0) { return fDivergenceDiscrete(kind, kP, kQ, a); };
  double tv = 0, pearson = 0, neyman = 0, hellinger = 0, alphaSum = 0;
  for (std::size_t i = 0; i < kP.size(); ++i) {
    tv += 0.5 * std::fabs(kP[i] - kQ[i]);
    pearson += (kP[i] - kQ[i]) * (kP[i] - kQ[i]) / kQ[i];
    neyman += (kP[i] - kQ[i]) * (kP[i] - kQ[i]) / kP[i];
    hellinger += std::pow(std::sqrt(kP[i]) - std::sqrt(kQ[i]), 2);
    alphaSum += std::pow(kP[i], 0.5) * std::pow(kQ[i], 0.5);
  }
  CHECK(D(FDivergence::KullbackLeibler) == Approx(kl(kP, kQ)));
  CHECK(D(FDivergence::ReverseKullbackLeibler) == Approx(kl(kQ, kP)));
  CHECK(D(FDivergence::Jeffrey) == Approx(kl(kP, kQ) + kl(kQ, kP)));
  CHECK(D(FDivergence::JensenShannon) == Approx(2 * js(kP, kQ)));  // the table's f gives 2·JS
  CHECK(D(FDivergence::Gan) == Approx(2 * js(kP, kQ) - std::log(4.0)));
  CHECK(D(FDivergence::TotalVariation) == Approx(tv));
  CHECK(D(FDivergence::PearsonChiSquared) == Approx(pearson));
  CHECK(D(FDivergence::NeymanChiSquared) == Approx(neyman));
  CHECK(D(FDivergence::SquaredHellinger) == Approx(hellinger));
  CHECK(D(FDivergence::AlphaBelowOne, 0.5) == Approx((alphaSum - 1) / (0.5 * -0.5)));
}

TEST_CASE("The tutorial's js_div example: JS is log 2 for both predictions", "[divergence]") {
  const std::vector<double> y1 = {0.4, 0.6, 0, 0, 0}, y2 = {0, 0.4, 0.6, 0, 0}, y = {0, 0, 0, 0.4, 0.6};
  CHECK(fDivergenceDiscrete(FDivergence::JensenShannon, y1, y) / 2 == Approx(std::log(2.0)));
  CHECK(fDivergenceDiscrete(FDivergence::JensenShannon, y2, y) / 2 == Approx(std::log(2.0)));
  CHECK(std::isinf(fDivergenceDiscrete(FDivergence::KullbackLeibler, y1, y)));
  CHECK(fDivergenceDiscrete(FDivergence::TotalVariation, y1, y) == Approx(1.0));
}

TEST_CASE("With the optimal critic T* = f'(p/q) the variational bound reaches D_f", "[divergence]") {
  for (const auto& info : fDivergences()) {
    const double a = parameterOf(info);
    double bound = 0;
    for (std::size_t i = 0; i < kP.size(); ++i) {
      const double critic = fOptimalCritic(info.kind, kP[i] / kQ[i], a);
      bound += kP[i] * critic - kQ[i] * fConjugate(info.kind, critic, a);
    }
    INFO(info.name);
    CHECK(bound == Approx(fDivergenceDiscrete(info.kind, kP, kQ, a)).epsilon(1e-9));
  }
}

TEST_CASE("The tensor forms used in training agree with the scalar definitions", "[divergence]") {
  const auto v = torch::linspace(-8, 8, 161, torch::kFloat64);
  for (const auto& info : fDivergences()) {
    const double a = parameterOf(info);
    const auto activation = gan::fActivation(info.kind, v, a);
    const auto conjugate = fConjugateOfActivation(info.kind, v, a);
    for (std::int64_t i = 0; i < v.size(0); ++i) {
      const double x = v[i].item<double>();
      INFO(info.name << " at v = " << x);
      CHECK(activation[i].item<double>() == Approx(fActivation(info.kind, x, a)).epsilon(1e-9));
      CHECK(conjugate[i].item<double>() ==
            Approx(fConjugate(info.kind, fActivation(info.kind, x, a), a)).epsilon(1e-6).margin(1e-9));
    }
  }
}

TEST_CASE("Lambert W of e^a matches Boost also where e^a overflows", "[divergence]") {
  const auto a = torch::tensor({-20.0, -1.0, 0.0, 1.0, 5.0, 50.0, 650.0}, torch::kFloat64);
  const auto w = lambertW0OfExp(a);
  for (std::int64_t i = 0; i < a.size(0); ++i)
    CHECK(w[i].item<double>() == Approx(boost::math::lambert_w0(std::exp(a[i].item<double>()))).epsilon(1e-12));
  const double big = gan::lambertW0OfExp(800.0);
  CHECK(big + std::log(big) == Approx(800.0).epsilon(1e-14));
  CHECK(lambertW0OfExp(torch::tensor({800.0}, torch::kFloat64))[0].item<double>() == Approx(big).epsilon(1e-12));
}

TEST_CASE("Jeffrey's conjugate has the gradient u* = 1/W(e^(1−t))", "[divergence]") {
  auto t = torch::tensor({-1.5, 0.0, 2.0}, torch::dtype(torch::kFloat64).requires_grad(true));
  fConjugateOfActivation(FDivergence::Jeffrey, t, 0).sum().backward();
  for (std::int64_t i = 0; i < 3; ++i) {
    const double x = t[i].item<double>();
    CHECK(t.grad()[i].item<double>() == Approx(1 / boost::math::lambert_w0(std::exp(1 - x))).epsilon(1e-9));
  }
}

TEST_CASE("The f-GAN objective with the GAN row is the original GAN's value", "[divergence]") {
  const auto real = torch::tensor({0.3, 1.2, -0.4}, torch::kFloat64);
  const auto fake = torch::tensor({-1.0, 0.5, 2.0}, torch::kFloat64);
  const double value = fGanObjective(FDivergence::Gan, real, fake, 0).item<double>();
  const double expected = (-torch::softplus(-real)).mean().item<double>() - torch::softplus(fake).mean().item<double>();
  CHECK(value == Approx(expected));
}
