#include "engine/variants/infogan_variant.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <limits>

#include "engine/math/assignment.h"
#include "engine/math/code_naming.h"
#include "engine/objectives/gan_objective.h"
#include "engine/variants/infogan_settings.h"

namespace gan {

namespace {
constexpr int kCategories = 10;
constexpr int kSweepColumns = 10;
constexpr double kSweepLimit = 2.0;  // the paper sweeps codes over [−2, 2], beyond training's [−1, 1]
constexpr int kNamingImagesPerCategory = 20;
constexpr std::int64_t kEvaluationBatch = 128;  // real images per batch when Q reads categories
constexpr std::uint64_t kNamingSeed = 13;
// Image moments of generated images ([N, 1, H, W] in [−1, 1]; ink is (v + 1) / 2).
std::vector<ImageMoments> momentsOf(const torch::Tensor& images) {
  const auto ink = ((images.squeeze(1) + 1) / 2).contiguous();
  const int height = int(ink.size(1)), width = int(ink.size(2));
  std::vector<ImageMoments> moments;
  for (std::int64_t i = 0; i < ink.size(0); ++i)
    moments.push_back(imageMoments(ink[i].data_ptr<float>(), width, height));
  return moments;
}

// Q's losses on one batch: what the optimisers minimise, and the full negative log-likelihood that
// the mutual-information bound is read from.
struct InformationLoss {
  torch::Tensor categorical;
  torch::Tensor continuous;
  torch::Tensor continuousNll;
};

class InfoGan : public ImageModelVariant {
 public:
  explicit InfoGan(const TrainConfig& config)
      : ImageModelVariant(config),
        m_layout{static_cast<std::int64_t>(config.value("noise_dim")), kCategories,
                 static_cast<int>(config.value("continuous_codes"))},
        m_learnedVariance(config.value("learned_variance") != 0),
        m_informationTrainsD(config.value("information_trains_d") != 0),
        m_discriminator(
            addNetwork("critic", InfoDiscriminator(m_channels, kCategories, m_layout.continuous, m_learnedVariance))),
        m_lambdaCategorical(config.value("lambda_cat")),
        m_lambdaContinuous(config.value("lambda_cont")),
        m_consistency(config.value("q_consistency")),
        m_clustering(config.value("q_clustering")),
        m_clusteringBalance(config.value("q_clustering_balance")),
        m_vat(config.value("q_vat")),
        m_vatGenerated(config.value("q_vat_generated")),
        m_vatRadius(config.value("q_vat_radius")) {
    m_generator = addNetwork(kGeneratorName, ImageDecoder(m_layout.width(), m_channels,
                                                          static_cast<std::int64_t>(config.value("g_hidden"))));
    scaleCategoryWeights(config.value("g_category_gain"));
    // Q's head trains under D's optimiser (as the official code does: the information term is in
    // D's loss too, so the shared trunk learns features that name the codes) or, in the paper's
    // step 2, with G only, so the information term never moves D's trunk.
    auto* q = m_discriminator->m_qHead.ptr().get();
    std::vector<torch::nn::Module*> dModules{m_discriminator->m_trunk.ptr().get(),
                                             m_discriminator->m_shared.ptr().get(),
                                             m_discriminator->m_head.ptr().get()};
    std::vector<torch::nn::Module*> gModules{m_generator.ptr().get()};
    (m_informationTrainsD ? dModules : gModules).push_back(q);
    m_optimizerD = &addOptimizer("optimizer_d", parametersOf(dModules), "learning_rate_d");
    m_optimizerG = &addOptimizer("optimizer_g", parametersOf(gModules), "learning_rate_g");
  }

  void trainStep(const std::function<torch::Tensor()>& nextRealBatch, torch::Generator& noise, StepPart part,
                 MetricRow& row) override {
    setTraining(true);
    const auto real = nextRealBatch();
    const auto latent = sampleLatent(real.size(0), noise);
    const auto fake = m_generator->forward(latent);

    // (1) D as in the original GAN, plus Q's information loss on the same fake batch if D learns it.
    const auto realFeatures = m_discriminator->features(real);
    const auto realLogits = m_discriminator->realFakeLogit(realFeatures);
    const auto fakeFeaturesForD = m_discriminator->features(fake.detach());
    const auto fakeLogitsForD = m_discriminator->realFakeLogit(fakeFeaturesForD);
    const auto lossD = discriminatorLoss(realLogits, fakeLogitsForD);
    if (part != StepPart::GeneratorOnly) {
      auto total = lossD;
      if (m_informationTrainsD) total = total + weighted(informationLoss(fakeFeaturesForD, latent));
      if (m_consistency > 0) total = total + m_consistency * categoryConsistency(real, realFeatures, noise);
      if (m_clustering > 0) total = total + m_clustering * realClustering(realFeatures);
      if (m_vat > 0) total = total + m_vat * virtualAdversarial(real, realFeatures, noise);
      if (m_vatGenerated > 0) total = total + m_vatGenerated * generatedVirtualAdversarial(fake.detach(), noise);
      applyStep(*m_optimizerD, total, "D loss");
    }

    // (2) G fools D and lets Q read the codes back from its image (with Q, unless D trains Q).
    const auto features = m_discriminator->features(fake);
    const auto ganLoss = nonSaturatingGeneratorLoss(m_discriminator->realFakeLogit(features));
    const auto information = informationLoss(features, latent);
    const auto lossG = ganLoss + weighted(information);
    if (part != StepPart::CriticOnly) applyStep(*m_optimizerG, lossG, "G loss");

    const double gameValue = -lossD.item<double>();
    // I(c; G) ≥ H(c) − L: H = log 10 for the uniform category, log 2 per U(−1, 1) code.
    row.set("loss_d", lossD.item<double>());
    row.set("loss_g", lossG.item<double>());
    row.set("d_real", torch::sigmoid(realLogits).mean().item<double>());
    row.set("d_fake", torch::sigmoid(fakeLogitsForD).mean().item<double>());
    row.set("js_estimate", jensenShannonEstimate(gameValue));
    row.set("mi_categorical", std::log(double(kCategories)) - information.categorical.item<double>());
    row.set("mi_continuous", m_layout.continuous * std::log(2.0) - information.continuousNll.item<double>());
  }

  torch::Tensor sampleLatent(std::int64_t count, torch::Generator& noise) const override {
    const auto z = torch::randn({count, m_layout.noise}, noise);
    const auto categories = torch::randint(kCategories, {count}, noise, torch::kLong);
    const auto codes = torch::rand({count, m_layout.continuous}, noise) * 2 - 1;
    return torch::cat({z, torch::one_hot(categories, kCategories).to(torch::kFloat32), codes}, 1);
  }

  LatentLayout latentLayout() const override { return m_layout; }

  // Q's category logits for real images, with D's BatchNorm on batch statistics of the images
  // themselves, as D sees real batches while training. Its running statistics average real and
  // fake batches, and reading real digits with them cost 9 points of accuracy on one run (71 % →
  // 80.5 %; another run read the same either way). The running statistics are left as they were.
  torch::Tensor categoryLogits(const torch::Tensor& images) override {
    const auto count = images.size(0);
    if (count < 2) return inEvalMode({m_discriminator.ptr().get()}, [&] { return qCategoriesOfImages(images); });
    torch::NoGradGuard noGrad;
    const bool wasTraining = m_discriminator->is_training();
    std::vector<torch::Tensor> saved;
    for (const auto& buffer : m_discriminator->buffers()) saved.push_back(buffer.clone());
    m_discriminator->train();
    std::vector<torch::Tensor> parts;
    for (std::int64_t start = 0; start < count; start += kEvaluationBatch) {
      // A batch of one has no batch statistics: the last image goes with the one before it.
      const auto from = count - start == 1 ? start - 1 : start;
      const auto logits = qCategoriesOfImages(images.slice(0, from, std::min(count, start + kEvaluationBatch)));
      parts.push_back(logits.slice(0, start - from));
    }
    auto buffers = m_discriminator->buffers();
    for (std::size_t i = 0; i < buffers.size(); ++i) buffers[i].copy_(saved[i]);
    m_discriminator->train(wasTraining);
    return torch::cat(parts, 0);
  }

  bool hasCategories() const override { return true; }
  bool hasEvaluations() const override { return true; }

  void evaluate(const torch::Tensor& images, const torch::Tensor& labels, MetricRow& row) override {
    row.set("category_accuracy", matchCategoryLogits(categoryLogits(images), labels).accuracy);
    measureCodeNames();
  }

  void onNetworksLoaded() override { measureCodeNames(); }

  // The paper's Figure 2 layout: rows are categories, columns sweep one continuous code over
  // [−2, 2], z fixed per row and the other codes at 0.
  std::vector<ImagePanel> panels(const torch::Tensor&) override {
    std::vector<ImagePanel> result;
    auto generator = at::make_generator<at::CPUGeneratorImpl>(11);
    const auto rowNoise = torch::randn({kCategories, m_layout.noise}, generator);
    for (int code = 0; code < m_layout.continuous; ++code) {
      std::vector<torch::Tensor> rows;
      std::vector<std::string> labels;
      for (int category = 0; category < kCategories; ++category) {
        auto latent = torch::zeros({kSweepColumns, m_layout.width()});
        latent.slice(1, 0, m_layout.noise).copy_(rowNoise[category].expand({kSweepColumns, m_layout.noise}));
        latent.select(1, m_layout.noise + category).fill_(1);
        latent.select(1, m_layout.noise + kCategories + code)
            .copy_(m_layout.codeSign(code) * torch::linspace(-kSweepLimit, kSweepLimit, kSweepColumns));
        rows.push_back(generate(latent));
        labels.push_back("category " + std::to_string(category));
      }
      result.push_back(
          imagePanel("Rows: category 0–9 · columns: " + m_layout.codeLabel(code) + " from −2 to 2", rows, labels));
    }
    return result;
  }

 protected:
  void onHyperparameter(const std::string& key, double value) override {
    if (key == "lambda_cat") m_lambdaCategorical = value;
    if (key == "lambda_cont") m_lambdaContinuous = value;
    if (key == "q_consistency") m_consistency = value;
    if (key == "q_clustering") m_clustering = value;
    if (key == "q_clustering_balance") m_clusteringBalance = value;
    if (key == "q_vat") m_vat = value;
    if (key == "q_vat_generated") m_vatGenerated = value;
    if (key == "q_vat_radius") m_vatRadius = value;
  }

 private:
  // Q's category logits from D's features, and from images through D's trunk.
  torch::Tensor qCategories(const torch::Tensor& features) {
    return m_discriminator->q(features).slice(1, 0, kCategories);
  }
  torch::Tensor qCategoriesOfImages(const torch::Tensor& images) {
    return qCategories(m_discriminator->features(images));
  }

  // G's first layer at initialisation hears the category through one weight column against one
  // per z input (62 by default, each of variance 1), so at the start z decides almost all of G's
  // image. Multiplying the category's columns by `gain` (√62 ≈ 8 gives it z's share) lets the
  // category shape the image from the first step. Only the initial draw changes; a loaded
  // checkpoint overwrites it.
  void scaleCategoryWeights(double gain) {
    torch::NoGradGuard noGrad;
    auto& first = *m_generator->m_layers->ptr<DenseImpl>(0);
    first.weight.slice(1, m_layout.noise, m_layout.noise + kCategories).mul_(gain);
  }

  // Sweeps each code from −2 to +2 with z and category fixed and names it by what the image
  // moments do (engine/math/code_naming.h); the other codes stay at 0.
  void measureCodeNames() {
    if (m_layout.continuous == 0) return;
    auto generator = at::make_generator<at::CPUGeneratorImpl>(kNamingSeed);
    const std::int64_t count = kCategories * kNamingImagesPerCategory;
    auto base = torch::zeros({count, m_layout.width()});
    base.slice(1, 0, m_layout.noise).copy_(torch::randn({count, m_layout.noise}, generator));
    base.slice(1, m_layout.noise, m_layout.noise + kCategories)
        .copy_(torch::one_hot(torch::arange(count) % kCategories, kCategories));
    std::vector<CodeSweepMoments> sweeps;
    for (int code = 0; code < m_layout.continuous; ++code) {
      auto low = base.clone(), high = base.clone();
      low.select(1, m_layout.noise + kCategories + code).fill_(-kSweepLimit);
      high.select(1, m_layout.noise + kCategories + code).fill_(kSweepLimit);
      sweeps.push_back({momentsOf(generate(low)), momentsOf(generate(high))});
    }
    m_layout.codeNames.clear(), m_layout.codeSigns.clear();
    for (const auto& name : nameCodes(sweeps)) {
      m_layout.codeNames.push_back(name.name);
      m_layout.codeSigns.push_back(name.sign);
    }
  }

  InformationLoss informationLoss(const torch::Tensor& features, const torch::Tensor& latent) {
    const auto q = m_discriminator->q(features);
    const auto categories = latent.slice(1, m_layout.noise, m_layout.noise + kCategories).argmax(1);
    InformationLoss loss{categoricalCodeLoss(q.slice(1, 0, kCategories), categories), torch::zeros({}),
                         torch::zeros({})};
    const int c = m_layout.continuous;
    if (c == 0) return loss;
    const auto mean = q.slice(1, kCategories, kCategories + c);
    const auto codes = latent.slice(1, m_layout.noise + kCategories);
    if (m_learnedVariance) {
      loss.continuous = continuousCodeLoss(mean, q.slice(1, kCategories + c, kCategories + 2 * c), codes);
      loss.continuousNll = loss.continuous;
    } else {
      loss.continuous = fixedVarianceCodeLoss(mean, codes);
      loss.continuousNll = loss.continuous + c * 0.5 * std::log(2 * M_PI);
    }
    return loss;
  }

  // Elastic-InfoGAN's remedy for categories that follow style: Q's category distribution for a real
  // digit and for a slightly rotated and scaled copy should agree (KL from the clean one, held fixed).
  torch::Tensor categoryConsistency(const torch::Tensor& real, const torch::Tensor& realFeatures,
                                    torch::Generator& noise) {
    const auto clean = torch::softmax(qCategories(realFeatures), 1).detach();
    return categoryDivergence(clean, qCategoriesOfImages(jitterImages(real, noise)));
  }

  // Q as a clustering of real digits (IMSAT's information maximisation): each real digit's category
  // confident (low H(Y|X)) and the categories used equally over the batch (high H(Y)). A category
  // that holds two digits while another digit is split lowers H(Y), so this pushes against that;
  // two digits sharing two categories by style keep H(Y), and it did not part them (docs/infogan.md).
  torch::Tensor realClustering(const torch::Tensor& realFeatures) {
    return realClusteringLoss(torch::log_softmax(qCategories(realFeatures), 1), m_clusteringBalance);
  }

  // Virtual adversarial training on real digits (IMSAT's invariance; see virtualAdversarialLoss).
  // A category boundary through a dense region of real digits (across stroke thickness inside one
  // digit, say) has a small perturbation nearby that flips the category; one through the sparse
  // region between digits does not, so the term favours categories that follow digits.
  torch::Tensor virtualAdversarial(const torch::Tensor& images, const torch::Tensor& features,
                                   torch::Generator& noise) {
    const auto logitsOf = [this](const torch::Tensor& batch) { return qCategoriesOfImages(batch); };
    return virtualAdversarialLoss(logitsOf, images, qCategories(features), m_vatRadius, noise);
  }

  // The same on half of G's batch (half keeps the cost down). Two categories that share 4s and 9s
  // draw the same digit for the same z and differ only in small details that Q still reads, so the
  // information term never asks G to make one a 4 and the other a 9; a Q that small perturbations
  // cannot flip should not read such details. It did not part seed 1's pair (docs/infogan.md).
  torch::Tensor generatedVirtualAdversarial(const torch::Tensor& fake, torch::Generator& noise) {
    const auto half = fake.slice(0, 0, std::max<std::int64_t>(2, fake.size(0) / 2));
    return virtualAdversarial(half, m_discriminator->features(half), noise);
  }

  torch::Tensor weighted(const InformationLoss& loss) const {
    return m_lambdaCategorical * loss.categorical + m_lambdaContinuous * loss.continuous;
  }

  LatentLayout m_layout;
  bool m_learnedVariance;
  bool m_informationTrainsD;
  InfoDiscriminator m_discriminator;
  torch::optim::Adam* m_optimizerD = nullptr;
  torch::optim::Adam* m_optimizerG = nullptr;
  double m_lambdaCategorical;
  double m_lambdaContinuous;
  double m_consistency;
  double m_clustering;
  double m_clusteringBalance;
  double m_vat;
  double m_vatGenerated;
  double m_vatRadius;
};

}  // namespace

InfoDiscriminatorImpl::InfoDiscriminatorImpl(std::int64_t channels, int categories, int continuous,
                                             bool learnedVariance)
    : m_trunk(register_module("trunk", ImageTrunk(channels, true))) {
  const std::int64_t hidden = 16 * channels;
  m_shared = register_module("shared", torch::nn::Sequential(Dense(m_trunk->features(), hidden),
                                                             torch::nn::BatchNorm1d(hidden), leakyRelu()));
  m_head = register_module("head", torch::nn::Linear(hidden, 1));
  const std::int64_t qHidden = 2 * channels;
  m_qHead = register_module(
      "q_head", torch::nn::Sequential(Dense(hidden, qHidden), torch::nn::BatchNorm1d(qHidden), leakyRelu(),
                                      Dense(qHidden, categories + (learnedVariance ? 2 : 1) * continuous)));
}

torch::Tensor InfoDiscriminatorImpl::features(const torch::Tensor& images) {
  return m_shared->forward(m_trunk->forward(images));
}

RegisteredVariant infoganVariant() {
  VariantInfo info;
  info.name = "infogan";
  info.displayName = "InfoGAN";
  info.imagesOnly = true;
  info.explanation =
      "InfoGAN (Chen et al. 2016). G's input is noise z plus codes: a 10-way categorical code and two "
      "continuous codes. Nothing tells the codes what to mean; instead an extra head Q on D's trunk must "
      "read the codes back from G's images, which maximises a lower bound on the mutual information "
      "between codes and images. On MNIST the category becomes the digit and the continuous codes become "
      "slant and stroke width, without any labels; each code is named by what it measurably does to the "
      "digits (slant, width, thickness). Q's category for a real digit must also survive the small "
      "perturbation that would change it most (virtual adversarial training), which steers categories to "
      "digits rather than to styles. Optionally Q is also asked to give a real digit and a slightly rotated, "
      "scaled copy the same category (Elastic-InfoGAN). The grid's rows are the 10 categories; its columns "
      "sweep a code from −2 to 2. Category accuracy "
      "matches categories to digits one-to-one on real test images (the paper: ≈ 95%).";
  info.formula =
      "min<sub>G,Q</sub> max<sub>D</sub> V(D,G) − λ L<sub>I</sub>(G,Q)<br>"
      "L<sub>I</sub> = E[log Q(c|G(z,c))] + H(c) ≤ I(c; G(z,c))<br>"
      "L<sub>I</sub> estimate: λ<sub>cat</sub>·CE(category) + λ<sub>cont</sub>·½‖c − μ‖² (σ = 1)<br>"
      "step 1: D and Q on the GAN loss + L<sub>I</sub> + λ<sub>vat</sub>·KL(Q(x) ‖ Q(x + r<sub>adv</sub>)) "
      "(+ λ<sub>cons</sub>·KL(Q(x) ‖ Q(jitter(x)))) on real x; "
      "step 2: G on −log D(G) + L<sub>I</sub>";
  info.hyperparameters = infoganHyperparameters();
  info.metrics = variantMetrics({{"d_real", "mean D(x)", "Discriminator output", ""},
                                 {"d_fake", "mean D(G(z))", "Discriminator output", ""},
                                 {"js_estimate", "JS estimate", kEstimatePlot, ""},
                                 {"mi_categorical", "I(c_cat; G) lower bound", "Mutual information bound", ""},
                                 {"mi_continuous", "I(c_cont; G) lower bound", "Mutual information bound", ""},
                                 {"category_accuracy", "category accuracy on test digits", "Category accuracy", ""}});
  info.guides = {{"Mutual information bound", std::log(10.0), "log 10"},
                 {"Category accuracy", 0.1, "chance"},
                 {kEstimatePlot, std::log(2.0), "log 2"}};
  return {info, [](const TrainConfig& config) { return std::make_unique<InfoGan>(config); }};
}

}  // namespace gan
