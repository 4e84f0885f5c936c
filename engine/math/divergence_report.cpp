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

constexpr double kLargestInput = 1e6;

std::vector<double> parseNumbers(const std::string& text) {
  std::vector<double> numbers;
  std::stringstream stream(text);
  std::string item;
  while (std::getline(stream, item, ',')) {
    std::size_t used = 0;
    double value = 0;
    try {
      value = std::stod(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != item.size()) throw std::invalid_argument("'" + item + "' is not a number");
    // Beyond this the quadrature and the exact sums lose every digit; NaN and ∞ mean nothing here.
    if (!std::isfinite(value) || std::fabs(value) > kLargestInput)
      throw std::invalid_argument("'" + item + "' is outside -1e6 … 1e6");
    numbers.push_back(value);
  }
  return numbers;
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

double Distribution1D::pdf(double x) const {
  auto normal = [](double x, double mean, double sd) {
    const double z = (x - mean) / sd;
    return std::exp(-0.5 * z * z) / (sd * std::sqrt(2 * M_PI));
  };
  switch (family) {
    case Family::Normal: return normal(x, parameters[0], parameters[1]);
    case Family::Uniform: return x >= parameters[0] && x <= parameters[1] ? 1 / (parameters[1] - parameters[0]) : 0;
    case Family::Mixture: {
      double density = 0;
      for (std::size_t i = 0; i + 2 < parameters.size(); i += 3)
        density += parameters[i] * normal(x, parameters[i + 1], parameters[i + 2]);
      return density;
    }
  }
  return 0;
}

double Distribution1D::lowest() const {
  switch (family) {
    case Family::Normal: return parameters[0] - 12 * parameters[1];
    case Family::Uniform: return parameters[0];
    case Family::Mixture: {
      double low = parameters[1] - 12 * parameters[2];
      for (std::size_t i = 0; i + 2 < parameters.size(); i += 3)
        low = std::min(low, parameters[i + 1] - 12 * parameters[i + 2]);
      return low;
    }
  }
  return 0;
}

double Distribution1D::highest() const {
  switch (family) {
    case Family::Normal: return parameters[0] + 12 * parameters[1];
    case Family::Uniform: return parameters[1];
    case Family::Mixture: {
      double high = parameters[1] + 12 * parameters[2];
      for (std::size_t i = 0; i + 2 < parameters.size(); i += 3)
        high = std::max(high, parameters[i + 1] + 12 * parameters[i + 2]);
      return high;
    }
  }
  return 0;
}

std::string Distribution1D::describe() const {
  std::ostringstream out;
  out << (family == Family::Normal ? "normal" : family == Family::Uniform ? "uniform" : "mixture") << ':';
  for (std::size_t i = 0; i < parameters.size(); ++i) out << (i ? "," : "") << parameters[i];
  return out.str();
}

double Distribution1D::location() const { return family == Family::Mixture ? parameters[1] : parameters[0]; }

Distribution1D Distribution1D::shifted(double by) const {
  Distribution1D moved = *this;
  if (family == Family::Mixture) {
    for (std::size_t i = 1; i < moved.parameters.size(); i += 3) moved.parameters[i] += by;
  } else {
    moved.parameters[0] += by;
    if (family == Family::Uniform) moved.parameters[1] += by;
  }
  return moved;
}

Distribution1D parseDistribution(const std::string& spec) {
  const auto colon = spec.find(':');
  const std::string family = spec.substr(0, colon);
  const auto expected =
      "expected normal:MEAN,SD or uniform:LOW,HIGH or mixture:W,MEAN,SD,W,MEAN,SD,…; got '" + spec + "'";
  if (colon == std::string::npos) throw std::invalid_argument(expected);
  Distribution1D distribution;
  try {
    distribution.parameters = parseNumbers(spec.substr(colon + 1));
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(std::string(e.what()) + "; " + expected);
  }
  const auto& v = distribution.parameters;
  if (family == "normal" && v.size() == 2 && v[1] > 0)
    distribution.family = Distribution1D::Family::Normal;
  else if (family == "uniform" && v.size() == 2 && v[1] > v[0])
    distribution.family = Distribution1D::Family::Uniform;
  else if (family == "mixture" && !v.empty() && v.size() % 3 == 0) {
    distribution.family = Distribution1D::Family::Mixture;
    double total = 0;
    for (std::size_t i = 0; i < v.size(); i += 3) {
      if (v[i] < 0 || v[i + 2] <= 0) throw std::invalid_argument(expected);
      total += v[i];
    }
    if (total <= 0) throw std::invalid_argument("a mixture needs a positive weight; " + expected);
    for (std::size_t i = 0; i < v.size(); i += 3) distribution.parameters[i] /= total;
  } else {
    throw std::invalid_argument(expected);
  }
  return distribution;
}

DivergenceReport compareContinuous(const Distribution1D& p, const Distribution1D& q, int cells) {
  const int kQuadratureCells = std::max(100, cells);
  const double low = std::min(p.lowest(), q.lowest()), high = std::max(p.highest(), q.highest());
  const double width = (high - low) / kQuadratureCells;
  std::vector<double> x(kQuadratureCells), pm(kQuadratureCells), qm(kQuadratureCells);
  double pTotal = 0, qTotal = 0;
  for (int i = 0; i < kQuadratureCells; ++i) {
    x[std::size_t(i)] = low + (i + 0.5) * width;
    pTotal += pm[std::size_t(i)] = p.pdf(x[std::size_t(i)]) * width;
    qTotal += qm[std::size_t(i)] = q.pdf(x[std::size_t(i)]) * width;
  }
  for (int i = 0; i < kQuadratureCells; ++i) {
    pm[std::size_t(i)] /= pTotal;
    qm[std::size_t(i)] /= qTotal;
  }
  DivergenceReport report;
  report.values = informationDivergences(pm, qm);
  // On the line, W₁ is the area between the CDFs; no plan matrix for 40,001 cells.
  report.values.push_back({"wasserstein_1", "W₁(P, Q)", wassersteinOnLine(pm, qm, x)});
  return report;
}

}  // namespace gan
