#include "engine/variants/wasserstein_variants.h"

#include "engine/variants/two_player_variant.h"

namespace gan {

namespace {

const char* kWassersteinFormula =
    "W(P<sub>data</sub>, P<sub>G</sub>) = sup<sub>‖f‖<sub>L</sub> ≤ 1</sub> E<sub>x~P<sub>data</sub></sub>[f(x)] − "
    "E<sub>z</sub>[f(G(z))]<br>Critic: max E[D(x)] − E[D(G(z))]; Generator: max E[D(G(z))]";

// Both WGANs: a raw critic score, critic loss E[D(G(z))] − E[D(x)], generator loss −E[D(G(z))].
class WassersteinGan : public TwoPlayerVariant {
 public:
  using TwoPlayerVariant::TwoPlayerVariant;

 protected:
  torch::Tensor generatorLoss(const torch::Tensor& fakeScores) override { return -fakeScores.mean(); }
  static torch::Tensor wassersteinEstimate(const torch::Tensor& realScores, const torch::Tensor& fakeScores) {
    return realScores.mean() - fakeScores.mean();
  }
};

class WganClip : public WassersteinGan {
 public:
  explicit WganClip(const TrainConfig& config)
      : WassersteinGan(config, CriticNormalization::Batch, OptimizerKind::RmsProp), m_clip(config.value("clip")) {}

  void setHyperparameter(const std::string& key, double value) override {
    WassersteinGan::setHyperparameter(key, value);
    if (key == "clip") m_clip = value;
  }

 protected:
  CriticOutcome criticLoss(const torch::Tensor& real, const torch::Tensor& fake, torch::Generator&) override {
    const auto estimate = wassersteinEstimate(m_critic->forward(real), m_critic->forward(fake));
    return {-estimate, {{"wasserstein_estimate", estimate.item<double>()}, {"clipped_fraction", 0.0}}};
  }
  void afterCriticStep(CriticOutcome& outcome) override {
    outcome.metrics["clipped_fraction"] = clipWeights(*m_critic, m_clip);
  }

 private:
  double m_clip;
};

class WganGp : public WassersteinGan {
 public:
  explicit WganGp(const TrainConfig& config)
      : WassersteinGan(config, CriticNormalization::Layer, OptimizerKind::Adam), m_lambda(config.value("gp_lambda")) {}

  void setHyperparameter(const std::string& key, double value) override {
    WassersteinGan::setHyperparameter(key, value);
    if (key == "gp_lambda") m_lambda = value;
  }

 protected:
  CriticOutcome criticLoss(const torch::Tensor& real, const torch::Tensor& fake, torch::Generator& noise) override {
    const auto estimate = wassersteinEstimate(m_critic->forward(real), m_critic->forward(fake));
    std::vector<std::int64_t> shape(static_cast<std::size_t>(real.dim()), 1);
    shape[0] = real.size(0);
    const auto epsilon = torch::rand(shape, noise);
    const auto gp =
        gradientPenalty([this](const torch::Tensor& x) { return m_critic->forward(x); }, real, fake, epsilon);
    return {-estimate + m_lambda * gp.penalty,
            {{"wasserstein_estimate", estimate.item<double>()},
             {"gradient_penalty", gp.penalty.item<double>()},
             {"gradient_norm", gp.meanNorm}}};
  }

 private:
  double m_lambda;
};

VariantInfo wassersteinInfo(const std::string& name, const std::string& displayName, const std::string& explanation,
                            CommonDefaults defaults) {
  VariantInfo info;
  info.name = name;
  info.displayName = displayName;
  info.explanation = explanation;
  info.formula = kWassersteinFormula;
  defaults.criticSteps = 5;
  info.hyperparameters = commonHyperparameters(defaults);
  info.guides = {{"Spectral norm σ", 1.0, "1"}};
  return info;
}

}  // namespace

double clipWeights(torch::nn::Module& critic, double c) {
  torch::NoGradGuard noGrad;
  std::int64_t total = 0, onBoundary = 0;
  for (auto& parameter : critic.parameters()) {
    parameter.clamp_(-c, c);
    total += parameter.numel();
    onBoundary += (parameter.abs() >= c).sum().item<std::int64_t>();
  }
  return total ? double(onBoundary) / double(total) : 0.0;
}

GradientPenalty gradientPenalty(const std::function<torch::Tensor(const torch::Tensor&)>& critic,
                                const torch::Tensor& real, const torch::Tensor& fake, const torch::Tensor& epsilon) {
  auto interpolates = (epsilon * real + (1 - epsilon) * fake).detach().requires_grad_(true);
  const auto scores = critic(interpolates);
  const auto gradients = torch::autograd::grad({scores.sum()}, {interpolates}, /*grad_outputs=*/{},
                                               /*retain_graph=*/true, /*create_graph=*/true)[0];
  const auto norms = gradients.flatten(1).norm(2, 1);
  return {(norms - 1).pow(2).mean(), norms.mean().item<double>()};
}

RegisteredVariant wganClipVariant() {
  CommonDefaults defaults;
  defaults.learningRate = 5e-5;  // RMSProp, as published
  auto info =
      wassersteinInfo("wgan", "WGAN (weight clipping)",
                      "Wasserstein GAN (Arjovsky et al. 2017). The critic D has no sigmoid: it scores samples, and "
                      "E[D(x)] − E[D(G(z))] estimates the earth mover's distance, provided D is 1-Lipschitz. Here that "
                      "is enforced crudely by clipping every weight to [−c, c] after each critic step. Unlike JS, W "
                      "keeps shrinking smoothly as G improves, so the estimate curve is a real progress measure. "
                      "The critic is trained several steps per generator step.",
                      defaults);
  info.hyperparameters.push_back(
      {"clip", "Clip c", 0.01, 1e-4, 1.0, false, true, "Critic weights are clamped to [−c, c]"});
  info.metrics = variantMetrics({{"wasserstein_estimate", "W estimate", "Divergence estimate", ""},
                                 {"clipped_fraction", "fraction of weights at ±c", "Clipping", ""}});
  return {info, [](const TrainConfig& config) { return std::make_unique<WganClip>(config); }};
}

RegisteredVariant wganGpVariant() {
  CommonDefaults defaults;
  defaults.learningRate = 1e-4;
  defaults.beta1 = 0.0;
  defaults.beta2 = 0.9;
  auto info =
      wassersteinInfo("wgan-gp", "WGAN-GP (gradient penalty)",
                      "WGAN with a gradient penalty (Gulrajani et al. 2017) instead of clipping: the critic pays "
                      "λ·E[(‖∇D‖₂ − 1)²] on random points between real and generated samples, pushing its gradient "
                      "norm towards 1 where it matters. No BatchNorm in the critic (LayerNorm instead), since the "
                      "penalty is per sample. Watch the gradient norm settle near 1 and the W estimate fall.",
                      defaults);
  info.formula += "<br>Critic loss: E[D(G(z))] − E[D(x)] + λ E[(‖∇<sub>x̂</sub>D(x̂)‖<sub>2</sub> − 1)²]";
  info.hyperparameters.push_back(
      {"gp_lambda", "Penalty λ", 10, 0, 1000, false, true, "Weight of the gradient penalty"});
  info.metrics = variantMetrics({{"wasserstein_estimate", "W estimate", "Divergence estimate", ""},
                                 {"gradient_penalty", "gradient penalty", "Gradient penalty", ""},
                                 {"gradient_norm", "mean ‖∇D(x̂)‖", "Gradient penalty", ""}});
  info.guides.push_back({"Gradient penalty", 1.0, "‖∇‖ = 1"});
  return {info, [](const TrainConfig& config) { return std::make_unique<WganGp>(config); }};
}

}  // namespace gan
