#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/dataset_catalog.h"
#include "engine/core/hyperparameters.h"

namespace gan {

// Everything that decides a run. Same config + same thread count => same losses.
struct TrainConfig {
  std::string variant = "gan-ns";
  std::string dataset = kMnistDataset;  // see dataset_catalog.h: images, or a 2D toy distribution ("ring")
  std::string dataDir;                  // folder with the four MNIST IDX files
  std::uint64_t seed = 1;
  int sampleEverySteps = 10;        // how often the fixed-z sample grid is sent out
  Hyperparameters hyperparameters;  // filled from the variant's defaults by withDefaults()
  std::vector<float> drawnPoints;   // dataset "drawn": the points the user drew (x0, y0, x1, y1, …)

  double value(const std::string& key) const;
};

// Returns `config` with every hyperparameter of its variant present (defaults filled in) and
// checked; throws std::invalid_argument naming the bad key or variant.
TrainConfig withDefaults(TrainConfig config);

std::string toJson(const TrainConfig& config);
// Throws std::invalid_argument on malformed JSON or unknown variant.
TrainConfig configFromJson(const std::string& text);

}  // namespace gan
