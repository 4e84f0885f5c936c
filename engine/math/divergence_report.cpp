#include "engine/math/divergence_report.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "engine/math/f_divergence.h"

namespace gan {

namespace {
double parameterOf(const FDivergenceInfo& info) { return info.parameterKey.empty() ? 0.0 : info.parameterDefault; }

// KL both ways, JS and every D_f: all rows of the f-divergence table, one definition each.
std::vector<DivergenceValue> informationDivergences(const std::vector<double>& p, const std::vector<double>& q) {
  std::vector<DivergenceValue> values = {
      {"kl", "KL(P‖Q)", fDivergenceDiscrete(FDivergence::KullbackLeibler, p, q)},
      {"kl_reverse", "KL(Q‖P)", fDivergenceDiscrete(FDivergence::ReverseKullbackLeibler, p, q)},
      {"js", "JS(P, Q)", fDivergenceDiscrete(FDivergence::JensenShannon, p, q) / 2}};
  for (const auto& info : fDivergences())
    values.push_back({"f:" + info.key, "D_f " + info.name, fDivergenceDiscrete(info.kind, p, q, parameterOf(info))});
  return values;
}

}  // namespace

double DivergenceReport::find(const std::string& key) const {
  for (const auto& value : values)
    if (value.key == key) return value.value;
  throw std::out_of_range("no divergence '" + key + "' in the report");
}

DivergenceReport compareDiscrete(const std::vector<double>& p, const std::vector<double>& q,
                                 std::vector<double> positions, const std::vector<std::vector<double>>& cost) {
  if (p.size() != q.size() || p.empty())
    throw std::invalid_argument("P and Q need the same, non-zero number of points");
  if (positions.empty())
    for (std::size_t i = 0; i < p.size(); ++i) positions.push_back(double(i + 1));
  if (positions.size() != p.size()) throw std::invalid_argument("--x needs one position per point");

  DivergenceReport report;
  report.values = informationDivergences(p, q);
  report.plan = earthMoverPlan(p, q, cost.empty() ? lineCost(positions) : cost);
  report.values.push_back({"wasserstein_1", "W₁(P, Q)", report.plan.cost});
  return report;
}

namespace {
// Cell edges: `cells` equal cells across both supports, every piece's ends (a uniform's jumps
// fall on edges), and a fine grid of its own across each piece narrower than a few cells.
std::vector<double> cellEdges(const Distribution1D& p, const Distribution1D& q, int cells) {
  constexpr int kNarrowPieceCells = 100, kFineCells = 1000;
  const double low = std::min(p.lowest(), q.lowest()), high = std::max(p.highest(), q.highest());
  const double width = (high - low) / cells;
  std::vector<double> edges;
  for (int i = 0; i <= cells; ++i) edges.push_back(low + i * width);
  for (const auto* distribution : {&p, &q})
    for (const auto& [from, to] : distribution->pieces()) {
      edges.push_back(from);
      edges.push_back(to);
      if (to - from < kNarrowPieceCells * width)
        for (int i = 1; i < kFineCells; ++i) edges.push_back(from + (to - from) * i / kFineCells);
    }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  return edges;
}
}  // namespace

DivergenceReport compareContinuous(const Distribution1D& p, const Distribution1D& q, int cells) {
  const auto edges = cellEdges(p, q, std::max(100, cells));
  const std::size_t count = edges.size() - 1;
  std::vector<double> x(count), pm(count), qm(count);
  double pTotal = 0, qTotal = 0;
  for (std::size_t i = 0; i < count; ++i) {
    x[i] = (edges[i] + edges[i + 1]) / 2;
    pTotal += pm[i] = p.mass(edges[i], edges[i + 1]);
    qTotal += qm[i] = q.mass(edges[i], edges[i + 1]);
  }
  // What lies beyond ±12σ (< 1e-32) is left out; the rest is one.
  for (std::size_t i = 0; i < count; ++i) {
    pm[i] /= pTotal;
    qm[i] /= qTotal;
  }
  DivergenceReport report;
  report.values = informationDivergences(pm, qm);
  // On the line, W₁ is the area between the CDFs; no plan matrix for 40,001 cells.
  report.values.push_back({"wasserstein_1", "W₁(P, Q)", wassersteinOnLine(pm, qm, x)});
  return report;
}

}  // namespace gan
