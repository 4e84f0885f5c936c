#pragma once
// Helpers for the tests of the MNIST model variants: the data set, small configs, and copies of
// a network's parameters to see what one step changed.
#include <memory>
#include <string>
#include <vector>

#include "engine/data/dataset.h"
#include "engine/training/training_session.h"
#include "tests/engine/test_support.h"

namespace gan::test {

inline std::shared_ptr<const Dataset> mnist() {
  static const auto data = loadMnist(mnistDir());
  return data;
}

inline TrainConfig modelConfig(const std::string& variant, int channels = 8, int batch = 32) {
  auto config = smallConfig(variant);
  config.hyperparameters["channels"] = channels;
  config.hyperparameters["batch_size"] = batch;
  return config;
}

// Copies of every parameter of a module, to see afterwards what a step changed.
inline std::vector<torch::Tensor> copyOf(torch::nn::Module& module) {
  std::vector<torch::Tensor> copies;
  for (const auto& parameter : module.parameters()) copies.push_back(parameter.detach().clone());
  return copies;
}
inline bool unchanged(torch::nn::Module& module, const std::vector<torch::Tensor>& before) {
  const auto now = module.parameters();
  for (std::size_t i = 0; i < now.size(); ++i)
    if (!torch::equal(now[i], before[i])) return false;
  return true;
}

inline torch::nn::Module& network(TrainingSession& session, std::size_t index) {
  return *session.variant().networks().at(index);
}

}  // namespace gan::test
