// gan-studio-cli train-classifier and evaluate: sample quality judged by a reference classifier.
#include <iomanip>
#include <iostream>

#include "app/cli_commands.h"
#include "engine/core/resources.h"
#include "engine/core/train_config.h"
#include "engine/quality/sample_quality.h"

namespace gan::cli {

namespace {

// One progress line on stderr, rewritten in place: evaluation of 10,000 samples takes a while.
QualityProgress printProgress() {
  return [](double fraction, const std::string& stage) {
    std::cerr << "\r" << std::setw(3) << int(100 * fraction) << " %  " << stage << "            " << std::flush;
    return true;
  };
}

void printReport(const QualityReport& report, bool json) {
  std::cerr << '\n';
  if (json) {
    std::cout << qualityJson(report) << '\n';
    return;
  }
  std::cout << std::setprecision(4) << "FID " << report.fid << "  KID " << report.kid << "  precision "
            << report.precision << "  recall " << report.recall << "  density " << report.density << "  coverage "
            << report.coverage << "\nclasses covered " << report.classesCovered << "/10  mean confidence "
            << report.meanConfidence << "  classifier score " << report.classifierScore << "\n(" << report.count
            << " samples, " << report.dataset << ", " << report.seconds << " s)\n";
}

}  // namespace

int trainClassifier(const ClassifierOptions& options) {
  TrainConfig data;
  data.dataset = options.dataset;
  data.dataDir = options.dataDir.empty() ? defaultMnistDir() : options.dataDir;
  const auto out = options.out.empty() ? "resources/models/" + options.dataset + "-classifier.pt" : options.out;
  const auto report = trainReferenceClassifier(data, options.epochs, options.seed, out, printProgress());
  std::cerr << "\nwrote " << out << " (+ .json): test accuracy " << std::setprecision(4) << 100 * report.testAccuracy
            << " %, " << report.parameters << " parameters, " << report.seconds << " s\n";
  return 0;
}

int evaluate(const EvaluateOptions& options) {
  QualityOptions quality;
  quality.count = options.count;
  quality.seed = options.seed;
  quality.classifier = options.classifier;
  quality.dataDir = options.dataDir;
  if (options.real) {
    TrainConfig data;
    data.dataset = options.dataset;
    data.dataDir = options.dataDir.empty() ? defaultMnistDir() : options.dataDir;
    printReport(evaluateRealBaseline(data, quality, printProgress()), options.json);
    return 0;
  }
  if (options.checkpoint.empty()) throw std::invalid_argument("evaluate needs --checkpoint F (or --real)");
  printReport(evaluateCheckpoint(options.checkpoint, quality, printProgress()), options.json);
  return 0;
}

}  // namespace gan::cli
