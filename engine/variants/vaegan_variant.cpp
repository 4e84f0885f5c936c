#include "engine/variants/vaegan_variant.h"

#include <ATen/CPUGeneratorImpl.h>

#include "engine/objectives/gan_objective.h"

namespace gan {

namespace {
constexpr std::int64_t kLatentDim = 64;

class VaeGan : public ImageModelVariant {
 public:
  explicit VaeGan(const TrainConfig& config)
      : ImageModelVariant(config),
        m_encoder(addNetwork("encoder", ImageEncoder(m_channels, kLatentDim, true))),
        m_discriminator(addNetwork("critic", FeatureDiscriminator(m_channels))),
        m_gamma(config.value("gamma")),
        m_pixelSpace(config.value("reconstruction_space") != 0) {
    m_generator = addNetwork(kGeneratorName, ImageDecoder(kLatentDim, m_channels));
    m_optimizerE = &addOptimizer("optimizer_e", m_encoder->parameters(), "learning_rate_g");
    m_optimizerG = &addOptimizer("optimizer_g", m_generator->parameters(), "learning_rate_g");
    m_optimizerD = &addOptimizer("optimizer_d", m_discriminator->parameters(), "learning_rate_d");
  }

  void trainStep(const std::function<torch::Tensor()>& nextRealBatch, torch::Generator& noise, StepPart part,
                 MetricRow& row) override {
    setTraining(true);
    const auto x = nextRealBatch();
    const auto n = x.size(0);
    const auto moments = m_encoder->forward(x);
    const auto mean = moments.slice(1, 0, kLatentDim);
    const auto logVariance = moments.slice(1, kLatentDim);
    const auto z = mean + torch::randn({n, kLatentDim}, noise) * (0.5 * logVariance).exp();
    const auto reconstruction = m_generator->forward(z);              // x_rec
    const auto prior = m_generator->forward(sampleLatent(n, noise));  // x_prior

    // D separates x from x_rec and x_prior.
    const auto realLogits = m_discriminator->logit(m_discriminator->features(x));
    const auto reconLogitsForD = m_discriminator->logit(m_discriminator->features(reconstruction.detach()));
    const auto priorLogitsForD = m_discriminator->logit(m_discriminator->features(prior.detach()));
    const auto lossD = discriminatorLoss(realLogits, reconLogitsForD) + torch::softplus(priorLogitsForD).mean();
    if (part != StepPart::GeneratorOnly) applyStep(*m_optimizerD, lossD, "D loss");

    // Encoder: reconstruction + KL. Decoder: γ·reconstruction + fooling D with x_rec and x_prior.
    const auto kl = gaussianKl(mean, logVariance);
    torch::Tensor reconstructionLoss;
    const auto reconFeatures = m_discriminator->features(reconstruction);
    if (m_pixelSpace) {
      reconstructionLoss = imageScaledSquaredError(reconstruction, x).mean();
    } else {
      // Features of x are a target, not something to move.
      reconstructionLoss = imageScaledSquaredError(reconFeatures, m_discriminator->features(x).detach()).mean();
    }
    const auto ganLoss = nonSaturatingGeneratorLoss(m_discriminator->logit(reconFeatures)) +
                         nonSaturatingGeneratorLoss(m_discriminator->logit(m_discriminator->features(prior)));
    const auto lossEncoder = kl + reconstructionLoss;
    const auto lossDecoder = m_gamma * reconstructionLoss + ganLoss;
    if (part != StepPart::CriticOnly) {
      requireFinite(lossEncoder, "encoder loss");
      requireFinite(lossDecoder, "decoder loss");
      // Each network follows its own loss: gradients are accumulated into its parameters only.
      m_optimizerE->zero_grad();
      m_optimizerG->zero_grad();
      lossEncoder.backward({}, true, false, m_encoder->parameters());
      lossDecoder.backward({}, false, false, m_generator->parameters());
      m_optimizerE->step();
      m_optimizerG->step();
    }
    const double pixelError = imageScaledSquaredError(reconstruction.detach(), x).mean().item<double>() / (28.0 * 28.0);
    row.set("loss_d", lossD.item<double>());
    row.set("loss_g", lossDecoder.item<double>());
    row.set("kl", kl.item<double>());
    row.set("reconstruction", reconstructionLoss.item<double>());
    row.set("gan_loss_g", ganLoss.item<double>());
    row.set("pixel_mse", pixelError);
    row.set("d_real", torch::sigmoid(realLogits).mean().item<double>());
    row.set("d_reconstruction", torch::sigmoid(reconLogitsForD).mean().item<double>());
    row.set("d_prior", torch::sigmoid(priorLogitsForD).mean().item<double>());
  }

  torch::Tensor sampleLatent(std::int64_t count, torch::Generator& noise) const override {
    return torch::randn({count, kLatentDim}, noise);
  }

  bool canEncode() const override { return true; }
  torch::Tensor encode(const torch::Tensor& images) override {
    return inEvalMode({m_encoder.ptr().get()}, [&] { return m_encoder->forward(images).slice(1, 0, kLatentDim); });
  }

  std::vector<ImagePanel> panels(const torch::Tensor& real) override {
    const auto reconstruction = generate(encode(real));
    auto generator = at::make_generator<at::CPUGeneratorImpl>(7);
    const auto prior = generate(sampleLatent(real.size(0), generator));
    return {imagePanel("x, x_rec = Dec(Enc(x)), x_prior = Dec(z)", {real, reconstruction, prior},
                       {"x", "Dec(Enc(x))", "Dec(z), z ~ N(0, I)"})};
  }

 protected:
  void onHyperparameter(const std::string& key, double value) override {
    if (key == "gamma") m_gamma = value;
    if (key == "reconstruction_space") m_pixelSpace = value != 0;
  }

 private:
  ImageEncoder m_encoder;
  FeatureDiscriminator m_discriminator;
  torch::optim::Adam* m_optimizerE = nullptr;
  torch::optim::Adam* m_optimizerG = nullptr;
  torch::optim::Adam* m_optimizerD = nullptr;
  double m_gamma;
  bool m_pixelSpace;
};

}  // namespace

ImageEncoderImpl::ImageEncoderImpl(std::int64_t channels, std::int64_t latentDim, bool gaussian)
    : m_trunk(register_module("trunk", ImageTrunk(channels, true))),
      m_out(register_module("out", torch::nn::Linear(m_trunk->features(), gaussian ? 2 * latentDim : latentDim))) {}

torch::Tensor ImageEncoderImpl::forward(const torch::Tensor& images) {
  return m_out->forward(m_trunk->forward(images));
}

FeatureDiscriminatorImpl::FeatureDiscriminatorImpl(std::int64_t channels)
    : m_trunk(register_module("trunk", ImageTrunk(channels, true))),
      m_head(register_module("head", torch::nn::Linear(m_trunk->features(), 1))) {}

torch::Tensor gaussianKl(const torch::Tensor& mean, const torch::Tensor& logVariance) {
  return (0.5 * (mean.pow(2) + logVariance.exp() - 1 - logVariance)).sum(1).mean();
}

RegisteredVariant vaeganVariant() {
  VariantInfo info;
  info.name = "vaegan";
  info.displayName = "VAE-GAN";
  info.imagesOnly = true;
  info.explanation =
      "VAE-GAN (Larsen et al. 2016): a variational auto-encoder whose decoder is also a GAN generator. "
      "The encoder maps x to a Gaussian q(z|x); the decoder rebuilds x_rec from a sample of it and also draws "
      "x_prior from the prior. Reconstruction is measured in D's feature space instead of pixels, so blurry "
      "but pixel-close images are not good enough: the learned similarity. The encoder minimises "
      "reconstruction + KL, the decoder γ·reconstruction while fooling D with x_rec and "
      "x_prior, and D separates x from both. The strip shows x, x_rec and x_prior.";
  info.formula =
      "L<sub>prior</sub> = KL(q(z|x) ‖ N(0, I)), L<sub>llike</sub> = ‖D<sub>l</sub>(x<sub>rec</sub>) − "
      "D<sub>l</sub>(x)‖²<br>"
      "L<sub>GAN</sub> = log D(x) + log(1 − D(x<sub>rec</sub>)) + log(1 − D(x<sub>prior</sub>))<br>"
      "Enc: L<sub>prior</sub> + L<sub>llike</sub>; Dec: γ·L<sub>llike</sub> − L<sub>GAN</sub>; D: L<sub>GAN</sub>";
  CommonDefaults defaults;
  info.hyperparameters = imageModelHyperparameters(defaults);
  info.hyperparameters.push_back({"gamma", "γ (reconstruction weight in the decoder)", 0.01, 0, 1000, false, true,
                                  "Weight of the reconstruction error against the GAN loss in the decoder's update"});
  info.hyperparameters.push_back({"reconstruction_space", "Reconstruction in (0 D's features, 1 pixels)", 0, 0, 1, true,
                                  true, "Where the reconstruction error is measured"});
  info.metrics = variantMetrics({{"kl", "KL(q(z|x) ‖ N(0, I))", "VAE terms", ""},
                                 {"reconstruction", "reconstruction error (chosen space)", "VAE terms", ""},
                                 {"gan_loss_g", "decoder's GAN loss (x_rec and x_prior)", "Losses", ""},
                                 {"pixel_mse", "pixel MSE of x_rec", "Reconstruction error (pixels)", ""},
                                 {"d_real", "mean D(x)", "Discriminator output", ""},
                                 {"d_reconstruction", "mean D(x_rec)", "Discriminator output", ""},
                                 {"d_prior", "mean D(x_prior)", "Discriminator output", ""}});
  return {info, [](const TrainConfig& config) { return std::make_unique<VaeGan>(config); }};
}

}  // namespace gan
