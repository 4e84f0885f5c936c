#pragma once
// The f-divergences of the f-GAN paper (Nowozin et al. 2016, Tables 1 and 2), torch-free.
// One definition per divergence (f_divergence_formulas.h) serves the f-GAN variants (on tensors),
// the divergence lab and the tests (on doubles).
#include <string>
#include <vector>

namespace gan {

enum class FDivergence {
  TotalVariation,
  KullbackLeibler,
  ReverseKullbackLeibler,
  PearsonChiSquared,
  NeymanChiSquared,
  SquaredHellinger,
  Jeffrey,
  JensenShannon,
  JensenShannonWeighted,
  Gan,
  AlphaBelowOne,
  AlphaAboveOne,
};

struct FDivergenceInfo {
  FDivergence kind;
  std::string key;         // "kl", "reverse-kl", … (variant names are "fgan-" + key)
  std::string name;        // "Kullback–Leibler"
  std::string generatorF;  // f(u), as rich text
  std::string activation;  // g_f(v)
  std::string conjugate;   // f*(t)
  std::string domain;      // dom f*
  // α for the α-divergences, π for the weighted Jensen–Shannon; empty when there is none.
  std::string parameterKey;
  double parameterDefault = 0, parameterMin = 0, parameterMax = 0;
  // Range of D_f(P‖Q) when finite, for the plots' guide lines (upper < lower: unbounded).
  double lower = 0, upper = -1;
};

const std::vector<FDivergenceInfo>& fDivergences();
const FDivergenceInfo& fDivergenceInfo(FDivergence kind);

// Scalar forms. `parameter` is α or π where the divergence has one (ignored otherwise).
double fConvex(FDivergence kind, double u, double parameter = 0);          // f(u), the convex function that defines D_f
double fActivation(FDivergence kind, double v, double parameter = 0);      // g_f(v)
double fConjugate(FDivergence kind, double t, double parameter = 0);       // f*(t)
bool inConjugateDomain(FDivergence kind, double t, double parameter = 0);  // t ∈ dom f*
double fOptimalCritic(FDivergence kind, double ratio, double parameter = 0);  // T* = f'(p/q)

// D_f(P‖Q) = Σ q f(p/q) over discrete P and Q (same length, each summing to 1). Points with
// q = 0 < p contribute p·lim_{u→∞} f(u)/u, which is +∞ for the unbounded divergences.
double fDivergenceDiscrete(FDivergence kind, const std::vector<double>& p, const std::vector<double>& q,
                           double parameter = 0);

// W₀(e^a): the principal Lambert W of e^a, without overflow for large a (Jeffrey's f* needs it).
double lambertW0OfExp(double a);

}  // namespace gan
