#pragma once
// One-dimensional continuous distributions of the divergence lab and `gan-studio-cli divergence`.
// Torch-free.
#include <string>
#include <utility>
#include <vector>

namespace gan {

// A 1D continuous distribution: "normal:μ,σ", "uniform:a,b" or "mixture:w,μ,σ,w,μ,σ,…".
struct Distribution1D {
  enum class Family { Normal, Uniform, Mixture } family = Family::Normal;
  std::vector<double> parameters;
  double pdf(double x) const;
  // P([a, b]), exactly (up to rounding), also for cells far narrower than the distribution.
  double mass(double a, double b) const;
  // Where the mass lies, one interval per piece: μ ± 12σ per normal (component), [a, b].
  std::vector<std::pair<double, double>> pieces() const;
  double lowest() const;  // where the mass effectively starts (μ − 12σ, a, …)
  double highest() const;
  std::string describe() const;
  double location() const;                  // the mean (normal, first mixture component) or low end
  Distribution1D shifted(double by) const;  // the same shape moved along the axis
};
// Throws std::invalid_argument with the expected form on a malformed spec.
Distribution1D parseDistribution(const std::string& spec);

}  // namespace gan
