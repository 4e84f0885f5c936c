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
// Its two parts, for a run that appends its rows as they come (engine/core/run_log.h).
std::string metricsCsvHeader(const TrainConfig& config);
std::string metricsCsvRow(const TrainConfig& config, const MetricsRow& row);
void writeMetricsCsv(const std::string& path, const TrainConfig& config, const std::vector<MetricsRow>& rows);

// The rows of such a file for `config`'s variant (steps per second and phase are not stored).
// Throws std::runtime_error naming `name` and the line for anything metricsCsv would not write:
// unknown columns, a wrong field count, text where a number belongs, steps not increasing.
std::vector<MetricsRow> parseMetricsCsv(const std::string& text, const TrainConfig& config, const std::string& name);
// Reads and parses `path` (a regular file of at most 256 MiB). A last line without its newline is
// a row being appended and is left out.
std::vector<MetricsRow> readMetricsCsv(const std::string& path, const TrainConfig& config);

}  // namespace gan
