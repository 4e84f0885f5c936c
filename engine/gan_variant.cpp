#include "gan_variant.h"

#include "gan_objective.h"
#include "networks.h"

namespace gan {

namespace {

constexpr std::int64_t kLatentDim = 100;

class OriginalGan : public Variant {
 public:
  OriginalGan(const TrainConfig& config, bool nonSaturating)
      : m_nonSaturating(nonSaturating),
        m_generator(kLatentDim),
        m_optimizerG(m_generator->parameters(), adam(config, "learning_rate_g")),
        m_optimizerD(m_discriminator->parameters(), adam(config, "learning_rate_d")) {}

  std::vector<double> trainStep(const torch::Tensor& real, torch::Generator& noise) override {
    m_generator->train();
    m_discriminator->train();
    const auto fake = m_generator(sampleLatent(real.size(0), noise));

    // D step: fake detached so G's graph is reused for the G step below.
    const auto realLogits = m_discriminator(real);
    const auto fakeLogits = m_discriminator(fake.detach());
    const auto lossD = discriminatorLoss(realLogits, fakeLogits);
    requireFinite(lossD, "D loss");
    m_optimizerD.zero_grad();
    lossD.backward();
    m_optimizerD.step();

    const auto fakeLogitsForG = m_discriminator(fake);
    const auto lossG = m_nonSaturating ? nonSaturatingGeneratorLoss(fakeLogitsForG)
                                       : minimaxGeneratorLoss(fakeLogitsForG);
    requireFinite(lossG, "G loss");
    m_optimizerG.zero_grad();
    lossG.backward();
    m_optimizerG.step();

    const double gameValue = -lossD.item<double>();
    return {lossD.item<double>(), lossG.item<double>(), torch::sigmoid(realLogits).mean().item<double>(),
            torch::sigmoid(fakeLogits).mean().item<double>(), jensenShannonEstimate(gameValue)};
  }

  torch::Tensor sampleLatent(std::int64_t count, torch::Generator& noise) const override {
    return torch::randn({count, kLatentDim}, noise);
  }

  torch::Tensor generate(const torch::Tensor& latent) override {
    torch::NoGradGuard noGrad;
    m_generator->eval();
    auto images = m_generator(latent);
    m_generator->train();
    return images;
  }

  void setHyperparameter(const std::string& key, double value) override {
    if (key == "learning_rate_d") setLearningRate(m_optimizerD, value);
    if (key == "learning_rate_g") setLearningRate(m_optimizerG, value);
  }

  std::vector<torch::nn::Module*> networks() override { return {m_generator.get(), m_discriminator.get()}; }

  void save(torch::serialize::OutputArchive& archive) override {
    writePart(archive, "generator", *m_generator);
    writePart(archive, "discriminator", *m_discriminator);
    writePart(archive, "optimizer_g", m_optimizerG);
    writePart(archive, "optimizer_d", m_optimizerD);
  }

  void load(torch::serialize::InputArchive& archive) override {
    readPart(archive, "generator", *m_generator);
    readPart(archive, "discriminator", *m_discriminator);
    readPart(archive, "optimizer_g", m_optimizerG);
    readPart(archive, "optimizer_d", m_optimizerD);
  }

 private:
  static torch::optim::AdamOptions adam(const TrainConfig& config, const std::string& rateKey) {
    return torch::optim::AdamOptions(config.value(rateKey))
        .betas({config.value("beta1"), config.value("beta2")});
  }

  bool m_nonSaturating;
  DcganGenerator m_generator;
  DcganDiscriminator m_discriminator;
  torch::optim::Adam m_optimizerG;
  torch::optim::Adam m_optimizerD;
};

VariantInfo ganInfo(const std::string& name, const std::string& displayName, const std::string& generatorGoal,
                    const std::string& explanation) {
  VariantInfo info;
  info.name = name;
  info.displayName = displayName;
  info.explanation = explanation;
  info.formula =
      "min<sub>G</sub> max<sub>D</sub> V(D,G) = E<sub>x~P<sub>data</sub></sub>[log D(x)] + "
      "E<sub>z~N(0,I)</sub>[log(1 − D(G(z)))]<br>Generator: " + generatorGoal +
      "<br>JS estimate (seed eq. 7): JS ≈ (V + 2 log 2) / 2";
  info.hyperparameters = commonHyperparameters(2e-4, 0.5, 0.999);
  info.metrics = {{"loss_d", "D loss", "Losses"},
                  {"loss_g", "G loss", "Losses"},
                  {"d_real", "mean D(x)", "Discriminator output"},
                  {"d_fake", "mean D(G(z))", "Discriminator output"},
                  {"js_estimate", "JS estimate", "Divergence estimate"}};
  info.guides = {{"Divergence estimate", std::log(2.0), "log 2"}, {"Discriminator output", 0.5, "½"}};
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

}  // namespace gan
