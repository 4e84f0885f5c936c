#pragma once
// One step's metrics, set by name. The variant, the session's toy measurements and the held-out
// evaluations each set the metrics they measured at this step, by key; whatever nobody measured
// stays absent (std::nullopt): an empty cell in metrics.csv and no point on a plot. A measured
// value that came out NaN stays NaN and is written "nan", so "not measured" and "broke" differ.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/variant_catalog.h"

namespace gan {

using MetricValue = std::optional<double>;
using MetricValues = std::vector<MetricValue>;  // in the order of the variant's VariantInfo::metrics

// The losses every variant reports, at the positions variantMetrics() gives them.
enum CommonMetric : std::size_t { kLossD = 0, kLossG = 1 };

class MetricRow {
 public:
  explicit MetricRow(const std::vector<MetricInfo>& metrics);
  // Throws std::logic_error naming the key when the variant declares no such metric.
  void set(const std::string& key, double value);
  const MetricValues& values() const { return m_values; }
  MetricValues take() { return std::move(m_values); }

 private:
  const std::vector<MetricInfo>& m_metrics;
  MetricValues m_values;
};

// The position of `key` in `metrics`; throws std::logic_error naming the key when it is missing.
std::size_t metricIndex(const std::vector<MetricInfo>& metrics, const std::string& key);
// `key`'s value in a row of `metrics`: nullopt when absent or when the variant has no such metric.
MetricValue metricValue(const std::vector<MetricInfo>& metrics, const MetricValues& values, const std::string& key);

}  // namespace gan
