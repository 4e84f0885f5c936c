// gan-studio-cli runs list|show|rm|restore and export-gif: the run library from a terminal.
#include <cmath>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "app/cli_commands.h"
#include "engine/core/animation_export.h"
#include "engine/core/run_library.h"
#include "engine/core/run_log.h"

namespace gan::cli {

namespace {

std::string dateText(std::int64_t seconds) {
  const std::time_t time = seconds;
  std::tm local{};
  localtime_r(&time, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
  return text;
}

nlohmann::json summaryJson(const RunSummary& run) {
  nlohmann::json metrics = nlohmann::json::object();
  for (const auto& [key, value] : run.lastMetrics) metrics[key] = std::isfinite(value) ? nlohmann::json(value) : "nan";
  return {{"name", run.name},
          {"folder", run.folder},
          {"variant", run.config.variant},
          {"dataset", run.config.dataset},
          {"steps", run.steps},
          {"modified", dateText(run.modified)},
          {"checkpoint", run.hasCheckpoint},
          {"last_metrics", metrics},
          {"notes", run.notes}};
}

std::string lossesText(const RunSummary& run) {
  std::ostringstream out;
  for (const auto& [key, value] : run.lastMetrics)
    if (key == "loss_d" || key == "loss_g") out << key << ' ' << std::setprecision(4) << value << "  ";
  return out.str();
}

}  // namespace

int runsList(const RunsOptions& options) {
  const auto runs = listRuns();
  if (options.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& run : runs) list.push_back(summaryJson(run));
    std::cout << list.dump(2) << '\n';
    return 0;
  }
  if (runs.empty()) std::cerr << "no runs in " << runLibraryFolder() << '\n';
  for (const auto& run : runs)
    std::cout << std::left << std::setw(34) << run.name << ' ' << std::setw(10) << run.config.variant << ' '
              << std::setw(8) << run.config.dataset << std::right << std::setw(9) << run.steps << " steps  "
              << dateText(run.modified) << "  " << lossesText(run) << '\n';
  return 0;
}

int runsShow(const RunsOptions& options) {
  for (const auto& name : options.runs) {
    const auto run = summarizeRun(findRun(name));
    auto json = summaryJson(run);
    json["config"] = nlohmann::json::parse(toJson(run.config));
    nlohmann::json events = nlohmann::json::array();
    for (const auto& event : readEventLog(run.folder))
      events.push_back({{"step", event.step}, {"kind", event.kind}, {"message", event.message}});
    json["events"] = events;
    if (options.json) {
      std::cout << json.dump(2) << '\n';
      continue;
    }
    std::cout << run.name << "\n  folder   " << run.folder << "\n  variant  " << run.config.variant << " on "
              << run.config.dataset << ", seed " << run.config.seed << "\n  steps    " << run.steps << " (last active "
              << dateText(run.modified) << ")\n  metrics  " << lossesText(run) << "\n  saved    "
              << (run.hasCheckpoint ? "checkpoint.pt" : "no checkpoint yet") << "\n  events   " << events.size()
              << '\n';
    if (!run.notes.empty()) std::cout << "  notes    " << run.notes << '\n';
  }
  return 0;
}

int runsRemove(const RunsOptions& options) {
  for (const auto& name : options.runs) {
    const auto folder = findRun(name);
    summarizeRun(folder);  // only run folders go: a typo must not trash something else
    const auto trashed = trashRun(folder);
    std::cout << "moved " << folder << " to the trash; undo: gan-studio-cli runs restore '" << trashed << "'\n";
  }
  return 0;
}

int runsRestore(const RunsOptions& options) {
  for (const auto& trashed : options.runs) std::cout << "restored " << restoreRun(trashed) << '\n';
  return 0;
}

int exportGif(const ExportGifOptions& options) {
  AnimationOptions animation;
  animation.from = options.from;
  animation.to = options.to;
  animation.fps = options.fps;
  const auto run = findRun(options.run);
  if (!options.out.empty()) {
    const int frames = gan::exportGif(run, options.out, animation);
    std::cerr << "wrote " << options.out << " (" << frames << " frames at " << options.fps << " fps)\n";
  }
  if (!options.framesDir.empty()) {
    const int frames = exportPngSequence(run, options.framesDir, animation);
    std::cerr << "wrote " << frames << " PNG frames into " << options.framesDir << '\n';
  }
  if (options.out.empty() && options.framesDir.empty())
    throw std::invalid_argument("export-gif needs --out F.gif or --frames-dir DIR");
  return 0;
}

}  // namespace gan::cli
