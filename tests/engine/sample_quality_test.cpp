// Sample quality: the feature distances behave as their definitions say, the shipped classifier
// reads real digits as real, and Fashion-MNIST trains.
#include <catch2/catch.hpp>
#include <fstream>

#include "engine/core/dataset_catalog.h"
#include "engine/core/png_file.h"
#include "engine/data/dataset.h"
#include "engine/data/image_folder.h"
#include "engine/quality/feature_statistics.h"
#include "engine/quality/sample_quality.h"
#include "tests/engine/test_support.h"

using namespace gan;

TEST_CASE("FID, KID and precision/recall are zero-ish for one distribution and large for two", "[quality]") {
  torch::manual_seed(3);
  const auto a = torch::randn({2000, 16}), b = torch::randn({2000, 16});
  const auto shifted = torch::randn({2000, 16}) + 3;
  CHECK(frechetDistance(a, b) < 0.1);
  // Two normals with identity covariance 3 apart in every one of 16 dimensions: FID = 16 · 3².
  CHECK(frechetDistance(a, shifted) == Approx(144).epsilon(0.05));
  CHECK(std::abs(kernelInceptionDistance(a, b)) < 0.01);
  CHECK(kernelInceptionDistance(a, shifted) > 1);
  const auto same = precisionRecall(a, b);
  CHECK(same.precision > 0.7);  // k = 3 balls in 16 dimensions miss some of the same distribution
  CHECK(same.recall > 0.7);
  const auto apart = precisionRecall(a, shifted);
  CHECK(apart.precision < 0.1);
  CHECK(apart.recall < 0.1);
}

TEST_CASE("The reference classifier ships with ≥ 99 % on the test digits", "[quality]") {
  const auto path = referenceClassifierPath(kMnistDataset);
  REQUIRE(!path.empty());
  const auto report = readClassifierReport(path);
  CHECK(report.testAccuracy >= 0.99);
  CHECK(report.dataset == "mnist");
}

TEST_CASE("Real test digits against real training digits sit at the baseline; one repeated digit covers one class",
          "[quality]") {
  TrainConfig data;
  data.dataDir = test::mnistDir();
  QualityOptions options;
  options.count = 1000;
  const auto real = evaluateRealBaseline(data, options);
  CHECK(real.fid < 60);  // documented: ~27 at 1,000 samples
  CHECK(std::abs(real.kid) < 0.02);
  CHECK(real.classesCovered == 10);
  CHECK(real.precision > 0.8);
  CHECK(real.recall > 0.8);
  CHECK(real.classifierScore > 9);
  // One test digit a thousand times: one class, and far from the real digits.
  const auto test = loadMnist(test::mnistDir(), MnistSplit::Test);
  ImageBatch same{1000, 28, 28, {}};
  const auto digit = ((test->samples[0] + 1) / 2).contiguous();
  for (int i = 0; i < 1000; ++i)
    same.pixels.insert(same.pixels.end(), digit.data_ptr<float>(), digit.data_ptr<float>() + 784);
  const auto repeated = evaluateImages(same, data, options);
  CHECK(repeated.classesCovered == 1);
  CHECK(repeated.fid > 5 * real.fid);
  CHECK(repeated.recall < 0.05);
  CHECK(repeated.classifierScore < 1.1);
  // Uniform noise: far from the digits on every measure.
  ImageBatch noise{1000, 28, 28, std::vector<float>(1000 * 784)};
  const auto values = torch::rand({1000 * 784});
  std::copy(values.data_ptr<float>(), values.data_ptr<float>() + values.numel(), noise.pixels.begin());
  const auto noisy = evaluateImages(noise, data, options);
  CHECK(noisy.fid > 10 * real.fid);
  CHECK(noisy.kid > 50 * std::max(0.01, std::abs(real.kid)));
  // k-NN precision is fooled by real outliers' large balls (Naeem et al. 2020); density and
  // coverage are not.
  CHECK(noisy.coverage < 0.05);
  CHECK(noisy.density < 0.2 * real.density);
  CHECK(real.coverage > 0.9);
  // Cancel stops it with QualityCancelled.
  CHECK_THROWS_AS(evaluateRealBaseline(data, options, [](double, const std::string&) { return false; }),
                  QualityCancelled);
}

TEST_CASE("Fashion-MNIST trains five steps", "[quality]") {
  auto config = test::smallConfig("gan-ns");
  config.dataset = kFashionDataset;
  Trainer trainer(config);
  trainer.step(5);
  std::int64_t last = 0;
  while (last < 5) {
    auto snapshot = trainer.waitNext(std::chrono::duration_cast<std::chrono::milliseconds>(test::kHangGuard));
    REQUIRE(snapshot);
    REQUIRE(snapshot->event.kind != TrainerEvent::Kind::Error);
    if (snapshot->kind == Snapshot::Kind::Metrics) {
      last = snapshot->metrics.step;
      CHECK(test::finite(snapshot->metrics.values[0]));
    }
  }
}

TEST_CASE("A folder of pictures reads exactly, lists what it skips, and refuses a folder without one", "[quality]") {
  const auto folder = test::tempDir("image-folder");
  GrayImage square{28, 28, {}}, wide{56, 28, {}};
  for (int i = 0; i < 28 * 28; ++i) square.pixels.push_back(std::uint8_t(i % 251));
  for (int y = 0; y < 28; ++y)
    for (int x = 0; x < 56; ++x) wide.pixels.push_back(std::uint8_t(x >= 14 && x < 42 ? 255 : 0));
  writePng((folder / "a.png").string(), square);
  writePng((folder / "b.png").string(), wide);  // its centred square is all white
  std::ofstream(folder / "notes.txt") << "not a picture";
  const auto pictures = readPictureFolder(folder.string());
  const auto& report = pictures.report;
  REQUIRE(report.used == 2);
  REQUIRE(report.skipped.size() == 1);
  CHECK(report.skipped[0].rfind("notes.txt: ", 0) == 0);
  for (int i = 0; i < 28 * 28; ++i) REQUIRE(toByte(pictures.images.pixels[std::size_t(i)]) == i % 251);
  CHECK(*std::min_element(pictures.images.pixels.begin() + 784, pictures.images.pixels.end()) == 1.0f);

  auto config = test::smallConfig("gan-ns");
  config.dataset = std::string(kFolderPrefix) + folder.string();
  CHECK(loadDataset(config)->samples.size(0) == 2);
  const auto empty = test::tempDir("image-folder-empty");
  std::ofstream(empty / "x.png") << "PNG? no";
  CHECK_THROWS_WITH(readPictureFolder(empty.string()), Catch::Contains(empty.string()) && Catch::Contains("x.png"));
}
