#include "engine/variants/gan_variant.h"

#include "engine/objectives/gan_objective.h"
#include "engine/variants/two_player_variant.h"

namespace gan {

namespace {

class OriginalGan : public TwoPlayerVariant {
 public:
  OriginalGan(const TrainConfig& config, bool nonSaturating)
      : TwoPlayerVariant(config, CriticNormalization::Batch, OptimizerKind::Adam), m_nonSaturating(nonSaturating) {}

 protected:
  CriticOutcome criticLoss(const torch::Tensor& real, const torch::Tensor& fake, torch::Generator&) override {
    const auto realLogits = m_critic->forward(real);
    const auto fakeLogits = m_critic->forward(fake);
    const auto loss = discriminatorLoss(realLogits, fakeLogits);
    const double gameValue = -loss.item<double>();
    return {loss,
            {{"d_real", torch::sigmoid(realLogits).mean().item<double>()},
             {"d_fake", torch::sigmoid(fakeLogits).mean().item<double>()},
             {"js_estimate", jensenShannonEstimate(gameValue)}}};
  }

  torch::Tensor generatorLoss(const torch::Tensor& fakeLogits) override {
    return m_nonSaturating ? nonSaturatingGeneratorLoss(fakeLogits) : minimaxGeneratorLoss(fakeLogits);
  }

 private:
  bool m_nonSaturating;
};

VariantInfo ganInfo(const std::string& name, const std::string& displayName, const std::string& generatorGoal,
                    const std::string& explanation, bool spectralNorm = false) {
  VariantInfo info;
  info.name = name;
  info.displayName = displayName;
  info.explanation = explanation;
  info.formula =
      "min<sub>G</sub> max<sub>D</sub> V(D,G) = E<sub>x~P<sub>data</sub></sub>[log D(x)] + "
      "E<sub>z~N(0,I)</sub>[log(1 − D(G(z)))]<br>Generator: " +
      generatorGoal + "<br>JS estimate (tutorial eq. 7): JS ≈ (V + 2 log 2) / 2";
  CommonDefaults defaults;
  defaults.spectralNorm = spectralNorm;
  info.hyperparameters = commonHyperparameters(defaults);
  info.metrics = variantMetrics({{"d_real", "mean D(x)", "Discriminator output", ""},
                                 {"d_fake", "mean D(G(z))", "Discriminator output", ""},
                                 {"js_estimate", "JS estimate", "Divergence estimate", ""}});
  info.guides = {{"Divergence estimate", std::log(2.0), "log 2"},
                 {"Discriminator output", 0.5, "½"},
                 {"Spectral norm σ", 1.0, "1"}};
  return info;
}

}  // namespace

RegisteredVariant ganMinimaxVariant() {
  return {ganInfo("gan", "GAN (minimax)", "min E[log(1 − D(G(z)))]",
                  "The original GAN of Goodfellow et al. (2014). The discriminator D learns to tell real "
                  "images from generated ones; the generator G is trained on exactly the same value "
                  "function with the opposite sign. With the best possible D, the game measures the "
                  "Jensen–Shannon divergence between data and model. Early in training D wins easily, "
                  "log(1 − D(G(z))) flattens out and G's gradient vanishes: watch the G loss stall."),
          [](const TrainConfig& config) { return std::make_unique<OriginalGan>(config, false); }};
}

RegisteredVariant ganNonSaturatingVariant() {
  return {ganInfo("gan-ns", "GAN (non-saturating)", "max E[log D(G(z))]",
                  "The original GAN with the generator trick from the same paper: instead of minimising "
                  "log(1 − D(G(z))), G maximises log D(G(z)). Both have the same fixed point, but this "
                  "one gives G strong gradients exactly when D rejects its samples, so training starts "
                  "much faster. This is what almost every GAN implementation actually trains."),
          [](const TrainConfig& config) { return std::make_unique<OriginalGan>(config, true); }};
}

RegisteredVariant spectralNormGanVariant() {
  return {ganInfo("sngan", "Spectral-norm GAN", "max E[log D(G(z))]",
                  "The non-saturating GAN with spectral normalisation (Miyato et al. 2018): every weight "
                  "matrix of D is divided by its largest singular value σ, estimated by one power "
                  "iteration per step. That bounds D's Lipschitz constant by 1 without clipping or a "
                  "penalty, which keeps D's gradients informative. The σ plot shows each layer's raw σ; "
                  "the effective weights all have σ ≈ 1. The same switch works with every variant.",
                  true),
          [](const TrainConfig& config) { return std::make_unique<OriginalGan>(config, true); }};
}

}  // namespace gan
