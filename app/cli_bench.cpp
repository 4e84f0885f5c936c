// `bench --peak` and `bench --all`: the machine's GEMM limit, and every variant's training speed
// beside the Python peers' in one JSON, so ratios come from one command on one machine load.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

#include "app/cli_commands.h"
#include "engine/core/variant_catalog.h"
#include "engine/training/benchmark.h"

namespace gan::cli {

namespace {

// The last line a peer script prints (its JSON), or an error object naming what went wrong.
nlohmann::json runPeer(const std::string& script, int steps, int threads) {
  const std::string command = "OPENBLAS_NUM_THREADS=1 /usr/bin/python3 '" + script + "' --threads " +
                              std::to_string(threads) + " --steps " + std::to_string(steps) + " 2>&1";
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return {{"script", script}, {"error", "cannot start python3"}};
  std::string output, last;
  char buffer[4096];
  while (fgets(buffer, sizeof buffer, pipe.get())) output += buffer;
  for (std::size_t start = 0, end; start < output.size(); start = end + 1) {
    end = output.find('\n', start);
    if (end == std::string::npos) end = output.size();
    if (end > start) last = output.substr(start, end - start);
  }
  const auto parsed = nlohmann::json::parse(last, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return {{"script", script}, {"error", last}};
  return parsed;
}

int defaultBatch(const VariantInfo& info) {
  for (const auto& spec : info.hyperparameters)
    if (spec.key == "batch_size") return int(spec.defaultValue);
  return 64;
}

}  // namespace

int benchPeak() {
  nlohmann::json j;
  j["gemm_size"] = 1024;
  j["gemm_gflops"] = measureGemmGflops(1024, 10);
  j["threads"] = runtimeInfo().torchThreads;
  std::cout << j.dump() << std::endl;
  return 0;
}

int benchAll(int steps, const std::string& dataDir, const std::string& peersDir) {
  nlohmann::json j;
  j["threads"] = runtimeInfo().torchThreads;
  j["gemm_gflops"] = measureGemmGflops(1024, 10);
  const auto measure = [&](const VariantInfo& info, const std::map<std::string, double>& settings) {
    BenchOptions options;
    options.variant = info.name;
    options.steps = steps;
    options.batchSize = defaultBatch(info);
    options.settings = settings;
    options.dataDir = dataDir;
    options.latencyRepeats = 5;
    const auto result = runBenchmark(options);
    j["variants"].push_back({{"variant", info.name},
                             {"settings", settings},
                             {"batch", options.batchSize},
                             {"train_steps_per_s", result.trainStepsPerSecond},
                             {"samples_per_s", result.trainStepsPerSecond * options.batchSize}});
  };
  for (const auto& info : variantCatalog()) measure(info, {});
  // The InfoGAN paper's network sizes, the ones peer_infogan.py trains.
  measure(findVariant("infogan"), {{"channels", 64}, {"g_hidden", 1024}});
  if (!peersDir.empty())
    for (const char* peer : {"peer_dcgan.py", "peer_infogan.py"})
      j["peers"][peer] = runPeer(peersDir + "/" + peer, steps, j["threads"].get<int>());
  std::cout << j.dump(1) << std::endl;
  return 0;
}

}  // namespace gan::cli
