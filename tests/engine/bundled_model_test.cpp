// The generator-only model file (export-generator) and the InfoGAN shipped in resources/models/.
#include <catch2/catch.hpp>

#include <ATen/CPUGeneratorImpl.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "engine/core/resources.h"
#include "engine/data/dataset.h"
#include "engine/data/tensor_images.h"
#include "engine/math/code_naming.h"
#include "engine/training/checkpoint.h"
#include "engine/training/checkpoint_archive.h"
#include "engine/training/training_session.h"
#include "tests/engine/digit_classifier.h"
#include "tests/engine/test_support.h"

using namespace gan;

namespace {
constexpr int kCategories = 10;

// Latents of `model` with category k for rows k·perCategory …, z and codes as the model draws them.
torch::Tensor latentsByCategory(Variant& model, int perCategory, std::uint64_t seed) {
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  auto latent = model.sampleLatent(kCategories * perCategory, generator);
  const auto layout = model.latentLayout();
  auto oneHot = latent.slice(1, layout.noise, layout.noise + kCategories);
  oneHot.zero_();
  for (int k = 0; k < kCategories; ++k) oneHot.slice(0, k * perCategory, (k + 1) * perCategory).select(1, k).fill_(1);
  return latent;
}

double slantOf(const torch::Tensor& image) {
  const auto ink = ((image.squeeze(0) + 1) / 2).contiguous();
  return imageMoments(ink.data_ptr<float>(), 28, 28).slant;
}
}  // namespace

TEST_CASE("A generator-only file samples like its checkpoint and trains on with fresh D", "[bundled]") {
  const auto dir = test::tempDir("generator-export");
  auto config = test::smallConfig("infogan");
  config.hyperparameters["channels"] = 8;
  auto data = loadMnist(test::mnistDir());
  TrainingSession session(config, data);
  for (int i = 0; i < 3; ++i) session.step();
  session.save((dir / "run.pt").string());

  const auto written = exportGenerator((dir / "run.pt").string(), (dir / "g.pt").string(), test::mnistDir());
  CHECK(written.categoryToDigit.size() == 10);
  const auto info = readCheckpointInfo((dir / "g.pt").string());
  CHECK(info.generatorOnly);
  CHECK(info.step == 3);
  CHECK(info.categoryToDigit == written.categoryToDigit);
  CHECK(std::filesystem::file_size(dir / "g.pt") < std::filesystem::file_size(dir / "run.pt") / 4);
  // The same seed draws the same images from both files.
  const auto fromRun = sampleCheckpoint((dir / "run.pt").string(), 8, 5);
  const auto fromGenerator = sampleCheckpoint((dir / "g.pt").string(), 8, 5);
  CHECK(fromRun.pixels == fromGenerator.pixels);
  CHECK(sampleCheckpoint((dir / "g.pt").string(), 4, 5, "cat=2,c1=1").count == 4);
  // digit=N picks the category the stored match maps to N: the same images as that cat=K.
  const int category = int(std::find(written.categoryToDigit.begin(), written.categoryToDigit.end(), 4) -
                           written.categoryToDigit.begin());
  CHECK(sampleCheckpoint((dir / "g.pt").string(), 4, 5, "digit=4").pixels ==
        sampleCheckpoint((dir / "g.pt").string(), 4, 5, "cat=" + std::to_string(category)).pixels);
  CHECK_THROWS_WITH(sampleCheckpoint((dir / "run.pt").string(), 4, 5, "digit=4"), Catch::Contains("no category"));
  // Q is not in the file, so categories cannot be read back from it: refused, not made up.
  CHECK_THROWS_WITH(evaluateCategories((dir / "g.pt").string(), test::mnistDir()), Catch::Contains("generator only"));
  // A session loads it (G as saved, at its step) and trains on.
  TrainingSession fresh(config, data);
  fresh.load((dir / "g.pt").string());
  CHECK(fresh.stepsDone() == 3);
  CHECK(torch::equal(fresh.generateRaw(4, 9), session.generateRaw(4, 9)));
  CHECK(test::finite(fresh.step()[kLossD]));
}

TEST_CASE("The bundled InfoGAN draws the digit each category is mapped to", "[bundled]") {
  const auto path = findResource(kBundledInfoganModel);
  REQUIRE_FALSE(path.empty());
  CheckpointInfo info;
  auto model = checkpointVariant(path, info);
  REQUIRE(info.generatorOnly);
  REQUIRE(info.categoryToDigit.size() == kCategories);
  auto& classifier = test::trainedDigitClassifier(test::mnistDir());
  const auto test = loadMnist(test::mnistDir(), MnistSplit::Test);
  const double classifierAccuracy =
      test::classifyDigits(classifier, test->samples).eq(test->labels).to(torch::kDouble).mean().item<double>();
  INFO("the independent classifier reads " << classifierAccuracy << " of the test digits right");
  REQUIRE(classifierAccuracy > 0.97);

  constexpr int kPerCategory = 100;
  const auto images = model->generate(latentsByCategory(*model, kPerCategory, 21));
  const auto judged = test::classifyDigits(classifier, images);
  std::string perCategory;
  int right = 0;
  for (int k = 0; k < kCategories; ++k) {
    const int digit = info.categoryToDigit[std::size_t(k)];
    const int hits = judged.slice(0, k * kPerCategory, (k + 1) * kPerCategory).eq(digit).sum().item<int>();
    perCategory += " " + std::to_string(k) + "→" + std::to_string(digit) + ":" + std::to_string(hits);
    right += hits;
  }
  INFO("recognised as the mapped digit, per category (of " << kPerCategory << "):" << perCategory);
  CHECK(double(right) / (kCategories * kPerCategory) >= 0.9);  // the bundled model: 0.991
}

TEST_CASE("The bundled InfoGAN's slant code slants forward and keeps the digit", "[bundled]") {
  const auto path = findResource(kBundledInfoganModel);
  REQUIRE_FALSE(path.empty());
  CheckpointInfo info;
  auto model = checkpointVariant(path, info);
  const auto layout = model->latentLayout();
  int slant = -1;
  for (int code = 0; code < layout.continuous; ++code)
    if (layout.codeLabel(code) == "slant") slant = code;
  REQUIRE(slant >= 0);
  constexpr int kPerCategory = 50;
  auto low = latentsByCategory(*model, kPerCategory, 22), high = low.clone();
  const auto column = layout.noise + kCategories + slant;
  low.select(1, column).fill_(-2 * layout.codeSign(slant));
  high.select(1, column).fill_(2 * layout.codeSign(slant));
  const auto lowImages = model->generate(low), highImages = model->generate(high);
  auto& classifier = test::trainedDigitClassifier(test::mnistDir());
  const auto sameDigit = test::classifyDigits(classifier, lowImages).eq(test::classifyDigits(classifier, highImages));
  int forward = 0;
  for (std::int64_t i = 0; i < low.size(0); ++i) forward += slantOf(highImages[i]) > slantOf(lowImages[i]);
  const double sameShare = sameDigit.to(torch::kDouble).mean().item<double>();
  INFO("slant rises for " << forward << " of " << low.size(0) << "; same digit at both ends for " << sameShare);
  CHECK(forward >= 0.95 * double(low.size(0)));  // 500 of 500 on every kernel set and thread count
  // The bundled model keeps the digit for 0.908–0.922 of 500 (the judge's training differs with the
  // kernels); a 78 % model of the old recipe kept it for 0.44–0.65 with its slant-like codes. The
  // bound leaves the judge its spread.
  CHECK(sameShare >= 0.85);
}

TEST_CASE("Resources are looked up in $GAN_STUDIO_RESOURCES first, then installed, then the source tree", "[bundled]") {
  const auto dir = test::tempDir("resources");
  std::filesystem::create_directories(dir / "models");
  std::ofstream(dir / "models" / "mine.pt") << "x";
  ::setenv("GAN_STUDIO_RESOURCES", dir.c_str(), 1);
  CHECK(resourceFolders().front() == dir.string());
  CHECK(findResource("models/mine.pt") == (dir / "models" / "mine.pt").string());
  // Not in the first folder: found further down the list (the source tree ships the bundled model).
  CHECK(findResource(kBundledInfoganModel).find(dir.string()) == std::string::npos);
  CHECK_FALSE(findResource(kBundledInfoganModel).empty());
  CHECK(findResource("models/none.pt").empty());
  ::unsetenv("GAN_STUDIO_RESOURCES");
}

TEST_CASE("MNIST is looked up in $GAN_STUDIO_DATA, then the user's data folder, then installed, then the build tree",
          "[bundled]") {
  const auto explicitData = test::tempDir("data-explicit");
  const auto xdg = test::tempDir("data-xdg");
  const test::ScopedEnvironment keepData("GAN_STUDIO_DATA"), keepXdg("XDG_DATA_HOME");
  ::setenv("GAN_STUDIO_DATA", explicitData.c_str(), 1);
  ::setenv("XDG_DATA_HOME", xdg.c_str(), 1);
  const auto folders = dataFolders();
  REQUIRE(folders.size() >= 4);
  CHECK(folders[0] == explicitData.string());
  CHECK(folders[1] == (xdg / "gan-studio").string());
  CHECK(userDataFolder() == (xdg / "gan-studio").string());
  // Neither has MNIST: the build tree's data/ (fetched by packaging/) is found further down.
  CHECK(defaultMnistDir() != explicitData.string() + "/mnist");
  CHECK(hasMnistFiles(defaultMnistDir()));
  // The user's folder gets the files (as the GUI's first-run fetch leaves them): it wins over the build tree.
  std::filesystem::create_directories(xdg / "gan-studio" / "mnist");
  for (const char* name :
       {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"})
    std::ofstream(xdg / "gan-studio" / "mnist" / name) << "x";
  CHECK(defaultMnistDir() == (xdg / "gan-studio" / "mnist").string());
}
