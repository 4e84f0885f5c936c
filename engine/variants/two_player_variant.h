#pragma once
// What the generator-versus-critic variants share: networks from the dataset, optimisers, the
// critic/generator alternation, sampling, live learning rates, checkpoints. A variant supplies
// only its losses (and, for WGAN, what happens after a critic update).
#include <map>
#include <string>

#include "engine/nets/networks.h"
#include "engine/variants/variant.h"

namespace gan {

class TwoPlayerVariant : public Variant {
 public:
  enum class OptimizerKind { Adam, RmsProp };

  TwoPlayerVariant(const TrainConfig& config, CriticNormalization normalization, OptimizerKind optimizer);

  void trainStep(const std::function<torch::Tensor()>& nextRealBatch, torch::Generator& noise, StepPart part,
                 MetricRow& row) override;
  torch::Tensor sampleLatent(std::int64_t count, torch::Generator& noise) const override;
  torch::Tensor generate(const torch::Tensor& latent) override;
  void setHyperparameter(const std::string& key, double value) override;
  torch::Tensor criticScores(const torch::Tensor& points) override;
  torch::Tensor generatorPull(const torch::Tensor& fake) override;
  std::vector<torch::nn::Module*> networks() override { return {m_generator.ptr().get(), m_critic.ptr().get()}; }
  void save(torch::serialize::OutputArchive& archive) override;
  void load(torch::serialize::InputArchive& archive) override;

 protected:
  struct CriticOutcome {
    torch::Tensor loss;
    std::map<std::string, double> metrics;  // the variant's own metrics, by key
  };
  // The critic's loss on a real and a (detached) fake batch.
  virtual CriticOutcome criticLoss(const torch::Tensor& real, const torch::Tensor& fake, torch::Generator& noise) = 0;
  // The generator's loss from the critic's raw output on fakes.
  virtual torch::Tensor generatorLoss(const torch::Tensor& fakeScores) = 0;
  virtual void afterCriticStep(CriticOutcome& /*outcome*/) {}

  torch::nn::Sequential m_generator{nullptr};
  torch::nn::Sequential m_critic{nullptr};
  NetworkSpec m_spec;

 private:
  void buildOptimizers();

  TrainConfig m_config;  // kept current, so optimisers can be rebuilt mid-run
  OptimizerKind m_publishedOptimizer;
  std::unique_ptr<torch::optim::Optimizer> m_optimizerG;
  std::unique_ptr<torch::optim::Optimizer> m_optimizerD;
  int m_criticSteps = 1;
};

// The network shapes a config asks for: DCGAN on MNIST, MLPs with 2D z on toy data.
NetworkSpec networkSpecFor(const TrainConfig& config, CriticNormalization normalization);

}  // namespace gan
