#include "engine/core/variant_catalog.h"

#include "engine/core/train_config.h"

namespace gan {

int estimateMetricIndex(const VariantInfo& variant) {
  for (std::size_t i = 0; i < variant.metrics.size(); ++i)
    if (variant.metrics[i].plot == kEstimatePlot) return static_cast<int>(i);
  return -1;
}

bool metricShown(const MetricInfo& metric, const TrainConfig& config) {
  if (metric.onlyWith.empty()) return true;
  if (metric.onlyWith == "toy") return !isImageDataset(config.dataset);
  auto it = config.hyperparameters.find(metric.onlyWith);
  return it != config.hyperparameters.end() && it->second != 0;
}

}  // namespace gan
