// EBGAN, VAE-GAN and BiGAN: their losses on hand-made values, which parameters each update
// reaches, and short MNIST runs that measurably learn (small widths keep CI fast). InfoGAN's are
// in infogan_test.cpp.
#include <catch2/catch.hpp>

#include <cmath>

#include "engine/variants/bigan_variant.h"
#include "engine/variants/ebgan_variant.h"
#include "engine/variants/vaegan_variant.h"
#include "tests/engine/learning_check.h"
#include "tests/engine/model_test_support.h"

using namespace gan;
using namespace gan::test;

namespace {

double meanPixelError(TrainingSession& session, const torch::Tensor& images) {
  auto& variant = session.variant();
  return (variant.generate(variant.encode(images)) - images).pow(2).mean().item<double>();
}

}  // namespace

TEST_CASE("EBGAN's hinge is exact on hand-made energies and vanishes for fakes with margin 0", "[ebgan]") {
  const auto real = torch::tensor({1.0, 3.0});
  const auto fake = torch::tensor({4.0, 12.0, 10.0});
  // E(x) mean 2; fakes below m = 10 cost m − E: 6, 0, 0 → mean 2.
  CHECK(ebganCriticLoss(real, fake, 10.0).item<double>() == Approx(4.0));
  CHECK(ebganCriticLoss(real, fake, 0.0).item<double>() == Approx(2.0));  // only E(x) is left
  CHECK(ebganCriticLoss(torch::zeros({2}), fake, 0.0).item<double>() == 0.0);
}

TEST_CASE("The pulling-away term is 0 for orthogonal codes and 1 for parallel ones", "[ebgan]") {
  CHECK(pullingAwayTerm(torch::eye(4)).item<double>() == Approx(0.0).margin(1e-12));
  CHECK(pullingAwayTerm(torch::ones({3, 5}) * torch::tensor({1.0, 2.0, 3.0}).unsqueeze(1)).item<double>() ==
        Approx(1.0));
  // Two codes at 60°: cos² = 1/4.
  const auto codes = torch::tensor({{1.0, 0.0}, {0.5, std::sqrt(3.0) / 2}});
  CHECK(pullingAwayTerm(codes).item<double>() == Approx(0.25));
}

TEST_CASE("EBGAN pre-training lowers the real images' reconstruction error and leaves G alone", "[ebgan][learning]") {
  auto config = modelConfig("ebgan");
  config.hyperparameters["pretrain_steps"] = 200;
  test::learnsThrough(config, {"learning_rate_d"});
  TrainingSession session(config, mnist());
  auto& generator = network(session, 1);
  const auto generatorBefore = copyOf(generator);
  // The first step's energy is the untrained auto-encoder's; one later batch's energy is noisy,
  // so the end point is the mean over the last 20 steps.
  const std::size_t realEnergy = metricIndex(findVariant("ebgan").metrics, "energy_real");
  double first = 0, lastMean = 0;
  MetricValues last;
  for (int i = 0; i < 200; ++i) {
    CHECK(!session.phase().empty());
    last = session.step();
    if (i == 0) first = last[realEnergy].value();
    if (i >= 180) lastMean += last[realEnergy].value() / 20;
  }
  CHECK(session.phase().empty());
  INFO("real energy " << first << " -> " << lastMean << " (mean of the last 20 steps)");
  // 0.44 on every kernel set and thread count tried; a frozen auto-encoder stays at 1.0.
  CHECK(test::learnedBelow("ebgan pre-training: real energy last 20 / first", lastMean / first, 0.6));
  CHECK(unchanged(generator, generatorBefore));
  CHECK_FALSE(last[kLossG].has_value());  // G does not train while D pre-trains: not measured, not NaN
  const auto row = session.step();
  CHECK(test::finite(row[kLossG]));
}

TEST_CASE("VAE-GAN's KL term equals the closed form", "[vaegan]") {
  // KL(N(μ, σ²) ‖ N(0, 1)) = ½(μ² + σ² − 1 − log σ²) per dimension.
  const auto mean = torch::tensor({{1.0, 0.0}, {0.0, -2.0}});
  const auto logVariance = torch::tensor({{0.0, std::log(4.0)}, {0.0, 0.0}});
  const double first = 0.5 * (1 + 1 - 1 - 0) + 0.5 * (0 + 4 - 1 - std::log(4.0));
  const double second = 0.5 * (4 + 1 - 1);
  CHECK(gaussianKl(mean, logVariance).item<double>() == Approx((first + second) / 2));
  CHECK(gaussianKl(torch::zeros({3, 4}), torch::zeros({3, 4})).item<double>() == 0.0);
}

TEST_CASE("VAE-GAN's reconstructions improve over a short run", "[vaegan][learning]") {
  auto config = modelConfig("vaegan");
  test::learnsThrough(config, {"learning_rate_g"});  // the encoder's and the decoder's rate
  TrainingSession session(config, mnist());
  const auto images = mnist()->samples.slice(0, 0, 256);
  const double before = meanPixelError(session, images);
  for (int i = 0; i < 400; ++i) session.step();
  const double after = meanPixelError(session, images);
  INFO("pixel MSE of Dec(Enc(x)) " << before << " -> " << after);
  CHECK(test::learnedBelow("vaegan: pixel MSE of Dec(Enc(x)) after / before", after / before, 0.6));
}

TEST_CASE("BiGAN's discriminator sees [image features | z features]", "[bigan]") {
  torch::manual_seed(1);
  PairDiscriminator discriminator(4, 50);
  const auto x = torch::randn({3, 1, 28, 28});
  const auto z = torch::randn({3, 50});
  const auto joined = discriminator->join(x, z);
  const auto imagePart = discriminator->m_imagePath->forward(discriminator->m_trunk->forward(x));
  const auto latentPart = discriminator->m_latentPath->forward(z);
  REQUIRE(joined.size(1) == imagePart.size(1) + latentPart.size(1));
  CHECK(torch::allclose(joined.slice(1, 0, imagePart.size(1)), imagePart));
  CHECK(torch::allclose(joined.slice(1, imagePart.size(1)), latentPart));
  // Swapping the z of two pairs changes D's verdict on them: it judges pairs, not images.
  const auto swapped = torch::stack({z[1], z[0], z[2]});
  CHECK(!torch::allclose(discriminator->forward(x, z), discriminator->forward(x, swapped)));
}

TEST_CASE("BiGAN's encoder gets gradient only through D's verdict on real pairs", "[bigan]") {
  torch::manual_seed(2);
  ImageEncoder encoder(4, 50, false);
  ImageDecoder generator(50, 4);
  PairDiscriminator discriminator(4, 50);
  const auto x = torch::rand({4, 1, 28, 28}) * 2 - 1;
  const auto z = torch::randn({4, 50});
  const auto realPairs = discriminator->forward(x, encoder->forward(x));
  const auto fakePairs = discriminator->forward(generator->forward(z), z);
  // The fake-pair half of E/G's loss reaches G but not E; the real-pair half reaches E but not G.
  const auto fakeHalf = torch::softplus(-fakePairs).mean();
  const auto realHalf = torch::softplus(realPairs).mean();
  const auto e = encoder->parameters(), g = generator->parameters();
  auto fakeGradients = torch::autograd::grad({fakeHalf}, g, {}, true, false, true);
  CHECK(fakeGradients[0].abs().sum().item<double>() > 0);
  CHECK(torch::autograd::grad({fakeHalf}, e, {}, true, false, true)[0].defined() == false);
  CHECK(torch::autograd::grad({realHalf}, e, {}, true, false, true)[0].abs().sum().item<double>() > 0);
  CHECK(torch::autograd::grad({realHalf}, g, {}, true, false, true)[0].defined() == false);
  // And E/G's loss is the sum of the two halves: D's loss with the labels flipped.
  CHECK(biganEncoderGeneratorLoss(realPairs, fakePairs).item<double>() == Approx((fakeHalf + realHalf).item<double>()));
}

TEST_CASE("BiGAN checkpoints round-trip the encoder, the generator and the discriminator", "[bigan][checkpoint]") {
  const auto dir = test::tempDir("bigan-checkpoint");
  const auto config = modelConfig("bigan");
  TrainingSession trained(config, mnist());
  for (int i = 0; i < 3; ++i) trained.step();
  trained.save((dir / "run.pt").string());
  TrainingSession restored(config, mnist());
  restored.load((dir / "run.pt").string());
  const auto a = trained.variant().networks(), b = restored.variant().networks();
  REQUIRE(a.size() == 3);
  for (std::size_t n = 0; n < a.size(); ++n) {
    const auto pa = a[n]->parameters(), pb = b[n]->parameters();
    for (std::size_t i = 0; i < pa.size(); ++i) CHECK(torch::equal(pa[i], pb[i]));
  }
  CHECK(test::sameValues(trained.step(), restored.step()));
}

TEST_CASE("EBGAN, InfoGAN, VAE-GAN and BiGAN train on MNIST, draw their panels and refuse 2D data", "[variants]") {
  for (const std::string name : {"ebgan", "infogan", "vaegan", "bigan"}) {
    INFO(name);
    auto config = modelConfig(name);
    if (name == "ebgan") config.hyperparameters["pretrain_steps"] = 1;
    TrainingSession session(config, mnist());
    MetricValues row;
    for (int i = 0; i < 3; ++i) row = session.step();
    REQUIRE(row.size() == findVariant(name).metrics.size());
    CHECK(test::finite(row[kLossD]));
    CHECK(test::finite(row[kLossG]));
    const auto panels = session.panels();
    REQUIRE(!panels.empty());
    for (const auto& panel : panels) {
      CHECK(panel.images.count % panel.columns == 0);
      CHECK(int(panel.rowLabels.size()) == panel.images.count / panel.columns);
    }
    auto toy = config;
    toy.dataset = "ring";
    CHECK_THROWS_WITH(TrainingSession(toy, makeRing(1)), Catch::Contains("images only"));
  }
}
