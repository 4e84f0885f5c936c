#include "metrics_csv.h"

#include <iomanip>
#include <sstream>

#include "atomic_file.h"

namespace gan {

std::string metricsCsv(const VariantInfo& variant, const std::vector<MetricsRow>& rows) {
  std::ostringstream out;
  out << "step,epoch";
  for (const auto& metric : variant.metrics) out << ',' << metric.key;
  out << '\n' << std::setprecision(9);
  for (const auto& row : rows) {
    out << row.step << ',' << row.epoch;
    for (double value : row.values) out << ',' << value;
    out << '\n';
  }
  return out.str();
}

void writeMetricsCsv(const std::string& path, const VariantInfo& variant, const std::vector<MetricsRow>& rows) {
  writeFileAtomically(path, metricsCsv(variant, rows));
}

}  // namespace gan
