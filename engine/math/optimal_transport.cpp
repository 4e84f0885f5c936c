#include "engine/math/optimal_transport.h"

#include <lemon/list_graph.h>
#include <lemon/network_simplex.h>

#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace gan {

namespace {
// LEMON's network simplex is exact on integers; masses are moved in units of 1e-12.
constexpr double kMassUnits = 1e12;

void checkDistribution(const std::vector<double>& masses, const char* name) {
  double total = 0;
  for (double m : masses) {
    if (!(m >= 0) || !std::isfinite(m))
      throw std::invalid_argument(std::string(name) + " has a negative or non-finite mass");
    total += m;
  }
  if (std::fabs(total - 1) > 1e-9)
    throw std::invalid_argument(std::string(name) + " sums to " + std::to_string(total) + ", not 1");
}

// Integer masses that sum to exactly kMassUnits (largest remainders get the rounding units).
std::vector<long long> toUnits(const std::vector<double>& masses) {
  std::vector<long long> units(masses.size());
  long long total = 0;
  for (std::size_t i = 0; i < masses.size(); ++i)
    total += units[i] = static_cast<long long>(std::floor(masses[i] * kMassUnits));
  std::vector<std::size_t> order(masses.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return masses[a] * kMassUnits - double(units[a]) > masses[b] * kMassUnits - double(units[b]);
  });
  for (std::size_t k = 0; total < static_cast<long long>(kMassUnits) && k < order.size(); ++k, ++total)
    ++units[order[k]];
  return units;
}
}  // namespace

TransportPlan earthMoverPlan(const std::vector<double>& p, const std::vector<double>& q,
                             const std::vector<std::vector<double>>& cost) {
  checkDistribution(p, "P");
  checkDistribution(q, "Q");
  // The network simplex needs a memory of the order of every pair: 2,000 × 2,000 is a few hundred MB.
  if (p.size() * q.size() > kMaxTransportPairs)
    throw std::invalid_argument("exact optimal transport takes at most " + std::to_string(kMaxTransportPairs) +
                                " pairs of points (e.g. 2,000 × 2,000); got " + std::to_string(p.size()) + " × " +
                                std::to_string(q.size()));
  if (cost.size() != p.size()) throw std::invalid_argument("the cost matrix needs one row per point of P");
  for (std::size_t i = 0; i < cost.size(); ++i) {
    if (cost[i].size() != q.size()) throw std::invalid_argument("the cost matrix needs one column per point of Q");
    for (std::size_t j = 0; j < cost[i].size(); ++j)
      if (!std::isfinite(cost[i][j]) || cost[i][j] < 0)
        throw std::invalid_argument("the ground cost from point " + std::to_string(i + 1) + " to " +
                                    std::to_string(j + 1) + " is negative or not a number");
  }

  lemon::ListDigraph graph;
  std::vector<lemon::ListDigraph::Node> sources, sinks;
  for (std::size_t i = 0; i < p.size(); ++i) sources.push_back(graph.addNode());
  for (std::size_t j = 0; j < q.size(); ++j) sinks.push_back(graph.addNode());
  lemon::ListDigraph::ArcMap<double> arcCost(graph);
  std::vector<std::vector<lemon::ListDigraph::Arc>> arcs(p.size());
  for (std::size_t i = 0; i < p.size(); ++i)
    for (std::size_t j = 0; j < q.size(); ++j) {
      arcs[i].push_back(graph.addArc(sources[i], sinks[j]));
      arcCost[arcs[i].back()] = cost[i][j];
    }
  lemon::ListDigraph::NodeMap<long long> supply(graph);
  const auto pUnits = toUnits(p), qUnits = toUnits(q);
  for (std::size_t i = 0; i < p.size(); ++i) supply[sources[i]] = pUnits[i];
  for (std::size_t j = 0; j < q.size(); ++j) supply[sinks[j]] = -qUnits[j];

  lemon::NetworkSimplex<lemon::ListDigraph, long long, double> simplex(graph);
  simplex.costMap(arcCost).supplyMap(supply);
  if (simplex.run() != decltype(simplex)::OPTIMAL) throw std::runtime_error("optimal transport: no optimal plan found");

  TransportPlan plan;
  plan.mass.assign(p.size(), std::vector<double>(q.size(), 0.0));
  for (std::size_t i = 0; i < p.size(); ++i)
    for (std::size_t j = 0; j < q.size(); ++j) {
      plan.mass[i][j] = double(simplex.flow(arcs[i][j])) / kMassUnits;
      plan.cost += plan.mass[i][j] * cost[i][j];
    }
  return plan;
}

std::vector<std::vector<double>> lineCost(const std::vector<double>& positions) {
  std::vector<std::vector<double>> cost(positions.size(), std::vector<double>(positions.size()));
  for (std::size_t i = 0; i < positions.size(); ++i)
    for (std::size_t j = 0; j < positions.size(); ++j) cost[i][j] = std::fabs(positions[i] - positions[j]);
  return cost;
}

double wassersteinOnLine(const std::vector<double>& p, const std::vector<double>& q,
                         const std::vector<double>& positions) {
  if (p.size() != q.size() || p.size() != positions.size())
    throw std::invalid_argument("P, Q and the positions must have the same length");
  double cdfGap = 0, distance = 0;
  for (std::size_t i = 0; i + 1 < positions.size(); ++i) {
    if (positions[i + 1] < positions[i]) throw std::invalid_argument("positions must be sorted");
    cdfGap += p[i] - q[i];
    distance += std::fabs(cdfGap) * (positions[i + 1] - positions[i]);
  }
  return distance;
}

}  // namespace gan
