#include "engine/variants/two_player_variant.h"

#include <limits>

#include "engine/nets/spectral_norm.h"

namespace gan {

namespace {
constexpr std::int64_t kImageLatentDim = 100;

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(TwoPlayerVariant::OptimizerKind kind,
                                                       std::vector<torch::Tensor> parameters, const TrainConfig& config,
                                                       const std::string& rateKey) {
  // The toy lab may override the published choice: 1 Adam, 2 RMSProp, 3 plain SGD.
  const int chosen = static_cast<int>(config.value("optimizer"));
  if (chosen == 1) kind = TwoPlayerVariant::OptimizerKind::Adam;
  if (chosen == 2) kind = TwoPlayerVariant::OptimizerKind::RmsProp;
  if (chosen == 3)
    return std::make_unique<torch::optim::SGD>(parameters, torch::optim::SGDOptions(config.value(rateKey)));
  if (kind == TwoPlayerVariant::OptimizerKind::RmsProp)
    return std::make_unique<torch::optim::RMSprop>(parameters, torch::optim::RMSpropOptions(config.value(rateKey)));
  return makeAdam(parameters, config, rateKey);
}
}  // namespace

NetworkSpec networkSpecFor(const TrainConfig& config, CriticNormalization normalization) {
  NetworkSpec spec;
  spec.images = isImageDataset(config.dataset);
  spec.latentDim = spec.images ? kImageLatentDim : static_cast<std::int64_t>(config.value("toy_latent"));
  if (!spec.images) {
    spec.toyWidth = static_cast<std::int64_t>(config.value("toy_width"));
    spec.toyDepth = static_cast<int>(config.value("toy_depth"));
    spec.toyActivation = static_cast<int>(config.value("toy_activation"));
  }
  spec.normalization = normalization;
  spec.spectralNorm = config.value("spectral_norm") != 0;
  return spec;
}

TwoPlayerVariant::TwoPlayerVariant(const TrainConfig& config, CriticNormalization normalization,
                                   OptimizerKind optimizer)
    : m_generator(makeGenerator(networkSpecFor(config, normalization))),
      m_critic(makeCritic(networkSpecFor(config, normalization))),
      m_spec(networkSpecFor(config, normalization)),
      m_config(config),
      m_publishedOptimizer(optimizer),
      m_criticSteps(static_cast<int>(config.value("critic_steps"))) {
  buildOptimizers();
}

void TwoPlayerVariant::buildOptimizers() {
  m_optimizerG = makeOptimizer(m_publishedOptimizer, m_generator->parameters(), m_config, "learning_rate_g");
  m_optimizerD = makeOptimizer(m_publishedOptimizer, m_critic->parameters(), m_config, "learning_rate_d");
}

void TwoPlayerVariant::trainStep(const std::function<torch::Tensor()>& nextRealBatch, torch::Generator& noise,
                                 StepPart part, MetricRow& row) {
  m_generator->train();
  m_critic->train();
  // A part-step (the toy lab's "one D step" / "one G step") still measures both losses, so its
  // metrics row is complete; it just applies only one player's update.
  const int criticUpdates = part == StepPart::GeneratorOnly ? 0 : part == StepPart::CriticOnly ? 1 : m_criticSteps;
  const bool updateGenerator = part != StepPart::CriticOnly;
  torch::Tensor fake;
  CriticOutcome outcome;
  for (int k = 0; k < std::max(criticUpdates, 1); ++k) {
    const auto real = nextRealBatch();
    const bool last = k == std::max(criticUpdates, 1) - 1;
    {
      // Only the last critic step's fakes feed the generator step, so only they need a graph.
      std::optional<torch::NoGradGuard> noGrad;
      if (!last || !updateGenerator) noGrad.emplace();
      fake = m_generator->forward(sampleLatent(real.size(0), noise));
    }
    outcome = criticLoss(real, fake.detach(), noise);
    if (criticUpdates == 0) continue;
    applyStep(*m_optimizerD, outcome.loss, "D loss");
    afterCriticStep(outcome);
  }
  torch::Tensor lossG;
  if (updateGenerator) {
    lossG = generatorLoss(m_critic->forward(fake));
    applyStep(*m_optimizerG, lossG, "G loss");
  } else {
    torch::NoGradGuard noGrad;
    lossG = generatorLoss(m_critic->forward(fake));
  }

  row.set("loss_d", outcome.loss.item<double>());
  row.set("loss_g", lossG.item<double>());
  for (const auto& [key, value] : outcome.metrics) row.set(key, value);
  const auto sigmas = spectralSigmas(*m_critic);
  for (std::size_t i = 0; i < sigmas.size() && i < std::size_t(kSigmaMetrics); ++i)
    row.set("sigma_" + std::to_string(i + 1), sigmas[i]);
}

torch::Tensor TwoPlayerVariant::sampleLatent(std::int64_t count, torch::Generator& noise) const {
  return torch::randn({count, m_spec.latentDim}, noise);
}

torch::Tensor TwoPlayerVariant::generate(const torch::Tensor& latent) {
  torch::NoGradGuard noGrad;
  m_generator->eval();
  auto samples = m_generator->forward(latent);
  m_generator->train();
  return samples;
}

torch::Tensor TwoPlayerVariant::criticScores(const torch::Tensor& points) {
  torch::NoGradGuard noGrad;
  m_critic->eval();  // no BatchNorm statistics or power iterations from drawing
  auto scores = m_critic->forward(points).squeeze(1);
  m_critic->train();
  return scores;
}

torch::Tensor TwoPlayerVariant::generatorPull(const torch::Tensor& fake) {
  auto points = fake.detach().clone().requires_grad_(true);
  m_critic->eval();
  // The loss is a mean; times the count it is each point's own term, so arrows do not shrink with N.
  const auto loss = generatorLoss(m_critic->forward(points)) * double(points.size(0));
  const auto gradient = torch::autograd::grad({loss}, {points})[0];
  m_critic->train();
  return -gradient.detach();
}

void TwoPlayerVariant::setHyperparameter(const std::string& key, double value) {
  m_config.hyperparameters[key] = value;
  if (key == "optimizer") buildOptimizers();
  if (key == "learning_rate_d") setLearningRate(*m_optimizerD, value);
  if (key == "learning_rate_g") setLearningRate(*m_optimizerG, value);
  if (key == "critic_steps") m_criticSteps = static_cast<int>(value);
}

void TwoPlayerVariant::save(torch::serialize::OutputArchive& archive) {
  writePart(archive, "generator", *m_generator);
  writePart(archive, "critic", *m_critic);
  writePart(archive, "optimizer_g", *m_optimizerG);
  writePart(archive, "optimizer_d", *m_optimizerD);
}

void TwoPlayerVariant::load(torch::serialize::InputArchive& archive) {
  readPart(archive, "generator", *m_generator);
  readPart(archive, "critic", *m_critic);
  readPart(archive, "optimizer_g", *m_optimizerG);
  readPart(archive, "optimizer_d", *m_optimizerD);
}

}  // namespace gan
