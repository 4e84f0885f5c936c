#pragma once
#include <string>
#include <vector>

#include "snapshot.h"
#include "variant_catalog.h"

namespace gan {

// step,epoch,<metric keys…>; written atomically. Shared by the CLI's metrics.csv and the GUI's export.
std::string metricsCsv(const VariantInfo& variant, const std::vector<MetricsRow>& rows);
void writeMetricsCsv(const std::string& path, const VariantInfo& variant, const std::vector<MetricsRow>& rows);

}  // namespace gan
