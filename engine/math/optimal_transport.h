#pragma once
// Exact earth mover's (Wasserstein-1) distances, torch-free. General ground costs are solved as a
// min-cost flow by LEMON's network simplex; on the line, W1 is the area between the two CDFs.
#include <cstddef>
#include <vector>

namespace gan {

struct TransportPlan {
  double cost = 0;                        // Σ γ(i, j)·C(i, j) = W1 for the given ground cost
  std::vector<std::vector<double>> mass;  // γ(i, j): mass moved from P's point i to Q's point j
};

// The most pairs of points earthMoverPlan takes (its memory grows with every pair).
constexpr std::size_t kMaxTransportPairs = 4'000'000;

// P and Q: non-negative masses summing to 1 (within 1e-9); cost: |P| × |Q| ground distances, each
// finite and ≥ 0. Throws std::invalid_argument on malformed input.
TransportPlan earthMoverPlan(const std::vector<double>& p, const std::vector<double>& q,
                             const std::vector<std::vector<double>>& cost);
// Ground cost |x_i − x_j| between points on the line.
std::vector<std::vector<double>> lineCost(const std::vector<double>& positions);
// W1 between P and Q on the same sorted positions, by the CDF difference.
double wassersteinOnLine(const std::vector<double>& p, const std::vector<double>& q,
                         const std::vector<double>& positions);

}  // namespace gan
