#pragma once
// Torch-free description of every variant: what the GUI chooser, the CLI's `variants` and the
// plots need to know. variantCatalog() and findVariant() are defined in
// engine/variants/variant_registry.cpp, the one file that lists every variant (and its factory);
// core/ only declares them, so nothing below the variants layer includes a variant.
#include <string>
#include <vector>

#include "engine/core/hyperparameters.h"

namespace gan {

struct MetricInfo {
  std::string key;       // column name in metrics.csv, e.g. "loss_d"
  std::string label;     // legend text, e.g. "D loss"
  std::string plot;      // which live plot shows it, e.g. "Losses"
  std::string onlyWith;  // shown only when this hyperparameter is non-zero (e.g. "spectral_norm")
};

// The metrics a run of `config` shows (those whose onlyWith flag is off are left out).
struct TrainConfig;
bool metricShown(const MetricInfo& metric, const TrainConfig& config);

struct VariantInfo {
  std::string name;         // CLI and checkpoint name, e.g. "gan-ns"
  std::string displayName;  // GUI name, e.g. "GAN (non-saturating)"
  std::string explanation;  // one paragraph for the GUI
  std::string formula;      // the objective, as rich text
  bool imagesOnly = false;  // trains on MNIST only (its networks are convolutional)
  std::vector<HyperparameterSpec> hyperparameters;
  std::vector<MetricInfo> metrics;
  // Reference lines for plots, e.g. log 2 on the JS estimate plot.
  struct Guide {
    std::string plot;
    double value;
    std::string label;
  };
  std::vector<Guide> guides;
};

const std::vector<VariantInfo>& variantCatalog();
// The metric a variant plots as its divergence estimate (the compare view overlays these), or -1.
int estimateMetricIndex(const VariantInfo& variant);
constexpr const char* kEstimatePlot = "Divergence estimate";
// Throws std::invalid_argument listing the known names when `name` is unknown.
const VariantInfo& findVariant(const std::string& name);

}  // namespace gan
