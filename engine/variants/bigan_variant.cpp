#include "engine/variants/bigan_variant.h"

#include <ATen/CPUGeneratorImpl.h>

#include "engine/objectives/gan_objective.h"
#include "engine/variants/vaegan_variant.h"

namespace gan {

namespace {
constexpr std::int64_t kLatentDim = 50;  // Donahue et al.'s MNIST setting

class Bigan : public ImageModelVariant {
 public:
  explicit Bigan(const TrainConfig& config)
      : ImageModelVariant(config),
        m_encoder(addNetwork("encoder", ImageEncoder(m_channels, kLatentDim, false))),
        m_discriminator(addNetwork("critic", PairDiscriminator(m_channels, kLatentDim))) {
    m_generator = addNetwork(kGeneratorName, ImageDecoder(kLatentDim, m_channels));
    m_optimizerD = &addOptimizer("optimizer_d", m_discriminator->parameters(), "learning_rate_d");
    m_optimizerEG =
        &addOptimizer("optimizer_g", parametersOf({m_encoder.ptr().get(), m_generator.ptr().get()}), "learning_rate_g");
  }

  void trainStep(const std::function<torch::Tensor()>& nextRealBatch, torch::Generator& noise, StepPart part,
                 MetricRow& row) override {
    setTraining(true);
    const auto x = nextRealBatch();
    const auto encoded = m_encoder->forward(x);
    const auto z = sampleLatent(x.size(0), noise);
    const auto generated = m_generator->forward(z);

    const auto realLogitsForD = m_discriminator->forward(x, encoded.detach());
    const auto fakeLogitsForD = m_discriminator->forward(generated.detach(), z);
    const auto lossD = biganCriticLoss(realLogitsForD, fakeLogitsForD);
    if (part != StepPart::GeneratorOnly) applyStep(*m_optimizerD, lossD, "D loss");

    const auto lossEG =
        biganEncoderGeneratorLoss(m_discriminator->forward(x, encoded), m_discriminator->forward(generated, z));
    if (part != StepPart::CriticOnly) applyStep(*m_optimizerEG, lossEG, "E/G loss");

    const auto reconstruction = generate(encode(x));
    row.set("loss_d", lossD.item<double>());
    row.set("loss_g", lossEG.item<double>());
    row.set("d_accuracy_real", (realLogitsForD > 0).to(torch::kFloat32).mean().item<double>());
    row.set("d_accuracy_fake", (fakeLogitsForD < 0).to(torch::kFloat32).mean().item<double>());
    row.set("reconstruction_mse", (reconstruction - x).pow(2).mean().item<double>());
  }

  torch::Tensor sampleLatent(std::int64_t count, torch::Generator& noise) const override {
    return torch::randn({count, kLatentDim}, noise);
  }

  bool canEncode() const override { return true; }
  torch::Tensor encode(const torch::Tensor& images) override {
    return inEvalMode({m_encoder.ptr().get()}, [&] { return m_encoder->forward(images); });
  }

  std::vector<ImagePanel> panels(const torch::Tensor& real) override {
    return {imagePanel("x and G(E(x)), with no reconstruction loss", {real, generate(encode(real))}, {"x", "G(E(x))"})};
  }

 private:
  ImageEncoder m_encoder;
  PairDiscriminator m_discriminator;
  torch::optim::Adam* m_optimizerD = nullptr;
  torch::optim::Adam* m_optimizerEG = nullptr;
};

}  // namespace

PairDiscriminatorImpl::PairDiscriminatorImpl(std::int64_t channels, std::int64_t latentDim)
    : m_trunk(register_module("trunk", ImageTrunk(channels, false))), m_imageFeatures(16 * channels) {
  // No BatchNorm: real and fake pairs pass in separate batches, and batch statistics would let D
  // tell them apart by the batch instead of the pair.
  m_imagePath = register_module(
      "image_path", torch::nn::Sequential(Dense(m_trunk->features(), m_imageFeatures), leakyRelu()));
  m_latentPath =
      register_module("latent_path", torch::nn::Sequential(Dense(latentDim, 8 * channels), leakyRelu(),
                                                           Dense(8 * channels, 8 * channels), leakyRelu()));
  m_joint =
      register_module("joint", torch::nn::Sequential(Dense(m_imageFeatures + 8 * channels, 16 * channels),
                                                     leakyRelu(), Dense(16 * channels, 1)));
}

torch::Tensor PairDiscriminatorImpl::join(const torch::Tensor& images, const torch::Tensor& z) {
  return torch::cat({m_imagePath->forward(m_trunk->forward(images)), m_latentPath->forward(z)}, 1);
}

torch::Tensor PairDiscriminatorImpl::forward(const torch::Tensor& images, const torch::Tensor& z) {
  return m_joint->forward(join(images, z)).squeeze(1);
}

torch::Tensor biganCriticLoss(const torch::Tensor& realPairLogits, const torch::Tensor& fakePairLogits) {
  return discriminatorLoss(realPairLogits, fakePairLogits);
}

torch::Tensor biganEncoderGeneratorLoss(const torch::Tensor& realPairLogits, const torch::Tensor& fakePairLogits) {
  return discriminatorLoss(fakePairLogits, realPairLogits);  // the same game with the labels flipped
}

RegisteredVariant biganVariant() {
  VariantInfo info;
  info.name = "bigan";
  info.displayName = "BiGAN / ALI";
  info.imagesOnly = true;
  info.explanation =
      "BiGAN (Donahue et al. 2016), also ALI (Dumoulin et al. 2016). Besides G: z → x there is an encoder "
      "E: x → z, and D never sees an image alone: it judges pairs, (x, E(x)) as real and (G(z), z) as fake. "
      "E and G are trained together to fool D, with the labels flipped. The only way to make the two joint "
      "distributions equal is for E to invert G, so G(E(x)) comes to resemble x although no loss ever "
      "compares them. The strip shows x above G(E(x)); the plot tracks their pixel MSE.";
  info.formula =
      "min<sub>G,E</sub> max<sub>D</sub> E<sub>x</sub>[log D(x, E(x))] + E<sub>z</sub>[log(1 − D(G(z), z))]<br>"
      "E, G: the same game with the labels flipped";
  CommonDefaults defaults;
  info.hyperparameters = imageModelHyperparameters(defaults);
  info.metrics = variantMetrics({{"d_accuracy_real", "D accuracy on (x, E(x))", "D accuracy", ""},
                                 {"d_accuracy_fake", "D accuracy on (G(z), z)", "D accuracy", ""},
                                 {"reconstruction_mse", "pixel MSE of G(E(x))", "Reconstruction error (pixels)", ""}});
  info.guides = {{"D accuracy", 0.5, "½"}};
  return {info, [](const TrainConfig& config) { return std::make_unique<Bigan>(config); }};
}

}  // namespace gan
