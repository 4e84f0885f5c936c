#pragma once
#include <map>
#include <string>

#include "engine/core/dataset_catalog.h"
#include "engine/core/runtime.h"

namespace gan {

struct BenchOptions {
  std::string variant = "gan-ns";
  std::string dataset = kMnistDataset;
  std::string dataDir;  // MNIST folder; empty = default
  int warmupSteps = 3;
  int steps = 30;  // as many as the Python peer times
  int batchSize = 64;
  std::map<std::string, double> settings;  // hyperparameters other than the batch (channels, g_hidden, …)
  // false: fully connected layers on OpenBLAS (as torch::nn::Linear) and the generators' upsampling
  // on LibTorch's slow_conv_transpose2d (as torch::nn::ConvTranspose2d): the before of the oneDNN routes.
  bool oneDnnLayers = true;
  int latencyRepeats = 30;
  int latencyBatch = 100;
  // Non-empty: LibTorch's autograd profiler records the timed steps into this file (a Chrome
  // trace, chrome://tracing or tests/benchmarks/profile_summary.py reads it).
  std::string profileFile;
};

struct BenchResult {
  double trainStepsPerSecond = 0;
  double generateMedianMs = 0;  // one call generating latencyBatch images
  double generateP95Ms = 0;
  double peakRssMiB = 0;  // the process's peak resident memory so far (run one benchmark per process)
  RuntimeInfo runtime;
};

// Times the same training step the trainer runs (its TrainingSession), on the calling thread.
BenchResult runBenchmark(const BenchOptions& options);

// The machine's single-precision matrix-multiply limit on LibTorch's threads: the best of
// `repeats` products of two size × size matrices, in GFLOP/s (2·size³ each). OpenBLAS gets the
// same threads while it measures (training gives it one) and one again afterwards.
double measureGemmGflops(int size = 1024, int repeats = 10);

}  // namespace gan
