#include "tests/engine/digit_classifier.h"

#include "engine/data/dataset.h"

namespace gan::test {

namespace {
constexpr std::int64_t kBatch = 64;
constexpr std::uint64_t kSeed = 2024;
}  // namespace

DigitClassifierImpl::DigitClassifierImpl() {
  using namespace torch::nn;
  m_layers = register_module("layers", Sequential(Conv2d(Conv2dOptions(1, 16, 5).padding(2)), ReLU(), MaxPool2d(2),
                                                  Conv2d(Conv2dOptions(16, 32, 5).padding(2)), ReLU(), MaxPool2d(2),
                                                  Flatten(), Linear(32 * 7 * 7, 128), ReLU(), Linear(128, 10)));
}

torch::Tensor DigitClassifierImpl::forward(const torch::Tensor& images) { return m_layers->forward(images); }

DigitClassifier& trainedDigitClassifier(const std::string& mnistDir) {
  static std::unique_ptr<DigitClassifier> classifier;
  if (classifier) return *classifier;
  torch::manual_seed(kSeed);
  auto model = std::make_unique<DigitClassifier>();
  const auto train = loadMnist(mnistDir, MnistSplit::Train);
  torch::optim::Adam optimizer((*model)->parameters(), torch::optim::AdamOptions(1e-3));
  const auto order = torch::randperm(train->samples.size(0), torch::kLong);
  for (std::int64_t start = 0; start + kBatch <= order.size(0); start += kBatch) {
    const auto index = order.slice(0, start, start + kBatch);
    const auto loss = torch::nn::functional::cross_entropy((*model)->forward(train->samples.index_select(0, index)),
                                                           train->labels.index_select(0, index));
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
  }
  (*model)->eval();
  classifier = std::move(model);
  return *classifier;
}

torch::Tensor classifyDigits(DigitClassifier& classifier, const torch::Tensor& images) {
  torch::NoGradGuard noGrad;
  std::vector<torch::Tensor> parts;
  for (std::int64_t start = 0; start < images.size(0); start += 500)
    parts.push_back(classifier->forward(images.slice(0, start, std::min(images.size(0), start + 500))).argmax(1));
  return torch::cat(parts, 0);
}

}  // namespace gan::test
