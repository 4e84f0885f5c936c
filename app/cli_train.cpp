// gan-studio-cli train: a run folder in the run library (or --out) that records everything as it
// comes (metrics.csv, grids.log, events.jsonl: engine/core/run_log.h) and is saved whole
// (checkpoint, config and the latest grid of one step, swapped in together) every
// --checkpoint-every steps and on Ctrl-C / SIGTERM.
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "app/cli_commands.h"
#include "engine/core/atomic_file.h"
#include "engine/core/dataset_catalog.h"
#include "engine/core/metrics_csv.h"
#include "engine/core/png_file.h"
#include "engine/core/run_library.h"
#include "engine/core/run_recorder.h"
#include "engine/core/variant_catalog.h"
#include "engine/training/checkpoint.h"
#include "engine/training/trainer.h"

namespace gan::cli {

namespace {

// Guards against a hung engine, not a synchronisation device: a healthy step takes well under a second.
constexpr auto kEngineSilenceLimit = std::chrono::minutes(10);

volatile std::sig_atomic_t g_stopSignal = 0;

// Ctrl-C and SIGTERM ask for a final save. A second Ctrl-C ends the program at once (SA_RESETHAND
// puts the default action back), for a user who does not want to wait. SIGTERM keeps asking for the
// save: `timeout`, `kill -- -PGID` and service managers send it to the process and to its group,
// so it often arrives twice, and the second copy must not kill the run the first one is saving.
void catchStopSignals() {
  struct sigaction action {};
  action.sa_handler = [](int signal) { g_stopSignal = signal; };
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  action.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &action, nullptr);
}

std::string shortNumber(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// --set on a resumed run: live settings are applied to the loaded run, others cannot change
// because the checkpoint's networks were built with them.
std::vector<std::pair<std::string, double>> parseSettings(const TrainConfig& config, const TrainOptions& options) {
  const auto settings = gan::cli::parseSettings(config.variant, options.settings);
  const auto& specs = findVariant(config.variant).hyperparameters;
  for (const auto& [key, value] : settings)
    if (!options.resumeFrom.empty() && !findSpec(specs, key)->liveEditable && value != config.value(key))
      throw std::invalid_argument("--set " + key + "=" + shortNumber(value) + ": " + key +
                                  " cannot change when resuming (" + options.resumeFrom + " was built with " + key +
                                  "=" + shortNumber(config.value(key)) + ")");
  return settings;
}

// A resumed run keeps its variant, data and seed: naming others is a mistake, not a wish.
void refuseResumeChanges(const TrainConfig& stored, const TrainOptions& options) {
  const auto refuse = [&](const char* flag, const std::string& given, const std::string& kept) {
    if (given != kept)
      throw std::invalid_argument(std::string(flag) + " " + given + ": " + options.resumeFrom + " is a run with " +
                                  flag + " " + kept + "; a resumed run keeps it (start a new run to change it)");
  };
  if (options.variantGiven) refuse("--variant", options.variant, stored.variant);
  if (options.datasetGiven) refuse("--dataset", options.dataset, stored.dataset);
  if (options.seedGiven) refuse("--seed", std::to_string(options.seed), std::to_string(stored.seed));
}

TrainConfig trainConfig(const TrainOptions& options) {
  TrainConfig config;
  if (!options.resumeFrom.empty()) {
    config = readCheckpointInfo(options.resumeFrom).config;
    refuseResumeChanges(config, options);
  } else {
    config.variant = options.variant;
    config.dataset = options.dataset;
    config.seed = options.seed;
  }
  config.dataDir = options.dataDir;
  config.sampleEverySteps = options.sampleEverySteps;
  std::error_code error;
  if (isFolderDataset(config.dataset) && !std::filesystem::is_directory(folderOf(config.dataset), error))
    throw std::invalid_argument("--dataset " + config.dataset + ": " + folderOf(config.dataset) + " is not a folder");
  config = withDefaults(config);
  for (const auto& [key, value] : parseSettings(config, options)) config.hyperparameters[key] = value;
  return withDefaults(config);
}

// A run's folder is never overwritten by accident: --out must be new or empty, or hold the very
// checkpoint being resumed (a run continued in place), unless --force says otherwise.
void requireOutputFolder(const TrainOptions& options) {
  namespace fs = std::filesystem;
  const fs::path out(options.outDir);
  std::error_code error;
  if (!fs::exists(out, error)) return;
  if (!fs::is_directory(out, error))
    throw std::invalid_argument("--out " + options.outDir + ": exists and is not a folder");
  if (options.force || fs::is_empty(out, error)) return;
  if (!options.resumeFrom.empty() && fs::equivalent(fs::absolute(options.resumeFrom).parent_path(), out, error)) return;
  throw std::invalid_argument("--out " + options.outDir +
                              ": already holds files of another run; choose a new folder, or add --force to "
                              "replace them");
}

// What the run produced so far, as the trainer reported it.
struct RunRecord {
  std::vector<MetricsRow> rows;
  SampleGrid grid, savedGrid;
  bool diverged = false;
};

class RunFolder {
 public:
  RunFolder(Trainer& trainer, const TrainOptions& options, std::int64_t fromStep)
      : m_trainer(trainer), m_options(options), m_recorder(options.outDir, trainer.config(), fromStep) {}

  // The step the run trains to, for the progress lines.
  void setTarget(std::int64_t target) { m_target = target; }

  // Records one snapshot; throws on the trainer's Error event.
  void take(Snapshot snapshot) {
    m_recorder.take(snapshot);
    if (snapshot.kind == Snapshot::Kind::Metrics) {
      record.rows.push_back(snapshot.metrics);
      const auto now = std::chrono::steady_clock::now();
      if (now - m_lastPrint > std::chrono::seconds(1) || snapshot.metrics.step == m_target) {
        printProgress(snapshot.metrics);
        m_lastPrint = now;
      }
    } else if (snapshot.kind == Snapshot::Kind::Samples) {
      record.grid = std::move(snapshot.samples);
    } else if (snapshot.event.kind == TrainerEvent::Kind::Error) {
      throw std::runtime_error(snapshot.event.message);
    } else if (snapshot.event.kind == TrainerEvent::Kind::Diverged) {
      std::cerr << "gan-studio-cli: " << snapshot.event.message << '\n';
      record.diverged = true;
    }
  }

  Snapshot next() {
    auto snapshot = m_trainer.waitNext(kEngineSilenceLimit);
    if (!snapshot) throw std::runtime_error("the training engine stopped answering");
    return std::move(*snapshot);
  }

  // Waits for the event that answers a command, recording what comes before it; returns its step.
  std::int64_t await(TrainerEvent::Kind kind) {
    for (;;) {
      auto snapshot = next();
      if (snapshot.kind == Snapshot::Kind::Event && snapshot.event.kind == kind) return snapshot.event.step;
      take(std::move(snapshot));
    }
  }

  // The whole folder at the step the trainer is at now: checkpoint, the latest grid up to that
  // step, config; the logs recorded so far are synced and carried over (hard links, so the
  // recorder goes on appending to them). Training goes on meanwhile.
  std::int64_t save() {
    std::int64_t step = 0;
    if (auto error = m_recorder.flush()) throw std::runtime_error(*error);
    writeFolderAtomically(m_options.outDir, [&](const std::string& staging) {
      const std::filesystem::path folder(staging);
      m_trainer.saveCheckpoint((folder / "checkpoint.pt").string());
      step = await(TrainerEvent::Kind::CheckpointSaved);
      if (record.grid.step <= step) record.savedGrid = record.grid;
      const auto& images = record.savedGrid.images;
      if (images.count > 0) writePng((folder / "samples.png").string(), tileImages(images, std::min(images.count, 8)));
      writeFileAtomically((folder / "config.json").string(), toJson(m_trainer.config()) + "\n");
    });
    return step;
  }

  RunRecord record;

 private:
  void printProgress(const MetricsRow& row) const {
    const auto config = m_trainer.config();
    const auto& metrics = findVariant(config.variant).metrics;
    std::cerr << "step " << row.step << '/' << m_target << "  epoch " << row.epoch;
    for (std::size_t i = 0; i < row.values.size() && i < metrics.size(); ++i)
      if (metricShown(metrics[i], config) && row.values[i])
        std::cerr << "  " << metrics[i].key << ' ' << *row.values[i];
    std::cerr << "  " << row.stepsPerSecond << " steps/s\n";
  }

  Trainer& m_trainer;
  const TrainOptions& m_options;
  RunRecorder m_recorder;
  std::int64_t m_target = 0;
  std::chrono::steady_clock::time_point m_lastPrint = std::chrono::steady_clock::now() - std::chrono::seconds(10);
};

// Loads the checkpoint being resumed and applies --set's live settings to it.
void resume(Trainer& trainer, RunFolder& folder, const TrainOptions& options) {
  trainer.loadCheckpoint(options.resumeFrom);
  // Its earlier metrics rows follow (when its folder holds them), so metrics.csv keeps the history.
  folder.await(TrainerEvent::Kind::CheckpointLoaded);
  for (const auto& [key, value] : parseSettings(trainer.config(), options)) {
    if (auto error = trainer.setHyperparameter(key, value)) throw std::invalid_argument("--set " + key + ": " + *error);
    folder.await(TrainerEvent::Kind::HyperparameterChanged);
  }
}

// --out as given; else the resumed checkpoint's own folder; else a new folder in the run library.
TrainOptions withRunFolder(TrainOptions options, const TrainConfig& config) {
  if (!options.outDir.empty()) return options;
  if (!options.resumeFrom.empty())
    options.outDir = std::filesystem::absolute(options.resumeFrom).parent_path().string();
  else
    options.outDir = createRunFolder(config.variant);
  std::cerr << "run folder: " << options.outDir << '\n';
  return options;
}

}  // namespace

std::vector<std::pair<std::string, double>> parseSettings(const std::string& variant,
                                                          const std::vector<std::string>& settings) {
  std::vector<std::pair<std::string, double>> parsed;
  const auto& specs = findVariant(variant).hyperparameters;
  for (const auto& setting : settings) {
    const auto equals = setting.find('=');
    if (equals == std::string::npos) throw std::invalid_argument("--set expects key=value, got '" + setting + "'");
    const std::string key = setting.substr(0, equals);
    const auto* spec = findSpec(specs, key);
    if (!spec) throw std::invalid_argument("variant " + variant + " has no hyperparameter '" + key + "'");
    std::string error;
    auto value = parseHyperparameter(*spec, setting.substr(equals + 1), error);
    if (!value) throw std::invalid_argument("--set " + setting + ": " + error);
    parsed.emplace_back(key, *value);
  }
  return parsed;
}

int train(const TrainOptions& given) {
  const TrainConfig config = trainConfig(given);
  requireOutputFolder(given);
  const auto options = withRunFolder(given, config);
  const std::int64_t fromStep = options.resumeFrom.empty() ? 0 : readCheckpointInfo(options.resumeFrom).step;
  Trainer trainer(config);
  RunFolder folder(trainer, options, fromStep);
  if (!options.resumeFrom.empty()) resume(trainer, folder, options);
  catchStopSignals();
  const std::int64_t target = trainer.stepsDone() + options.steps;
  folder.setTarget(target);
  // The next multiple of --checkpoint-every after `step` (past the target when there is none).
  const auto every = options.checkpointEvery;
  const auto saveAfter = [&](std::int64_t step) { return every > 0 ? (step / every + 1) * every : target + 1; };
  std::int64_t nextSave = saveAfter(trainer.stepsDone());
  const auto started = std::chrono::steady_clock::now();
  trainer.step(static_cast<int>(options.steps));
  auto& record = folder.record;
  while (!g_stopSignal && !record.diverged &&
         (record.rows.empty() || record.rows.back().step < target || record.grid.step < target)) {
    folder.take(folder.next());
    if (!record.rows.empty() && record.rows.back().step >= nextSave && record.rows.back().step < target)
      nextSave = saveAfter(folder.save());
  }
  if (g_stopSignal) trainer.pause();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const auto saved = folder.save();
  if (g_stopSignal) {
    std::cerr << "gan-studio-cli: stopped by signal " << g_stopSignal << " at step " << saved << "; saved the run in "
              << options.outDir << '\n';
    return 128 + g_stopSignal;
  }
  const auto trained = double(saved - (target - options.steps));
  std::cerr << "trained " << trained << " steps in " << seconds << " s (" << (seconds > 0 ? trained / seconds : 0)
            << " steps/s); wrote " << options.outDir
            << "/{checkpoint.pt,config.json,samples.png,metrics.csv,grids.log,events.jsonl}\n";
  return record.diverged ? 3 : 0;
}

}  // namespace gan::cli
