#include "engine/core/train_config.h"

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "engine/core/dataset_catalog.h"
#include "engine/core/variant_catalog.h"

#ifndef GAN_STUDIO_DEFAULT_DATA_DIR
#define GAN_STUDIO_DEFAULT_DATA_DIR "data"
#endif

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

TrainConfig configFromJson(const std::string& text) {
  TrainConfig config;
  try {
    const auto j = nlohmann::json::parse(text);
    config.variant = j.at("variant").get<std::string>();
    config.dataset = j.value("dataset", std::string(kMnistDataset));
    config.dataDir = j.value("data_dir", std::string());
    config.seed = j.value("seed", std::uint64_t{1});
    config.sampleEverySteps = j.value("sample_every_steps", 10);
    config.hyperparameters = j.value("hyperparameters", Hyperparameters{});
    config.drawnPoints = j.value("drawn_points", std::vector<float>{});
  } catch (const nlohmann::json::exception& e) {
    throw std::invalid_argument(std::string("config JSON: ") + e.what());
  }
  for (const auto& spec : findVariant(config.variant).hyperparameters)
    if (spec.valueWhenAbsent) config.hyperparameters.emplace(spec.key, *spec.valueWhenAbsent);
  return withDefaults(config);
}

std::string defaultMnistDir() {
  if (const char* env = std::getenv("GAN_STUDIO_DATA")) return std::string(env) + "/mnist";
  return std::string(GAN_STUDIO_DEFAULT_DATA_DIR) + "/mnist";
}

}  // namespace gan
