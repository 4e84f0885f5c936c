#include "engine/core/metrics_csv.h"

#include <iomanip>
#include <sstream>

#include "engine/core/atomic_file.h"

namespace gan {

std::string metricsCsv(const TrainConfig& config, const std::vector<MetricsRow>& rows) {
  const auto& metrics = findVariant(config.variant).metrics;
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < metrics.size(); ++i)
    if (metricShown(metrics[i], config)) shown.push_back(i);
  std::ostringstream out;
  out << "step,epoch";
  for (auto i : shown) out << ',' << metrics[i].key;
  out << '\n' << std::setprecision(9);
  for (const auto& row : rows) {
    out << row.step << ',' << row.epoch;
    // A metric not measured at this step is an empty cell; one that broke is written nan.
    for (auto i : shown) {
      out << ',';
      if (i < row.values.size() && row.values[i]) out << *row.values[i];
    }
    out << '\n';
  }
  return out.str();
}

void writeMetricsCsv(const std::string& path, const TrainConfig& config, const std::vector<MetricsRow>& rows) {
  writeFileAtomically(path, metricsCsv(config, rows));
}

}  // namespace gan
