#pragma once
// Every divergence between two distributions the user gives, computed exactly: the divergence
// lab's and `gan-studio-cli divergence`'s engine. Torch-free. Infinite values are +∞, never NaN.
#include <optional>
#include <string>
#include <vector>

#include "engine/math/optimal_transport.h"

namespace gan {

struct DivergenceValue {
  std::string key;   // "kl", "kl_reverse", "js", "f:<table key>", "wasserstein_1"
  std::string name;  // "KL(P‖Q)", …
  double value = 0;  // +∞ when Q lacks mass where P has it (for the unbounded ones)
};

struct DivergenceReport {
  std::vector<DivergenceValue> values;
  TransportPlan plan;                         // the optimal transport plan behind wasserstein_1 (discrete inputs only)
  double find(const std::string& key) const;  // throws std::out_of_range
};

// Discrete P and Q over the same points. `positions` default to 1, 2, …, n; `cost` (if given)
// replaces |x_i − x_j| as the ground cost of the transport problem.
DivergenceReport compareDiscrete(const std::vector<double>& p, const std::vector<double>& q,
                                 std::vector<double> positions = {}, const std::vector<std::vector<double>>& cost = {});

// A 1D continuous distribution: "normal:μ,σ", "uniform:a,b" or "mixture:w,μ,σ,w,μ,σ,…".
struct Distribution1D {
  enum class Family { Normal, Uniform, Mixture } family = Family::Normal;
  std::vector<double> parameters;
  double pdf(double x) const;
  double lowest() const;  // where the mass effectively starts (μ − 12σ, a, …)
  double highest() const;
  std::string describe() const;
  double location() const;                  // the mean (normal, first mixture component) or low end
  Distribution1D shifted(double by) const;  // the same shape moved along the axis
};
// Throws std::invalid_argument with the expected form on a malformed spec.
Distribution1D parseDistribution(const std::string& spec);
// By quadrature on a fine grid covering both supports (midpoint rule; fewer cells for live sweeps).
constexpr int kQuadratureCells = 40001;
DivergenceReport compareContinuous(const Distribution1D& p, const Distribution1D& q, int cells = kQuadratureCells);

}  // namespace gan
