#include "engine/math/f_divergence.h"

#include <boost/math/special_functions/lambert_w.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "engine/math/f_divergence_formulas.h"

namespace gan {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct ScalarMath {
  static double exp(double x) { return std::exp(x); }
  static double log(double x) { return std::log(x); }
  static double expm1(double x) { return std::expm1(x); }
  static double sqrt(double x) { return std::sqrt(x); }
  static double tanh(double x) { return std::tanh(x); }
  static double abs(double x) { return std::fabs(x); }
  static double sign(double x) { return double((x > 0) - (x < 0)); }
  static double pow(double x, double y) { return std::pow(x, y); }
  static double softplus(double x) { return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x)); }
  static double clampMin(double x, double low) { return std::max(x, low); }
  static double lambertW0OfExp(double a) { return gan::lambertW0OfExp(a); }
  static double detach(double x) { return x; }
};

// f(0⁺) and lim_{u→∞} f(u)/u: what a point with p = 0 or q = 0 contributes.
double limitAtZero(FDivergence kind, double a) {
  switch (kind) {
    case FDivergence::TotalVariation: return 0.5;
    case FDivergence::KullbackLeibler: return 0;
    case FDivergence::PearsonChiSquared: return 1;
    case FDivergence::SquaredHellinger: return 1;
    case FDivergence::JensenShannon: return std::log(2.0);
    case FDivergence::JensenShannonWeighted: return -(1 - a) * std::log(1 - a);
    case FDivergence::Gan: return 0;
    case FDivergence::AlphaBelowOne: return a > 0 ? 1 / a : kInfinity;
    case FDivergence::AlphaAboveOne: return 1 / a;
    default: return kInfinity;  // reverse KL, Neyman χ², Jeffrey
  }
}

double slopeAtInfinity(FDivergence kind, double a) {
  switch (kind) {
    case FDivergence::TotalVariation: return 0.5;
    case FDivergence::ReverseKullbackLeibler: return 0;
    case FDivergence::NeymanChiSquared: return 1;
    case FDivergence::SquaredHellinger: return 1;
    case FDivergence::JensenShannon: return std::log(2.0);
    case FDivergence::JensenShannonWeighted: return -a * std::log(a);
    case FDivergence::Gan: return 0;
    case FDivergence::AlphaBelowOne: return 1 / (1 - a);
    default: return kInfinity;  // KL, Pearson χ², Jeffrey, α > 1
  }
}

std::vector<FDivergenceInfo> buildTable() {
  const double log2 = std::log(2.0);
  using K = FDivergence;
  std::vector<FDivergenceInfo> table = {
      {K::TotalVariation, "total-variation", "Total variation", "½|u − 1|", "½ tanh(v)", "t", "|t| ≤ ½", "", 0, 0, 0, 0,
       1},
      {K::KullbackLeibler, "kl", "Kullback–Leibler", "u log u", "v", "e<sup>t−1</sup>", "ℝ", "", 0, 0, 0, 0, -1},
      {K::ReverseKullbackLeibler, "reverse-kl", "Reverse Kullback–Leibler", "−log u", "−e<sup>−v</sup>", "−1 − log(−t)",
       "t < 0", "", 0, 0, 0, 0, -1},
      {K::PearsonChiSquared, "pearson", "Pearson χ²", "(u − 1)²", "v", "t²/4 + t", "ℝ", "", 0, 0, 0, 0, -1},
      {K::NeymanChiSquared, "neyman", "Neyman χ²", "(1 − u)²/u", "1 − e<sup>−v</sup>", "2 − 2√(1 − t)", "t < 1", "", 0,
       0, 0, 0, -1},
      {K::SquaredHellinger, "hellinger", "Squared Hellinger", "(√u − 1)²", "1 − e<sup>−v</sup>", "t/(1 − t)", "t < 1",
       "", 0, 0, 0, 0, 2},
      {K::Jeffrey, "jeffrey", "Jeffrey", "(u − 1) log u", "v", "W(e<sup>1−t</sup>) + 1/W(e<sup>1−t</sup>) + t − 2", "ℝ",
       "", 0, 0, 0, 0, -1},
      {K::JensenShannon, "js", "Jensen–Shannon", "−(u + 1) log((1 + u)/2) + u log u", "log 2 − log(1 + e<sup>−v</sup>)",
       "−log(2 − e<sup>t</sup>)", "t < log 2", "", 0, 0, 0, 0, 2 * log2},
      {K::JensenShannonWeighted, "js-weighted", "Jensen–Shannon, weighted", "πu log u − (1 − π + πu) log(1 − π + πu)",
       "−π log π − log(1 + e<sup>−v</sup>)", "(1 − π) log((1 − π)/(1 − πe<sup>t/π</sup>))", "t < −π log π", "pi", 0.5,
       0.01, 0.99, 0, -1},
      {K::Gan, "gan", "GAN", "u log u − (u + 1) log(u + 1)", "−log(1 + e<sup>−v</sup>)", "−log(1 − e<sup>t</sup>)",
       "t < 0", "", 0, 0, 0, -2 * log2, 0},
      {K::AlphaBelowOne, "alpha-below-1", "α-divergence (α < 1)", "(u<sup>α</sup> − 1 − α(u − 1))/(α(α − 1))",
       "1/(1 − α) − log(1 + e<sup>−v</sup>)", "(1/α)(t(α − 1) + 1)<sup>α/(α−1)</sup> − 1/α", "t < 1/(1 − α)", "alpha",
       0.5, 0.01, 0.99, 0, -1},
      {K::AlphaAboveOne, "alpha-above-1", "α-divergence (α > 1)", "(u<sup>α</sup> − 1 − α(u − 1))/(α(α − 1))", "v",
       "(1/α)(t(α − 1) + 1)<sup>α/(α−1)</sup> − 1/α for t ≥ −1/(α − 1), else −1/α", "ℝ", "alpha", 2.0, 1.01, 10, 0, -1},
  };
  return table;
}

}  // namespace

const std::vector<FDivergenceInfo>& fDivergences() {
  static const std::vector<FDivergenceInfo> table = buildTable();
  return table;
}

const FDivergenceInfo& fDivergenceInfo(FDivergence kind) {
  for (const auto& info : fDivergences())
    if (info.kind == kind) return info;
  throw std::invalid_argument("unknown f-divergence");
}

double lambertW0OfExp(double a) {
  if (a < 700) return boost::math::lambert_w0(std::exp(a));
  // e^a overflows: solve w + log w = a by Newton from the asymptote a − log a.
  double w = a - std::log(a);
  for (int i = 0; i < 50; ++i) {
    const double step = (w + std::log(w) - a) / (1 + 1 / w);
    w -= step;
    if (std::fabs(step) < 1e-15 * w) break;
  }
  return w;
}

double fConvex(FDivergence kind, double u, double a) {
  if (u == 0) return limitAtZero(kind, a);
  return formulas::generatorF<ScalarMath>(kind, u, a);
}

double fActivation(FDivergence kind, double v, double a) { return formulas::activation<ScalarMath>(kind, v, a); }

double fConjugate(FDivergence kind, double t, double a) {
  if (!inConjugateDomain(kind, t, a)) return kInfinity;
  return formulas::conjugate<ScalarMath>(kind, t, a);
}

bool inConjugateDomain(FDivergence kind, double t, double a) {
  switch (kind) {
    case FDivergence::TotalVariation: return std::fabs(t) <= 0.5;
    case FDivergence::ReverseKullbackLeibler: return t < 0;
    case FDivergence::NeymanChiSquared:
    case FDivergence::SquaredHellinger: return t < 1;
    case FDivergence::JensenShannon: return t < std::log(2.0);
    case FDivergence::JensenShannonWeighted: return t < -a * std::log(a);
    case FDivergence::Gan: return t < 0;
    case FDivergence::AlphaBelowOne: return t < 1 / (1 - a);
    default: return std::isfinite(t);
  }
}

double fOptimalCritic(FDivergence kind, double ratio, double a) {
  return formulas::optimalCritic<ScalarMath>(kind, ratio, a);
}

namespace {
// q·f(p/q) for one point, without overflow: where p/q is astronomically large, q → 0 in the
// limit gives p·f'(∞) (exact to ~1e-148 when that slope is finite); an unbounded f that overflows
// there (∞ − ∞ inside f) is +∞, which its true value is beyond any double.
double pointTerm(FDivergence kind, double p, double q, double a) {
  constexpr double kHugeRatio = 1e150;
  if (q == 0) return p * slopeAtInfinity(kind, a);
  const double ratio = p / q, slope = slopeAtInfinity(kind, a);
  if (ratio > kHugeRatio && std::isfinite(slope)) return p * slope;
  const double term = q * fConvex(kind, ratio, a);
  return std::isnan(term) ? kInfinity : term;
}
}  // namespace

double fDivergenceDiscrete(FDivergence kind, const std::vector<double>& p, const std::vector<double>& q, double a) {
  if (p.size() != q.size()) throw std::invalid_argument("P and Q must have the same number of points");
  double total = 0;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (p[i] != 0 || q[i] != 0) total += pointTerm(kind, p[i], q[i], a);
  return total;
}

}  // namespace gan
