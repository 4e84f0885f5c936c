// gan-studio-cli train-classifier: the reference classifier, trained reproducibly from a seed.
#include <chrono>
#include <nlohmann/json.hpp>

#include "engine/core/atomic_file.h"
#include "engine/data/dataset.h"
#include "engine/quality/classifier_net.h"
#include "engine/quality/sample_quality.h"

namespace gan {

namespace {

constexpr std::int64_t kBatch = 64;

void trainEpoch(ClassifierNet& net, torch::optim::Adam& optimizer, const Dataset& train, int epoch, int epochs,
                const QualityProgress& progress) {
  net->train();
  const auto order = torch::randperm(train.samples.size(0), torch::kLong);
  const auto batches = order.size(0) / kBatch;
  for (std::int64_t b = 0; b < batches; ++b) {
    if (progress && b % 50 == 0 &&
        !progress((epoch + double(b) / double(batches)) / epochs, "epoch " + std::to_string(epoch + 1)))
      throw QualityCancelled();
    const auto index = order.slice(0, b * kBatch, (b + 1) * kBatch);
    const auto loss = torch::nn::functional::cross_entropy(net->forward(train.samples.index_select(0, index)),
                                                           train.labels.index_select(0, index));
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
  }
}

double testAccuracy(ClassifierNet& net, const Dataset& test) {
  torch::NoGradGuard noGrad;
  net->eval();
  std::int64_t right = 0;
  for (std::int64_t start = 0; start < test.samples.size(0); start += 500) {
    const auto end = std::min(test.samples.size(0), start + 500);
    right += (net->forward(test.samples.slice(0, start, end)).argmax(1) == test.labels.slice(0, start, end))
                 .sum()
                 .item<std::int64_t>();
  }
  return double(right) / double(test.samples.size(0));
}

}  // namespace

ClassifierReport trainReferenceClassifier(const TrainConfig& data, int epochs, std::uint64_t seed,
                                          const std::string& out, const QualityProgress& progress) {
  if (epochs < 1 || epochs > 50) throw std::invalid_argument("--epochs must be from 1 to 50");
  const auto start = std::chrono::steady_clock::now();
  const auto train = loadImages(data, MnistSplit::Train);
  const auto test = loadImages(data, MnistSplit::Test);
  torch::manual_seed(seed);
  ClassifierNet net;
  torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(1e-3));
  for (int epoch = 0; epoch < epochs; ++epoch) {
    trainEpoch(net, optimizer, *train, epoch, epochs, progress);
    // Halving the step each epoch settles the last few tenths of a percent of test accuracy.
    for (auto& group : optimizer.param_groups())
      static_cast<torch::optim::AdamOptions&>(group.options())
          .lr(static_cast<torch::optim::AdamOptions&>(group.options()).lr() * 0.5);
  }
  ClassifierReport report;
  report.dataset = data.dataset;
  report.testAccuracy = testAccuracy(net, *test);
  for (const auto& parameter : net->parameters()) report.parameters += parameter.numel();
  report.epochs = epochs;
  report.seed = seed;
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  writeAtomically(out, [&](const std::string& temp) { torch::save(net, temp); });
  const nlohmann::json j = {{"dataset", report.dataset},
                            {"test_accuracy", report.testAccuracy},
                            {"parameters", report.parameters},
                            {"epochs", epochs},
                            {"seed", seed},
                            {"seconds", report.seconds},
                            {"command", "gan-studio-cli train-classifier --dataset " + data.dataset + " --epochs " +
                                            std::to_string(epochs) + " --seed " + std::to_string(seed)}};
  writeFileAtomically(out + ".json", j.dump(2) + "\n");
  return report;
}

}  // namespace gan
