#include "engine/core/metric_row.h"

#include <stdexcept>

namespace gan {

MetricRow::MetricRow(const std::vector<MetricInfo>& metrics) : m_metrics(metrics), m_values(metrics.size()) {}

void MetricRow::set(const std::string& key, double value) { m_values[metricIndex(m_metrics, key)] = value; }

std::size_t metricIndex(const std::vector<MetricInfo>& metrics, const std::string& key) {
  for (std::size_t i = 0; i < metrics.size(); ++i)
    if (metrics[i].key == key) return i;
  throw std::logic_error("no metric '" + key + "' in this variant's list");
}

MetricValue metricValue(const std::vector<MetricInfo>& metrics, const MetricValues& values, const std::string& key) {
  for (std::size_t i = 0; i < metrics.size() && i < values.size(); ++i)
    if (metrics[i].key == key) return values[i];
  return std::nullopt;
}

}  // namespace gan
