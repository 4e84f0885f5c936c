#pragma once
// The formulas themselves, written once over a math policy M (ScalarMath for doubles in
// f_divergence.cpp, TensorMath for LibTorch tensors in f_gan_variant.cpp). M supplies exp, log,
// log1p, expm1, sqrt, tanh, abs, sign, pow, softplus, clampMin, lambertW0OfExp, detach, where, less.
#include <cmath>

#include "engine/math/f_divergence.h"

namespace gan::formulas {

inline double logTwo() { return std::log(2.0); }

template <typename M, typename T>
T generatorF(FDivergence kind, const T& u, double a) {
  switch (kind) {
    case FDivergence::TotalVariation: return 0.5 * M::abs(u - 1.0);
    case FDivergence::KullbackLeibler: return u * M::log(u);
    case FDivergence::ReverseKullbackLeibler: return -M::log(u);
    case FDivergence::PearsonChiSquared: return (u - 1.0) * (u - 1.0);
    case FDivergence::NeymanChiSquared: return (1.0 - u) * (1.0 - u) / u;
    case FDivergence::SquaredHellinger: return (M::sqrt(u) - 1.0) * (M::sqrt(u) - 1.0);
    case FDivergence::Jeffrey: return (u - 1.0) * M::log(u);
    case FDivergence::JensenShannon: return -(u + 1.0) * M::log((1.0 + u) / 2.0) + u * M::log(u);
    case FDivergence::JensenShannonWeighted: return a * u * M::log(u) - (1.0 - a + a * u) * M::log(1.0 - a + a * u);
    case FDivergence::Gan: return u * M::log(u) - (u + 1.0) * M::log(u + 1.0);
    case FDivergence::AlphaBelowOne:
    case FDivergence::AlphaAboveOne: return (M::pow(u, a) - 1.0 - a * (u - 1.0)) / (a * (a - 1.0));
  }
  return u;
}

template <typename M, typename T>
T activation(FDivergence kind, const T& v, double a) {
  switch (kind) {
    case FDivergence::TotalVariation: return 0.5 * M::tanh(v);
    case FDivergence::KullbackLeibler:
    case FDivergence::PearsonChiSquared:
    case FDivergence::Jeffrey:
    case FDivergence::AlphaAboveOne: return v;
    case FDivergence::ReverseKullbackLeibler: return -M::exp(-v);
    case FDivergence::NeymanChiSquared:
    case FDivergence::SquaredHellinger: return 1.0 - M::exp(-v);
    case FDivergence::JensenShannon: return logTwo() - M::softplus(-v);
    case FDivergence::JensenShannonWeighted: return -a * std::log(a) - M::softplus(-v);
    case FDivergence::Gan: return -M::softplus(-v);
    case FDivergence::AlphaBelowOne: return 1.0 / (1.0 - a) - M::softplus(-v);
  }
  return v;
}

template <typename M, typename T>
T conjugate(FDivergence kind, const T& t, double a) {
  switch (kind) {
    case FDivergence::TotalVariation: return t;
    case FDivergence::KullbackLeibler: return M::exp(t - 1.0);
    case FDivergence::ReverseKullbackLeibler: return -1.0 - M::log(-t);
    case FDivergence::PearsonChiSquared: return t * t / 4.0 + t;
    case FDivergence::NeymanChiSquared: return 2.0 - 2.0 * M::sqrt(1.0 - t);
    case FDivergence::SquaredHellinger: return t / (1.0 - t);
    case FDivergence::Jeffrey: {
      // f*(t) = W(e^{1−t}) + 1/W(e^{1−t}) + t − 2, written as t·u* − f(u*) at the maximiser
      // u* = 1/W(e^{1−t}): the same value, and with u* held constant its gradient is exactly u*.
      const T u = M::detach(1.0 / M::lambertW0OfExp(1.0 - t));
      return t * u - (u - 1.0) * M::log(u);
    }
    case FDivergence::JensenShannon: return -M::log(2.0 - M::exp(t));
    case FDivergence::JensenShannonWeighted: return (1.0 - a) * M::log((1.0 - a) / (1.0 - a * M::exp(t / a)));
    case FDivergence::Gan: return -M::log(1.0 - M::exp(t));
    case FDivergence::AlphaBelowOne: return (1.0 / a) * M::pow(t * (a - 1.0) + 1.0, a / (a - 1.0)) - 1.0 / a;
    case FDivergence::AlphaAboveOne: {
      // Below t = −1/(α−1) the supremum sits at u = 0, where f*(t) = −f(0) = −1/α.
      const T base = M::clampMin(t * (a - 1.0) + 1.0, 0.0);
      return (1.0 / a) * M::pow(base, a / (a - 1.0)) - 1.0 / a;
    }
  }
  return t;
}

// f*(g_f(v)) in forms that stay finite for large |v| (the generator's and critic's loss term).
template <typename M, typename T>
T conjugateOfActivation(FDivergence kind, const T& v, double a) {
  switch (kind) {
    case FDivergence::ReverseKullbackLeibler: return v - 1.0;
    case FDivergence::NeymanChiSquared: return 2.0 - 2.0 * M::exp(-0.5 * v);
    case FDivergence::SquaredHellinger: return M::expm1(v);
    case FDivergence::JensenShannon: return M::softplus(v) - logTwo();
    case FDivergence::Gan: return M::softplus(v);
    case FDivergence::JensenShannonWeighted:
      // 1 − π·e^{g/π} = 1 − σ(v)^{1/π} = −expm1(−softplus(−v)/π)
      return (1.0 - a) * (std::log(1.0 - a) - M::log(M::clampMin(-M::expm1(-M::softplus(-v) / a), 1e-30)));
    case FDivergence::AlphaBelowOne:
      // t(α−1) + 1 = (1−α)·softplus(−v)
      return (1.0 / a) * M::pow(M::clampMin((1.0 - a) * M::softplus(-v), 1e-30), a / (a - 1.0)) - 1.0 / a;
    default: return conjugate<M>(kind, activation<M>(kind, v, a), a);
  }
}

template <typename M, typename T>
T optimalCritic(FDivergence kind, const T& r, double a) {
  switch (kind) {
    case FDivergence::TotalVariation: return 0.5 * M::sign(r - 1.0);
    case FDivergence::KullbackLeibler: return 1.0 + M::log(r);
    case FDivergence::ReverseKullbackLeibler: return -1.0 / r;
    case FDivergence::PearsonChiSquared: return 2.0 * (r - 1.0);
    case FDivergence::NeymanChiSquared: return 1.0 - 1.0 / (r * r);
    case FDivergence::SquaredHellinger: return 1.0 - 1.0 / M::sqrt(r);
    case FDivergence::Jeffrey: return 1.0 + M::log(r) - 1.0 / r;
    case FDivergence::JensenShannon: return M::log(2.0 * r / (r + 1.0));
    case FDivergence::JensenShannonWeighted: return a * M::log(r / ((1.0 - a) + a * r));
    case FDivergence::Gan: return M::log(r / (r + 1.0));
    case FDivergence::AlphaBelowOne:
    case FDivergence::AlphaAboveOne: return (M::pow(r, a - 1.0) - 1.0) / (a - 1.0);
  }
  return r;
}

}  // namespace gan::formulas
