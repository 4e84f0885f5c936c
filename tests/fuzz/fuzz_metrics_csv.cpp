// metrics.csv of a run folder, damaged or edited: rows, or std::runtime_error naming the line;
// rows read write back to text that reads to the same rows.
#include <stdexcept>

#include "engine/core/metrics_csv.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gan::TrainConfig config;
  config.variant = size > 0 && data[0] % 2 ? "infogan" : "gan-ns";
  config = gan::withDefaults(config);
  try {
    const auto rows = gan::parseMetricsCsv(gan::fuzz::text(data, size), config, "metrics.csv");
    const auto again = gan::parseMetricsCsv(gan::metricsCsv(config, rows), config, "written");
    gan::fuzz::require(again.size() == rows.size(), "rows round-trip");
  } catch (const std::runtime_error&) {}
  return 0;
}
