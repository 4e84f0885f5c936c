#include "engine/variants/lsgan_variant.h"

#include "engine/variants/two_player_variant.h"

namespace gan {

namespace {

class Lsgan : public TwoPlayerVariant {
 public:
  explicit Lsgan(const TrainConfig& config)
      : TwoPlayerVariant(config, CriticNormalization::Batch, OptimizerKind::Adam),
        m_fakeLabel(config.value("label_fake")),
        m_realLabel(config.value("label_real")),
        m_generatorTarget(config.value("label_generator")) {}

 protected:
  CriticOutcome criticLoss(const torch::Tensor& real, const torch::Tensor& fake, torch::Generator&) override {
    const auto realScores = m_critic->forward(real);
    const auto fakeScores = m_critic->forward(fake);
    const auto loss = 0.5 * (realScores - m_realLabel).pow(2).mean() + 0.5 * (fakeScores - m_fakeLabel).pow(2).mean();
    // 2·C(G) with the current D: the Pearson χ²(P_data + P_G ‖ 2 P_G) when b − c = 1 and b − a = 2.
    const double pearson =
        ((realScores - m_generatorTarget).pow(2).mean() + (fakeScores - m_generatorTarget).pow(2).mean())
            .item<double>();
    return {loss, {{"pearson_estimate", pearson}}};
  }

  torch::Tensor generatorLoss(const torch::Tensor& fakeScores) override {
    return 0.5 * (fakeScores - m_generatorTarget).pow(2).mean();
  }

 private:
  double m_fakeLabel;
  double m_realLabel;
  double m_generatorTarget;
};

}  // namespace

RegisteredVariant lsganVariant() {
  VariantInfo info;
  info.name = "lsgan";
  info.displayName = "LSGAN (least squares)";
  info.explanation =
      "Least Squares GAN (Mao et al. 2017) replaces the log loss by squared errors: D pushes its output "
      "towards b on real data and a on fakes, G pushes D's output on fakes towards c. Fakes that D "
      "classifies correctly but that lie far from the data are still penalised, so G's gradients do "
      "not vanish. With a = −1, b = 1, c = 0 the game minimises the Pearson χ² divergence between "
      "P_data + P_G and 2·P_G; the plotted reading is that quantity for the current D.";
  info.formula =
      "min<sub>D</sub> ½E<sub>x</sub>[(D(x) − b)²] + ½E<sub>z</sub>[(D(G(z)) − a)²]<br>"
      "min<sub>G</sub> ½E<sub>z</sub>[(D(G(z)) − c)²]<br>"
      "Pearson χ² reading: E<sub>x</sub>[(D(x) − c)²] + E<sub>z</sub>[(D(G(z)) − c)²]";
  info.hyperparameters = commonHyperparameters(CommonDefaults{});
  info.hyperparameters.push_back(
      {"label_fake", "label a (fake)", 0, -10, 10, false, false, "D's target on generated samples"});
  info.hyperparameters.push_back(
      {"label_real", "label b (real)", 1, -10, 10, false, false, "D's target on real samples"});
  info.hyperparameters.push_back({"label_generator", "label c (G's target)", 1, -10, 10, false, false,
                                  "the value G wants D to output on its samples"});
  info.metrics = variantMetrics({{"pearson_estimate", "Pearson χ² reading", "Divergence estimate", ""}});
  info.guides = {{"Spectral norm σ", 1.0, "1"}};
  return {info, [](const TrainConfig& config) { return std::make_unique<Lsgan>(config); }};
}

}  // namespace gan
