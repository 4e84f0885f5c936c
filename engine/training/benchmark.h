#pragma once
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
  int latencyRepeats = 30;
  int latencyBatch = 100;
};

struct BenchResult {
  double trainStepsPerSecond = 0;
  double generateMedianMs = 0;  // one call generating latencyBatch images
  double generateP95Ms = 0;
  RuntimeInfo runtime;
};

// Times the same training step the trainer runs (its TrainingSession), on the calling thread.
BenchResult runBenchmark(const BenchOptions& options);

}  // namespace gan
