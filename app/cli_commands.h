#pragma once
// The CLI's subcommands, each on the engine's torch-free API alone.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/dataset_catalog.h"

namespace gan::cli {

struct TrainOptions {
  std::string variant = "gan-ns";
  std::string dataset = kMnistDataset;
  long steps = 1000;
  std::uint64_t seed = 1;
  std::string outDir;  // empty: a new folder in the run library (or the resumed run's own)
  std::string dataDir;
  std::vector<std::string> settings;  // key=value hyperparameters
  int sampleEverySteps = 50;
  std::string resumeFrom;      // checkpoint to continue from
  bool force = false;          // write into an --out folder that already holds files
  long checkpointEvery = 500;  // steps between saves of the whole run folder (0 = only at the end)
  // Given on the command line (not defaults): a resumed run refuses them when they differ.
  bool variantGiven = false, datasetGiven = false, seedGiven = false;
};

struct SampleOptions {
  std::string checkpoint;
  int count = 64;
  std::uint64_t seed = 1;
  std::string out = "samples.idx";
  std::string codes;  // "cat=3,c1=-1.5,c2=0.5"
};

struct BenchCommand {
  std::string variant = "gan-ns";
  std::string dataset = kMnistDataset;
  std::string dataDir, profileFile;
  int steps = 30, batchSize = 64;
  std::vector<std::string> settings;  // key=value hyperparameters, as train's --set
  std::string layers = "onednn";      // fully connected and upsampling layers: onednn or libtorch (the before)
};

int train(const TrainOptions& options);
int sample(const SampleOptions& options);
int bench(const BenchCommand& command);
// `--set key=value` texts checked against the variant's hyperparameters (a clear error otherwise).
std::vector<std::pair<std::string, double>> parseSettings(const std::string& variant,
                                                          const std::vector<std::string>& settings);
// The GEMM limit of this machine on LibTorch's threads (app/cli_bench.cpp).
int benchPeak();
// Every variant at its default batch, the GEMM limit, and with `peersDir` the Python peers
// (peer_dcgan.py, peer_infogan.py there), in one JSON.
int benchAll(int steps, const std::string& dataDir, const std::string& peersDir);
int listVariants(bool json);
int infoganEval(const std::string& checkpoint, const std::string& dataDir);
int exportGeneratorFile(const std::string& checkpoint, const std::string& out, const std::string& dataDir);

}  // namespace gan::cli

namespace gan::cli {

struct DivergenceOptions {
  std::string p, q;       // "0.5,0.1,0.4" or "normal:0,1"
  std::string positions;  // "1,2,3" (discrete only)
  std::string costFile;   // CSV ground-cost matrix (discrete only)
  bool json = false;
};
int divergence(const DivergenceOptions& options);

}  // namespace gan::cli

namespace gan::cli {

struct RunsOptions {
  std::vector<std::string> runs;  // folders or names in the library
  bool json = false;
};
int runsList(const RunsOptions& options);
int runsShow(const RunsOptions& options);
int runsRemove(const RunsOptions& options);
int runsRestore(const RunsOptions& options);  // `runs` holds the paths in the trash

struct ExportGifOptions {
  std::string run, out, framesDir;
  std::int64_t from = 0, to = INT64_MAX;
  double fps = 10;
};
int exportGif(const ExportGifOptions& options);

}  // namespace gan::cli

namespace gan::cli {

struct ClassifierOptions {
  std::string dataset = kMnistDataset;
  std::string dataDir, out;  // out empty: resources/models/<dataset>-classifier.pt
  int epochs = 4;
  std::uint64_t seed = 2024;
};
int trainClassifier(const ClassifierOptions& options);

struct EvaluateOptions {
  std::string checkpoint, classifier, dataDir;
  std::string dataset = kMnistDataset;  // with --real
  long count = 1000;
  std::uint64_t seed = 1;
  bool real = false;  // real test images against real training images: the baseline
  bool json = false;
};
int evaluate(const EvaluateOptions& options);

}  // namespace gan::cli
