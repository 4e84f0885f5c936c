#include "engine/core/train_config.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <type_traits>

#include "engine/core/dataset_catalog.h"
#include "engine/core/variant_catalog.h"

namespace gan {

double TrainConfig::value(const std::string& key) const {
  auto it = hyperparameters.find(key);
  if (it == hyperparameters.end())
    throw std::invalid_argument("hyperparameter '" + key + "' is not set for variant " + variant);
  return it->second;
}

TrainConfig withDefaults(TrainConfig config) {
  const VariantInfo& info = findVariant(config.variant);
  Hyperparameters complete;
  for (const auto& spec : info.hyperparameters) {
    auto it = config.hyperparameters.find(spec.key);
    const double value = it == config.hyperparameters.end() ? spec.defaultValue : it->second;
    if (auto problem = checkHyperparameter(spec, value)) throw std::invalid_argument(*problem);
    complete[spec.key] = value;
  }
  for (const auto& [key, value] : config.hyperparameters)
    if (!findSpec(info.hyperparameters, key))
      throw std::invalid_argument("variant " + config.variant + " has no hyperparameter '" + key + "'");
  config.hyperparameters = std::move(complete);
  if (config.sampleEverySteps < 1) throw std::invalid_argument("sampleEverySteps must be >= 1");
  requireKnownDataset(config.dataset);
  if (config.dataset == kDrawnDataset && config.drawnPoints.size() < 2 * kMinimumDrawnPoints)
    throw std::invalid_argument("the drawn dataset needs at least " + std::to_string(kMinimumDrawnPoints) +
                                " points; draw some on the canvas first");
  return config;
}

std::string toJson(const TrainConfig& config) {
  nlohmann::json j;
  j["variant"] = config.variant;
  j["dataset"] = config.dataset;
  j["data_dir"] = config.dataDir;
  j["seed"] = config.seed;
  j["sample_every_steps"] = config.sampleEverySteps;
  j["hyperparameters"] = config.hyperparameters;
  if (!config.drawnPoints.empty()) j["drawn_points"] = config.drawnPoints;
  return j.dump(2);
}

namespace {

// nlohmann's get<int>() of 2e50 or get<float>() of 1e300 is a float-to-integer (or -float)
// conversion out of range, undefined behaviour; these readers refuse such numbers instead.
template <typename Integer>
Integer integerField(const nlohmann::json& j, const char* key, Integer absent) {
  const auto it = j.find(key);
  if (it == j.end()) return absent;
  if (it->is_number_unsigned() && it->template get<std::uint64_t>() <= std::numeric_limits<Integer>::max())
    return static_cast<Integer>(it->template get<std::uint64_t>());
  if constexpr (std::is_signed_v<Integer>) {
    if (it->is_number_integer() && it->template get<std::int64_t>() >= std::numeric_limits<Integer>::min() &&
        it->template get<std::int64_t>() <= std::numeric_limits<Integer>::max())
      return static_cast<Integer>(it->template get<std::int64_t>());
  }
  throw std::invalid_argument(std::string("config JSON: '") + key + "' must be an integer from " +
                              std::to_string(std::numeric_limits<Integer>::min()) + " to " +
                              std::to_string(std::numeric_limits<Integer>::max()));
}

std::vector<float> pointsField(const nlohmann::json& j, const char* key) {
  std::vector<float> points;
  const auto it = j.find(key);
  if (it == j.end()) return points;
  for (const auto& value : it->get<std::vector<double>>()) {
    if (!std::isfinite(value) || std::abs(value) > std::numeric_limits<float>::max())
      throw std::invalid_argument(std::string("config JSON: '") + key + "' holds a number out of range");
    points.push_back(static_cast<float>(value));
  }
  return points;
}

}  // namespace

TrainConfig configFromJson(const std::string& text) {
  TrainConfig config;
  try {
    const auto j = nlohmann::json::parse(text);
    config.variant = j.at("variant").get<std::string>();
    config.dataset = j.value("dataset", std::string(kMnistDataset));
    config.dataDir = j.value("data_dir", std::string());
    config.seed = integerField(j, "seed", std::uint64_t{1});
    config.sampleEverySteps = integerField(j, "sample_every_steps", 10);
    config.hyperparameters = j.value("hyperparameters", Hyperparameters{});
    config.drawnPoints = pointsField(j, "drawn_points");
  } catch (const nlohmann::json::exception& e) {
    throw std::invalid_argument(std::string("config JSON: ") + e.what());
  }
  for (const auto& spec : findVariant(config.variant).hyperparameters)
    if (spec.valueWhenAbsent) config.hyperparameters.emplace(spec.key, *spec.valueWhenAbsent);
  return withDefaults(config);
}

}  // namespace gan
