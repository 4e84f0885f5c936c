#include "engine/core/run_log.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/core/atomic_file.h"
#include "engine/core/grid_log.h"
#include "engine/core/metrics_csv.h"

namespace gan {

namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// metrics.csv with the rows up to `step`; a file of another variant or a damaged one starts over
// (config.json, written alongside, says which run the folder holds).
std::int64_t keepMetrics(const fs::path& path, const TrainConfig& config, std::int64_t step) {
  std::vector<MetricsRow> rows;
  std::error_code error;
  if (fs::exists(path, error)) try {
      rows = readMetricsCsv(path.string(), config);
    } catch (const std::runtime_error&) {
      rows.clear();
    }
  while (!rows.empty() && rows.back().step > step) rows.pop_back();
  const auto text = metricsCsv(config, rows);
  if (!fs::exists(path, error) || readText(path) != text) writeFileAtomically(path.string(), text);
  return rows.empty() ? -1 : rows.back().step;
}

void keepEvents(const fs::path& path, std::int64_t step) {
  std::error_code error;
  if (!fs::exists(path, error)) return writeFileAtomically(path.string(), "");
  std::istringstream in(readText(path));
  std::string kept, line;
  while (std::getline(in, line) && !in.eof()) try {
      const auto j = nlohmann::json::parse(line);
      if (j.at("step").is_number_integer() && j.at("step").get<std::int64_t>() <= step) kept += line + '\n';
    } catch (const nlohmann::json::exception&) {}
  if (kept != readText(path)) writeFileAtomically(path.string(), kept);
}

}  // namespace

std::string eventKindName(TrainerEvent::Kind kind) {
  switch (kind) {
    case TrainerEvent::Kind::StateChanged: return "state";
    case TrainerEvent::Kind::Reset: return "reset";
    case TrainerEvent::Kind::CheckpointSaved: return "saved";
    case TrainerEvent::Kind::CheckpointLoaded: return "loaded";
    case TrainerEvent::Kind::HyperparameterChanged: return "setting";
    case TrainerEvent::Kind::Diverged: return "diverged";
    case TrainerEvent::Kind::Error: return "error";
  }
  return "event";
}

RunLogWriter::RunLogWriter(const std::string& folder, const TrainConfig& config, std::int64_t fromStep)
    : m_config(config) {
  const fs::path root(folder);
  std::error_code error;
  fs::create_directories(root, error);
  if (error) throw std::runtime_error(folder + ": cannot create the run folder: " + error.message());
  writeFileAtomically((root / "config.json").string(), toJson(config) + "\n");
  m_lastRow = keepMetrics(root / kMetricsLogName, config, fromStep);
  keepEvents(root / kEventLogName, fromStep);
  const auto grids = (root / kGridLogName).string();
  truncateGridLog(grids, fromStep);
  GridLog kept(grids);
  for (const auto& entry : kept.entries()) (entry.kind == GridKind::Samples ? m_lastGrid : m_lastToy) = entry.step;
  m_metrics = std::make_unique<AppendFile>((root / kMetricsLogName).string());
  m_grids = std::make_unique<AppendFile>(grids);
  m_events = std::make_unique<AppendFile>((root / kEventLogName).string());
}

void RunLogWriter::append(const Snapshot& snapshot) {
  switch (snapshot.kind) {
    case Snapshot::Kind::Metrics:
      if (snapshot.metrics.step <= m_lastRow) return;
      m_metrics->append(metricsCsvRow(m_config, snapshot.metrics));
      m_lastRow = snapshot.metrics.step;
      return;
    case Snapshot::Kind::Samples:
      if (snapshot.samples.step <= m_lastGrid || snapshot.samples.images.count == 0) return;
      m_grids->append(encodeGridRecord(snapshot.samples));
      m_lastGrid = snapshot.samples.step;
      return;
    case Snapshot::Kind::Toy:
      if (snapshot.toy.step <= m_lastToy) return;
      m_grids->append(encodeGridRecord(snapshot.toy));
      m_lastToy = snapshot.toy.step;
      return;
    case Snapshot::Kind::Event: {
      const nlohmann::json line = {{"step", snapshot.event.step},
                                   {"kind", eventKindName(snapshot.event.kind)},
                                   {"message", snapshot.event.message}};
      m_events->append(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
      return;
    }
    case Snapshot::Kind::Model: return;
  }
}

void RunLogWriter::sync() {
  m_metrics->sync();
  m_grids->sync();
  m_events->sync();
}

std::vector<LoggedEvent> readEventLog(const std::string& folder) {
  std::vector<LoggedEvent> events;
  std::istringstream in(readText(fs::path(folder) / kEventLogName));
  std::string line;
  while (std::getline(in, line) && !in.eof()) try {
      const auto j = nlohmann::json::parse(line);
      if (!j.at("step").is_number_integer()) continue;
      events.push_back(
          {j.at("step").get<std::int64_t>(), j.at("kind").get<std::string>(), j.at("message").get<std::string>()});
    } catch (const nlohmann::json::exception&) {}
  return events;
}

}  // namespace gan
