#include "engine/training/benchmark.h"
#include "engine/core/resources.h"

#include <algorithm>
#include <chrono>
#include <optional>

#include <torch/csrc/autograd/profiler_legacy.h>

#include "engine/nets/dense.h"
#include "engine/nets/upsample.h"
#include "engine/training/training_session.h"

namespace gan {

namespace {
double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

BenchResult runBenchmark(const BenchOptions& options) {
  TrainConfig config;
  config.variant = options.variant;
  config.dataDir = options.dataDir.empty() ? defaultMnistDir() : options.dataDir;
  config.hyperparameters.insert(options.settings.begin(), options.settings.end());
  config.hyperparameters["batch_size"] = options.batchSize;
  config.dataset = options.dataset;
  config = withDefaults(config);
  const bool denseWas = denseUsesOneDnn(), upsampleWas = upsampleUsesOneDnn();
  setDenseUsesOneDnn(options.oneDnnLayers);
  setUpsampleUsesOneDnn(options.oneDnnLayers);
  TrainingSession session(config, loadDataset(config));

  for (int i = 0; i < options.warmupSteps; ++i) session.step();
  std::optional<torch::autograd::profiler::RecordProfile> profile;
  if (!options.profileFile.empty()) profile.emplace(options.profileFile);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < options.steps; ++i) session.step();
  BenchResult result;
  result.trainStepsPerSecond = options.steps / (millisecondsSince(start) / 1000.0);
  profile.reset();  // writes the trace

  std::vector<double> latencies;
  for (int i = 0; i < options.latencyRepeats; ++i) {
    const auto begin = std::chrono::steady_clock::now();
    session.samples(options.latencyBatch, static_cast<std::uint64_t>(i));
    latencies.push_back(millisecondsSince(begin));
  }
  std::sort(latencies.begin(), latencies.end());
  result.generateMedianMs = latencies[latencies.size() / 2];
  // Same rank rule as the Python peer, so the two p95s compare like for like.
  result.generateP95Ms = latencies[std::max<std::size_t>(1, latencies.size() * 95 / 100) - 1];
  result.runtime = runtimeInfo();
  result.peakRssMiB = peakResidentMiB();
  setDenseUsesOneDnn(denseWas);
  setUpsampleUsesOneDnn(upsampleWas);
  return result;
}

double measureGemmGflops(int size, int repeats) {
  torch::NoGradGuard noGrad;
  setBlasThreads(torch::get_num_threads());
  const auto a = torch::randn({size, size});
  const auto b = torch::randn({size, size});
  auto product = torch::mm(a, b);  // warm-up: thread pools, caches
  double best = 0;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    product = torch::mm(a, b);
    const double seconds = millisecondsSince(start) / 1000.0;
    best = std::max(best, 2.0 * size * size * double(size) / seconds / 1e9);
  }
  setBlasThreads(1);
  return best;
}

}  // namespace gan
