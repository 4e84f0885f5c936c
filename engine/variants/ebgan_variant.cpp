#include "engine/variants/ebgan_variant.h"

#include <ATen/CPUGeneratorImpl.h>

#include <limits>

namespace gan {

namespace {
constexpr std::int64_t kLatentDim = 100;
constexpr std::int64_t kCodeDim = 64;

class Ebgan : public ImageModelVariant {
 public:
  explicit Ebgan(const TrainConfig& config)
      : ImageModelVariant(config),
        m_autoEncoder(addNetwork("critic", AutoEncoder(m_channels, kCodeDim))),
        m_margin(config.value("margin")),
        m_pullingAwayWeight(config.value("pulling_away_weight")),
        m_pretrainSteps(static_cast<std::int64_t>(config.value("pretrain_steps"))) {
    m_generator = addNetwork(kGeneratorName, ImageDecoder(kLatentDim, m_channels));
    m_optimizerD = &addOptimizer("optimizer_d", m_autoEncoder->parameters(), "learning_rate_d");
    m_optimizerG = &addOptimizer("optimizer_g", m_generator->parameters(), "learning_rate_g");
  }

  void trainStep(const std::function<torch::Tensor()>& nextRealBatch, torch::Generator& noise, StepPart part,
                 MetricRow& row) override {
    setTraining(true);
    const auto real = nextRealBatch();
    if (m_pretrained < m_pretrainSteps) {
      // The tutorial's advice: an auto-encoder that already reconstructs digits gives G a useful energy.
      const auto loss = energy(real).mean();
      applyStep(*m_optimizerD, loss, "auto-encoder pre-training loss");
      ++m_pretrained;
      // Only D trains: G's loss, the fake energy and the pulling-away term are not measured.
      row.set("loss_d", loss.item<double>());
      row.set("energy_real", loss.item<double>());
      row.set("margin", m_margin);
      return;
    }
    const auto fake = m_generator->forward(sampleLatent(real.size(0), noise));
    const auto realEnergy = energy(real);
    const auto fakeEnergyForD = energy(fake.detach());
    const auto lossD = ebganCriticLoss(realEnergy, fakeEnergyForD, m_margin);
    if (part != StepPart::GeneratorOnly) applyStep(*m_optimizerD, lossD, "D loss");

    const auto codes = m_autoEncoder->encode(fake);
    const auto fakeEnergy = (m_autoEncoder->decode(codes) - fake).pow(2).flatten(1).sum(1);
    const auto pullingAway = pullingAwayTerm(codes);
    const auto lossG = fakeEnergy.mean() + m_pullingAwayWeight * pullingAway;
    if (part != StepPart::CriticOnly) {
      applyStep(*m_optimizerG, lossG, "G loss");
    }
    row.set("loss_d", lossD.item<double>());
    row.set("loss_g", lossG.item<double>());
    row.set("energy_real", realEnergy.mean().item<double>());
    row.set("energy_fake", fakeEnergyForD.mean().item<double>());
    row.set("margin", m_margin);
    row.set("pulling_away", pullingAway.item<double>());
  }

  torch::Tensor sampleLatent(std::int64_t count, torch::Generator& noise) const override {
    return torch::randn({count, kLatentDim}, noise);
  }

  std::string phase() const override {
    if (m_pretrained >= m_pretrainSteps) return {};
    return "pre-training the auto-encoder on real images: " + std::to_string(m_pretrained) + " / " +
           std::to_string(m_pretrainSteps);
  }

  std::vector<ImagePanel> panels(const torch::Tensor& real) override {
    return inEvalMode({m_generator.ptr().get(), m_autoEncoder.ptr().get()}, [&] {
      auto generator = at::make_generator<at::CPUGeneratorImpl>(7);
      const auto fake = m_generator->forward(sampleLatent(real.size(0), generator));
      const auto reconstruct = [&](const torch::Tensor& x) { return m_autoEncoder->decode(m_autoEncoder->encode(x)); };
      return std::vector<ImagePanel>{imagePanel("Energy = D's reconstruction error",
                                                {real, reconstruct(real), fake, reconstruct(fake)},
                                                {"real x", "D(x)", "fake G(z)", "D(G(z))"})};
    });
  }

  void save(torch::serialize::OutputArchive& archive) override {
    ImageModelVariant::save(archive);
    archive.write("pretrained_steps", torch::tensor(m_pretrained));
  }
  void load(torch::serialize::InputArchive& archive) override {
    ImageModelVariant::load(archive);
    torch::Tensor pretrained;
    archive.read("pretrained_steps", pretrained);
    m_pretrained = pretrained.item<std::int64_t>();
  }

 protected:
  void onHyperparameter(const std::string& key, double value) override {
    if (key == "margin") m_margin = value;
    if (key == "pulling_away_weight") m_pullingAwayWeight = value;
  }

 private:
  torch::Tensor energy(const torch::Tensor& images) {
    return (m_autoEncoder->decode(m_autoEncoder->encode(images)) - images).pow(2).flatten(1).sum(1);
  }

  AutoEncoder m_autoEncoder;
  torch::optim::Adam* m_optimizerD = nullptr;
  torch::optim::Adam* m_optimizerG = nullptr;
  double m_margin;
  double m_pullingAwayWeight;
  std::int64_t m_pretrainSteps;
  std::int64_t m_pretrained = 0;
};

}  // namespace

AutoEncoderImpl::AutoEncoderImpl(std::int64_t channels, std::int64_t codeDim)
    : m_trunk(register_module("trunk", ImageTrunk(channels, true))),
      m_code(register_module("code", torch::nn::Linear(m_trunk->features(), codeDim))),
      m_decoder(register_module("decoder", ImageDecoder(codeDim, channels))) {}

torch::Tensor AutoEncoderImpl::encode(const torch::Tensor& images) { return m_code->forward(m_trunk->forward(images)); }

torch::Tensor ebganCriticLoss(const torch::Tensor& realEnergy, const torch::Tensor& fakeEnergy, double margin) {
  return realEnergy.mean() + torch::relu(margin - fakeEnergy).mean();
}

torch::Tensor pullingAwayTerm(const torch::Tensor& codes) {
  const auto n = codes.size(0);
  const auto unit = codes / codes.norm(2, 1, true).clamp_min(1e-8);
  const auto cosine = unit.matmul(unit.t());
  // Σ_{i≠j} cos² / (N(N−1)): the diagonal holds N ones.
  return (cosine.pow(2).sum() - double(n)) / double(n * (n - 1));
}

RegisteredVariant ebganVariant() {
  VariantInfo info;
  info.name = "ebgan";
  info.displayName = "EBGAN (energy-based)";
  info.imagesOnly = true;
  info.explanation =
      "Energy-based GAN (Zhao et al. 2016). The discriminator is an auto-encoder and its output is an "
      "energy: how badly it reconstructs the image. D learns to reconstruct real images well (low energy) "
      "and to push the energy of fakes up to at least the margin m; beyond m a fake costs D nothing, so D "
      "cannot waste itself on hopeless fakes. G lowers the energy of its samples. The pulling-away term "
      "keeps G's samples apart in the auto-encoder's code space, against mode collapse. Pre-training the "
      "auto-encoder on real images first gives G a meaningful energy from step one.";
  info.formula =
      "E(x) = ‖Dec(Enc(x)) − x‖²<br>L<sub>D</sub> = E(x) + max(0, m − E(G(z)))<br>"
      "L<sub>G</sub> = E(G(z)) + λ<sub>PT</sub>·PT, PT = Σ<sub>i≠j</sub> cos²(S<sub>i</sub>, S<sub>j</sub>) / N(N−1)";
  CommonDefaults defaults;
  defaults.learningRate = 2e-4;
  info.hyperparameters = imageModelHyperparameters(defaults);
  info.hyperparameters.push_back({"margin", "Margin m", 10, 0, 1000, false, true,
                                  "Fakes with energy above m cost D nothing (≈ 10 for summed squared error on MNIST)"});
  info.hyperparameters.push_back({"pulling_away_weight", "Pulling-away weight", 0.1, 0, 10, false, true,
                                  "Weight of the pulling-away term in G's loss (0 turns it off)"});
  info.hyperparameters.push_back({"pretrain_steps", "Auto-encoder pre-training steps", 200, 0, 100000, true, false,
                                  "Steps that train D's auto-encoder on real images only, before the game starts"});
  info.metrics = variantMetrics({{"energy_real", "energy of real x", "Energy", ""},
                                 {"energy_fake", "energy of G(z)", "Energy", ""},
                                 {"margin", "margin m", "Energy", ""},
                                 {"pulling_away", "pulling-away term", "Pulling-away term", ""}});
  return {info, [](const TrainConfig& config) { return std::make_unique<Ebgan>(config); }};
}

}  // namespace gan
