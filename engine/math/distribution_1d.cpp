#include "engine/math/distribution_1d.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "engine/math/number_list.h"

namespace gan {

namespace {
constexpr double kLargestInput = 1e6;

std::vector<double> parseNumbers(const std::string& text) {
  auto numbers = parseNumberList(text, "the parameters");
  // Beyond this the quadrature and the exact sums lose every digit.
  for (double value : numbers)
    if (std::fabs(value) > kLargestInput) {
      std::ostringstream shown;
      shown << value;
      throw std::invalid_argument(shown.str() + " is outside -1e6 … 1e6");
    }
  return numbers;
}

// N(mean, sd²)([a, b]). erfc keeps the digits of both tails; a cell much narrower than σ takes the
// midpoint rule instead, where a difference of two nearly equal erfc values would lose them.
double normalMass(double a, double b, double mean, double sd) {
  if (b - a < 1e-3 * sd) {
    const double z = ((a + b) / 2 - mean) / sd;
    return (b - a) * std::exp(-0.5 * z * z) / (sd * std::sqrt(2 * M_PI));
  }
  const double scale = sd * M_SQRT2;
  if (a >= mean) return 0.5 * (std::erfc((a - mean) / scale) - std::erfc((b - mean) / scale));
  if (b <= mean) return 0.5 * (std::erfc((mean - b) / scale) - std::erfc((mean - a) / scale));
  return 1 - 0.5 * std::erfc((mean - a) / scale) - 0.5 * std::erfc((b - mean) / scale);
}
}  // namespace

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

double Distribution1D::mass(double a, double b) const {
  switch (family) {
    case Family::Normal: return normalMass(a, b, parameters[0], parameters[1]);
    case Family::Uniform: {
      const double overlap = std::min(b, parameters[1]) - std::max(a, parameters[0]);
      return overlap > 0 ? overlap / (parameters[1] - parameters[0]) : 0;
    }
    case Family::Mixture: {
      double total = 0;
      for (std::size_t i = 0; i + 2 < parameters.size(); i += 3)
        total += parameters[i] * normalMass(a, b, parameters[i + 1], parameters[i + 2]);
      return total;
    }
  }
  return 0;
}

std::vector<std::pair<double, double>> Distribution1D::pieces() const {
  if (family == Family::Uniform) return {{parameters[0], parameters[1]}};
  std::vector<std::pair<double, double>> pieces;
  for (std::size_t i = family == Family::Mixture ? 1 : 0; i + 1 < parameters.size(); i += 3)
    pieces.emplace_back(parameters[i] - 12 * parameters[i + 1], parameters[i] + 12 * parameters[i + 1]);
  return pieces;
}

}  // namespace gan
