#include "engine/training/run_history.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/core/metrics_csv.h"

namespace gan {

namespace {
// Two configs of one run: equal apart from where the data were read.
bool sameRun(TrainConfig a, TrainConfig b) {
  a.dataDir.clear();
  b.dataDir.clear();
  return toJson(a) == toJson(b);
}
}  // namespace

std::vector<MetricsRow> runHistoryBeside(const std::string& checkpointPath, const TrainConfig& config,
                                         std::int64_t step) {
  const auto folder = std::filesystem::path(checkpointPath).parent_path();
  try {
    std::ifstream in(folder / "config.json");
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    if (!sameRun(configFromJson(text.str()), config)) return {};
    auto rows = readMetricsCsv((folder / "metrics.csv").string(), config);
    while (!rows.empty() && rows.back().step > step) rows.pop_back();
    return rows;
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace gan
