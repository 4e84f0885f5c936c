#include "engine/quality/sample_quality.h"

#include <chrono>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/core/atomic_file.h"
#include "engine/core/dataset_catalog.h"
#include "engine/core/resources.h"
#include "engine/data/dataset.h"
#include "engine/quality/classifier_net.h"
#include "engine/quality/feature_statistics.h"
#include "engine/training/checkpoint.h"

namespace gan {

namespace {

constexpr std::int64_t kChunk = 500;

void report(const QualityProgress& progress, double fraction, const std::string& stage) {
  if (progress && !progress(fraction, stage)) throw QualityCancelled();
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

ClassifierNet loadClassifier(const std::string& path) {
  ClassifierNet net;
  try {
    torch::load(net, path);
  } catch (const c10::Error& e) {
    throw std::runtime_error(path + ": not a GAN Studio reference classifier (" + e.msg().substr(0, 200) + ")");
  }
  net->eval();
  return net;
}

struct Judged {
  torch::Tensor features, probabilities;
};

// Features and class probabilities of images in [−1, 1], in chunks (progress from..to).
Judged judge(ClassifierNet& net, const torch::Tensor& images, const QualityProgress& progress, double from, double to,
             const std::string& stage) {
  torch::NoGradGuard noGrad;
  std::vector<torch::Tensor> features, probabilities;
  for (std::int64_t start = 0; start < images.size(0); start += kChunk) {
    report(progress, from + (to - from) * double(start) / double(images.size(0)), stage);
    const auto chunk = images.slice(0, start, std::min(images.size(0), start + kChunk));
    features.push_back(net->features(chunk));
    probabilities.push_back(torch::softmax(net->m_logits(torch::relu(features.back())), 1));
  }
  return {torch::cat(features), torch::cat(probabilities)};
}

void describeClasses(const torch::Tensor& probabilities, QualityReport& out) {
  const auto predicted = probabilities.argmax(1);
  const auto counts = torch::bincount(predicted, {}, 10).to(torch::kDouble) / double(probabilities.size(0));
  out.classShare.assign(counts.data_ptr<double>(), counts.data_ptr<double>() + 10);
  out.classesCovered = 0;
  for (double share : out.classShare) out.classesCovered += share >= 0.01 ? 1 : 0;
  out.meanConfidence = std::get<0>(probabilities.max(1)).mean().item<double>();
  const auto p = probabilities.to(torch::kDouble).clamp_min(1e-12);
  const auto marginal = p.mean(0, true);
  out.classifierScore = std::exp((p * (p.log() - marginal.log())).sum(1).mean().item<double>());
}

// Real images against `other` (generated, or real test images for the baseline).
QualityReport compare(ClassifierNet& net, const torch::Tensor& real, const torch::Tensor& other,
                      const QualityOptions& options, const QualityProgress& progress) {
  QualityReport out;
  out.count = other.size(0);
  const auto judgedReal = judge(net, real, progress, 0.5, 0.7, "classifying real images");
  const auto judged = judge(net, other, progress, 0.7, 0.9, "classifying samples");
  report(progress, 0.9, "FID, KID, precision and recall");
  out.fid = frechetDistance(judgedReal.features, judged.features);
  out.kid = kernelInceptionDistance(judgedReal.features, judged.features, 10, 1000, options.seed);
  const auto pr = precisionRecall(judgedReal.features, judged.features);
  out.precision = pr.precision;
  out.recall = pr.recall;
  const auto dc = densityCoverage(judgedReal.features, judged.features);
  out.density = dc.density;
  out.coverage = dc.coverage;
  describeClasses(judged.probabilities, out);
  report(progress, 1.0, "done");
  return out;
}

// `count` training images drawn without replacement by `seed`.
torch::Tensor realImages(const TrainConfig& data, std::int64_t count, std::uint64_t seed, MnistSplit split) {
  const auto set = loadImages(data, split);
  if (count > set->samples.size(0))
    throw std::invalid_argument("--count " + std::to_string(count) + ": the data hold only " +
                                std::to_string(set->samples.size(0)) + " images");
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed ^ 0x5eedULL);
  return set->samples.index_select(0,
                                   torch::randperm(set->samples.size(0), generator, torch::kLong).slice(0, 0, count));
}

torch::Tensor generatedImages(const std::string& checkpoint, std::int64_t count, std::uint64_t seed,
                              const QualityProgress& progress) {
  std::vector<torch::Tensor> parts;
  for (std::int64_t start = 0; start < count; start += kChunk) {
    report(progress, 0.5 * double(start) / double(count), "generating samples");
    const auto batch = sampleCheckpoint(checkpoint, int(std::min(kChunk, count - start)), seed + std::uint64_t(start));
    parts.push_back(torch::tensor(batch.pixels).view({batch.count, 1, batch.height, batch.width}) * 2 - 1);
  }
  return torch::cat(parts);
}

std::string classifierFor(const QualityOptions& options, const std::string& dataset, const std::string& what) {
  const auto path = options.classifier.empty() ? referenceClassifierPath(dataset) : options.classifier;
  if (path.empty())
    throw std::invalid_argument(what +
                                ": quality metrics are not available for this data (no reference classifier "
                                "for '" +
                                dataset + "'; gan-studio-cli train-classifier makes one)");
  return path;
}

void requireCount(std::int64_t count) {
  if (count < 10 || count > 60000) throw std::invalid_argument("--count must be from 10 to 60000");
}

}  // namespace

std::string referenceClassifierPath(const std::string& dataset) {
  return findResource("models/" + dataset + "-classifier.pt");
}

ClassifierReport readClassifierReport(const std::string& classifierPath) {
  std::ifstream in(classifierPath + ".json");
  ClassifierReport out;
  try {
    const auto j = nlohmann::json::parse(in);
    out.dataset = j.at("dataset").get<std::string>();
    out.testAccuracy = j.at("test_accuracy").get<double>();
    out.parameters = j.at("parameters").get<std::int64_t>();
    out.epochs = j.at("epochs").get<int>();
    out.seed = j.at("seed").get<std::uint64_t>();
    out.seconds = j.at("seconds").get<double>();
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(classifierPath + ".json: " + e.what());
  }
  return out;
}

QualityReport evaluateCheckpoint(const std::string& checkpoint, const QualityOptions& options,
                                 const QualityProgress& progress) {
  const auto start = std::chrono::steady_clock::now();
  requireCount(options.count);
  auto data = readCheckpointInfo(checkpoint).config;
  if (!isImageDataset(data.dataset))
    throw std::invalid_argument(checkpoint + ": a 2D toy run; its quality is the toy lab's mode coverage");
  if (!options.dataDir.empty()) data.dataDir = options.dataDir;
  auto net = loadClassifier(classifierFor(options, data.dataset, checkpoint));
  const auto fake = generatedImages(checkpoint, options.count, options.seed, progress);
  auto out = compare(net, realImages(data, options.count, options.seed, MnistSplit::Train), fake, options, progress);
  out.dataset = data.dataset;
  out.seconds = secondsSince(start);
  return out;
}

QualityReport evaluateImages(const ImageBatch& images, const TrainConfig& data, const QualityOptions& options,
                             const QualityProgress& progress) {
  const auto start = std::chrono::steady_clock::now();
  requireCount(images.count);
  auto net = loadClassifier(classifierFor(options, data.dataset, "these images"));
  const auto fake = torch::tensor(images.pixels).view({images.count, 1, images.height, images.width}) * 2 - 1;
  auto out = compare(net, realImages(data, images.count, options.seed, MnistSplit::Train), fake, options, progress);
  out.dataset = data.dataset;
  out.seconds = secondsSince(start);
  return out;
}

QualityReport evaluateRealBaseline(const TrainConfig& data, const QualityOptions& options,
                                   const QualityProgress& progress) {
  const auto start = std::chrono::steady_clock::now();
  requireCount(options.count);
  auto net = loadClassifier(classifierFor(options, data.dataset, "the real baseline"));
  report(progress, 0, "reading real images");
  const auto test = realImages(data, std::min<std::int64_t>(options.count, 10000), options.seed, MnistSplit::Test);
  auto out = compare(net, realImages(data, options.count, options.seed, MnistSplit::Train), test, options, progress);
  out.dataset = data.dataset;
  out.seconds = secondsSince(start);
  return out;
}

std::string qualityJson(const QualityReport& report) {
  return nlohmann::json{{"dataset", report.dataset},
                        {"count", report.count},
                        {"fid", report.fid},
                        {"kid", report.kid},
                        {"precision", report.precision},
                        {"recall", report.recall},
                        {"density", report.density},
                        {"coverage", report.coverage},
                        {"class_share", report.classShare},
                        {"classes_covered", report.classesCovered},
                        {"mean_confidence", report.meanConfidence},
                        {"classifier_score", report.classifierScore},
                        {"seconds", report.seconds}}
      .dump(2);
}

}  // namespace gan
