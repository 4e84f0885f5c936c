#include "app/cli_commands.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <numeric>
#include <sstream>
#include <stdexcept>

#include "engine/core/atomic_file.h"
#include "engine/core/metrics_csv.h"
#include "engine/core/png_file.h"
#include "engine/core/variant_catalog.h"
#include "engine/data/idx_file.h"
#include "engine/math/divergence_report.h"
#include "engine/math/number_list.h"
#include "engine/training/benchmark.h"
#include "engine/training/checkpoint.h"
#include "engine/training/trainer.h"

namespace gan::cli {

constexpr int kPngGridImages = 256;

int sample(const SampleOptions& options) {
  // The PNG goes beside the IDX file under the same name: --out x.png would overwrite itself.
  if (std::filesystem::path(options.out).extension() == ".png")
    throw std::invalid_argument("--out " + options.out +
                                ": name the IDX file (e.g. samples.idx); its PNG grid is written beside it");
  const ImageBatch images = sampleCheckpoint(options.checkpoint, options.count, options.seed, options.codes);
  IdxArray idx;
  idx.dims = {static_cast<std::uint32_t>(images.count), static_cast<std::uint32_t>(images.height),
              static_cast<std::uint32_t>(images.width)};
  idx.data.reserve(images.pixels.size());
  for (float unit : images.pixels) idx.data.push_back(toByte(unit));
  writeIdx(options.out, idx);
  const std::string png = std::filesystem::path(options.out).replace_extension(".png").string();
  // The PNG is a look at the samples: at most the first 16×16 of them, however many the IDX holds.
  ImageBatch shown;
  shown.count = std::min(images.count, kPngGridImages);
  shown.width = images.width;
  shown.height = images.height;
  shown.pixels.assign(images.pixels.begin(),
                      images.pixels.begin() + std::ptrdiff_t(shown.count) * shown.width * shown.height);
  writePng(png, tileImages(shown, std::min(shown.count, 16)));
  std::cerr << "wrote " << images.count << " images to " << options.out << " and " << png << '\n';
  return 0;
}

namespace {

// Digits that two categories share: each holds at least a fifth of that digit's test images.
nlohmann::json splitDigits(const CategoryMatch& match) {
  constexpr double kShare = 0.2;
  nlohmann::json split = nlohmann::json::array();
  const std::size_t digits = match.confusion.empty() ? 0 : match.confusion.front().size();
  for (std::size_t digit = 0; digit < digits; ++digit) {
    std::int64_t total = 0;
    for (const auto& row : match.confusion) total += row[digit];
    nlohmann::json holders = nlohmann::json::array();
    for (std::size_t category = 0; category < match.confusion.size(); ++category)
      if (total > 0 && double(match.confusion[category][digit]) >= kShare * double(total)) holders.push_back(category);
    if (holders.size() > 1) split.push_back({{"digit", digit}, {"categories", holders}});
  }
  return split;
}

nlohmann::json codesJson(const LatentLayout& layout) {
  nlohmann::json codes = nlohmann::json::array();
  for (int code = 0; code < layout.continuous; ++code)
    codes.push_back({{"code", "c" + std::to_string(code + 1)},
                     {"name", layout.codeLabel(code)},
                     {"sign", int(layout.codeSign(code))}});
  return codes;
}

}  // namespace

int infoganEval(const std::string& checkpoint, const std::string& dataDir) {
  const auto info = readCheckpointInfo(checkpoint);
  const auto evaluation = evaluateCategories(checkpoint, dataDir);
  const auto& match = evaluation.match;
  nlohmann::json j;
  j["checkpoint"] = checkpoint;
  j["step"] = info.step;
  j["test_images"] = std::accumulate(match.confusion.begin(), match.confusion.end(), std::int64_t(0),
                                     [](std::int64_t total, const auto& row) {
                                       return total + std::accumulate(row.begin(), row.end(), std::int64_t(0));
                                     });
  j["accuracy"] = match.accuracy;
  nlohmann::json mapping;
  for (std::size_t category = 0; category < match.labelOf.size(); ++category)
    mapping[std::to_string(category)] = match.labelOf[category];
  j["category_to_digit"] = mapping;
  j["confusion"] = match.confusion;  // rows: categories, columns: digits
  j["split_digits"] = splitDigits(match);
  j["codes"] = codesJson(evaluation.layout);
  std::cout << j.dump(2) << '\n';
  return 0;
}

int exportGeneratorFile(const std::string& checkpoint, const std::string& out, const std::string& dataDir) {
  const auto info = exportGenerator(checkpoint, out, dataDir);
  std::cerr << "wrote the generator of " << checkpoint << " (step " << info.step << ") to " << out;
  if (!info.categoryToDigit.empty())
    std::cerr << "; categories match digits at " << 100 * info.categoryAccuracy << " %";
  std::cerr << '\n';
  return 0;
}

int bench(const BenchCommand& command) {
  BenchOptions options;
  options.variant = command.variant;
  options.dataset = command.dataset;
  options.steps = command.steps;
  options.batchSize = command.batchSize;
  options.dataDir = command.dataDir;
  options.profileFile = command.profileFile;
  for (const auto& [key, value] : parseSettings(command.variant, command.settings)) options.settings[key] = value;
  options.oneDnnLayers = command.layers == "onednn";  // the parser allows onednn or libtorch
  const BenchResult result = runBenchmark(options);
  nlohmann::json j;
  j["engine"] = "gan-studio";
  j["variant"] = command.variant;
  j["dataset"] = command.dataset;
  j["settings"] = options.settings;
  j["layers"] = command.layers;
  j["threads"] = result.runtime.torchThreads;
  j["blas_threads"] = result.runtime.blasThreads;
  j["blas_library"] = result.runtime.blasLibrary;
  j["batch"] = command.batchSize;
  j["train_steps_per_s"] = result.trainStepsPerSecond;
  j["samples_per_s"] = result.trainStepsPerSecond * command.batchSize;
  j["peak_rss_mib"] = result.peakRssMiB;
  j["gen100_ms_median"] = result.generateMedianMs;
  j["gen100_ms_p95"] = result.generateP95Ms;
  std::cout << j.dump() << std::endl;
  return 0;
}

int listVariants(bool json) {
  if (json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& info : variantCatalog()) {
      nlohmann::json item{{"name", info.name}, {"display_name", info.displayName}, {"explanation", info.explanation}};
      for (const auto& spec : info.hyperparameters)
        item["hyperparameters"][spec.key] = {
            {"default", spec.defaultValue}, {"min", spec.minimum}, {"max", spec.maximum}, {"live", spec.liveEditable}};
      for (const auto& metric : info.metrics) item["metrics"].push_back(metric.key);
      list.push_back(item);
    }
    std::cout << list.dump(2) << std::endl;
    return 0;
  }
  for (const auto& info : variantCatalog()) std::cout << info.name << "\t" << info.displayName << '\n';
  return 0;
}

}  // namespace gan::cli

namespace gan::cli {

namespace {
std::vector<std::vector<double>> readCostFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error))
    throw std::invalid_argument("--cost " + path + ": not a regular file");
  std::ifstream in(path);
  if (!in) throw std::invalid_argument("--cost: cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return parseCostMatrix(text.str(), path);
}

// JSON has no infinity: an infinite divergence is written as the string "inf".
nlohmann::json jsonValue(double value) { return std::isinf(value) ? nlohmann::json("inf") : nlohmann::json(value); }

bool isContinuous(const std::string& spec) { return spec.find(':') != std::string::npos; }
}  // namespace

int divergence(const DivergenceOptions& options) {
  DivergenceReport report;
  nlohmann::json j;
  if (isContinuous(options.p) != isContinuous(options.q))
    throw std::invalid_argument("--p and --q must both be discrete lists or both be continuous families");
  if (isContinuous(options.p)) {
    const auto p = parseDistribution(options.p), q = parseDistribution(options.q);
    report = compareContinuous(p, q);
    j["p"] = p.describe();
    j["q"] = q.describe();
  } else {
    const auto p = parseNumberList(options.p, "--p"), q = parseNumberList(options.q, "--q");
    const auto positions =
        options.positions.empty() ? std::vector<double>{} : parseNumberList(options.positions, "--x");
    const auto cost = options.costFile.empty() ? std::vector<std::vector<double>>{} : readCostFile(options.costFile);
    report = compareDiscrete(p, q, positions, cost);
    j["p"] = p;
    j["q"] = q;
    j["plan"] = report.plan.mass;
  }
  for (const auto& value : report.values) j["divergences"][value.key] = jsonValue(value.value);
  if (options.json) {
    std::cout << j.dump(2) << std::endl;
    return 0;
  }
  for (const auto& value : report.values) std::cout << value.name << "\t" << value.value << '\n';
  return 0;
}

}  // namespace gan::cli
