#pragma once
#include <string>
#include <vector>

#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"
#include "engine/core/variant_catalog.h"

namespace gan {

// step,epoch,<metric keys the run shows…>; written atomically. Shared by the CLI's metrics.csv and
// the GUI's export.
std::string metricsCsv(const TrainConfig& config, const std::vector<MetricsRow>& rows);
void writeMetricsCsv(const std::string& path, const TrainConfig& config, const std::vector<MetricsRow>& rows);

}  // namespace gan
