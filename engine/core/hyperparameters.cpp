#include "engine/core/hyperparameters.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace gan {

namespace {
std::string rangeText(const HyperparameterSpec& spec) {
  std::ostringstream out;
  out << (spec.isInteger ? "an integer" : "a number") << " from " << spec.minimum << " to " << spec.maximum;
  return out.str();
}
}  // namespace

std::optional<std::string> checkHyperparameter(const HyperparameterSpec& spec, double value) {
  const bool integral = !spec.isInteger || std::floor(value) == value;
  if (std::isfinite(value) && integral && value >= spec.minimum && value <= spec.maximum) return std::nullopt;
  std::ostringstream out;
  out << spec.key << ": expected " << rangeText(spec) << ", got " << value;
  return out.str();
}

std::optional<double> parseHyperparameter(const HyperparameterSpec& spec, const std::string& text, std::string& error) {
  const char* begin = text.c_str();
  char* end = nullptr;
  errno = 0;
  const double value = std::strtod(begin, &end);
  while (end && *end == ' ') ++end;
  if (text.empty() || end == begin || *end != '\0' || errno == ERANGE) {
    error = spec.key + ": expected " + rangeText(spec) + ", got '" + text + "'";
    return std::nullopt;
  }
  if (auto problem = checkHyperparameter(spec, value)) {
    error = *problem;
    return std::nullopt;
  }
  return value;
}

const HyperparameterSpec* findSpec(const std::vector<HyperparameterSpec>& specs, const std::string& key) {
  for (const auto& spec : specs)
    if (spec.key == key) return &spec;
  return nullptr;
}

}  // namespace gan
