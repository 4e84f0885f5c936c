#pragma once
// Every divergence between two distributions the user gives, computed exactly: the divergence
// lab's and `gan-studio-cli divergence`'s engine. Torch-free. Infinite values are +∞, never NaN.
#include <optional>
#include <string>
#include <vector>

#include "engine/math/distribution_1d.h"
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

// On a grid of cells covering both supports, with each distribution's exact mass per cell (so
// a support narrower than the grid's cells is resolved by cells of its own); `cells` is the
// grid's size across both supports (fewer for live sweeps).
constexpr int kQuadratureCells = 40001;
DivergenceReport compareContinuous(const Distribution1D& p, const Distribution1D& q, int cells = kQuadratureCells);

}  // namespace gan
