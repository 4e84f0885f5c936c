#pragma once
// What a run records as it goes, in its folder, beside the whole-folder saves (checkpoint.pt,
// config.json, samples.png): every metrics row (metrics.csv), every sample grid, panel and toy
// view (grids.log, engine/core/grid_log.h) and the events (events.jsonl: paused, a setting
// changed, NaN, saved…). All three only grow, so they can be read while the run writes them.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/append_file.h"
#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"

namespace gan {

inline constexpr const char* kMetricsLogName = "metrics.csv";
inline constexpr const char* kGridLogName = "grids.log";
inline constexpr const char* kEventLogName = "events.jsonl";

class RunLogWriter {
 public:
  // Writes config.json and opens the logs of `folder` (created when missing). What they hold
  // after `fromStep` is dropped (a run resumed from its step-`fromStep` checkpoint goes on from
  // there; 0 for a new run), and so is a torn last record. Throws std::runtime_error naming the file.
  RunLogWriter(const std::string& folder, const TrainConfig& config, std::int64_t fromStep);

  // Appends a metrics row, grid, toy view or event. Rows and pictures at a step already logged
  // are skipped (a resumed run sends its history again).
  void append(const Snapshot& snapshot);
  void sync();

 private:
  TrainConfig m_config;
  std::unique_ptr<AppendFile> m_metrics, m_grids, m_events;
  std::int64_t m_lastRow = -1, m_lastGrid = -1, m_lastToy = -1;
};

struct LoggedEvent {
  std::int64_t step = 0;
  std::string kind;  // "state", "reset", "saved", "loaded", "setting", "diverged", "error"
  std::string message;
};
// events.jsonl of a run folder (a torn or unreadable line is left out).
std::vector<LoggedEvent> readEventLog(const std::string& folder);
std::string eventKindName(TrainerEvent::Kind kind);

}  // namespace gan
