#pragma once
// The run library: every run, GUI or CLI, in a folder of its own under
// $XDG_DATA_HOME/gan-studio/runs (~/.local/share/… when unset; $GAN_STUDIO_RUNS overrides both),
// named <date>-<variant>-<n>. Listing, renaming, notes, and deleting to the desktop's trash
// (freedesktop.org trash, so the file manager can restore it too) with undo.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/train_config.h"

namespace gan {

std::string runLibraryFolder();

// Creates and returns a new run folder, <YYYY-MM-DD>-<variant>-<n> with the first free n.
std::string createRunFolder(const std::string& variant, const std::string& library = runLibraryFolder());

struct RunSummary {
  std::string folder;  // absolute
  std::string name;    // the folder's name
  TrainConfig config;
  std::int64_t steps = 0;                                   // of the last metrics row
  std::vector<std::pair<std::string, double>> lastMetrics;  // that row, metric key → value
  std::int64_t modified = 0;                                // seconds since 1970 of its last row
  bool hasCheckpoint = false;
  std::string notes;
};

// Throws std::runtime_error naming the folder when it holds no run (no readable config.json).
RunSummary summarizeRun(const std::string& folder);
// The runs in `library`, most recently active first; folders that hold no run are left out.
std::vector<RunSummary> listRuns(const std::string& library = runLibraryFolder());
// `run` as given when it is a folder, else the run of that name in the library. Throws
// std::invalid_argument when neither exists.
std::string findRun(const std::string& run, const std::string& library = runLibraryFolder());

// Moves the run to the trash; returns where it went there, for restoreRun (undo).
std::string trashRun(const std::string& folder);
// Puts a trashed run back where it was; returns that folder. Throws when something is there now.
std::string restoreRun(const std::string& trashed);
// Renames the folder within its library (a name without '/'); returns the new folder.
std::string renameRun(const std::string& folder, const std::string& name);
void writeRunNotes(const std::string& folder, const std::string& notes);

// The settings in which these runs differ ("variant", "dataset", "seed", hyperparameter keys),
// each with the value per run as text ("" where a run lacks it).
std::vector<std::pair<std::string, std::vector<std::string>>> configDifferences(
    const std::vector<TrainConfig>& configs);

}  // namespace gan
