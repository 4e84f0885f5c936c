#include <catch2/catch.hpp>

#include <cmath>

#include "engine/data/dataset.h"
#include "engine/training/training_session.h"
#include "tests/engine/learning_check.h"
#include "tests/engine/test_support.h"

using namespace gan;

namespace {
// L2 distance between the mean generated image and the mean real image.
double meanImageDistance(const ImageBatch& generated, const torch::Tensor& realMeanUnit) {
  auto fake = torch::from_blob(const_cast<float*>(generated.pixels.data()), {generated.count, 28, 28}).mean(0);
  return (fake - realMeanUnit).norm().item<double>();
}
}  // namespace

TEST_CASE("A few hundred steps on MNIST move generated images towards the data", "[learning]") {
  const auto data = loadMnist(test::mnistDir());
  const auto realMeanUnit = data->samples.squeeze(1).add(1).mul(0.5).mean(0);
  auto config = test::smallConfig("gan-ns", 3);
  config.hyperparameters["batch_size"] = 64;
  test::learnsThrough(config, {"learning_rate_g"});
  TrainingSession session(config, data);

  const double before = meanImageDistance(session.fixedSamples(), realMeanUnit);
  for (int i = 0; i < 300; ++i) session.step();
  const double after = meanImageDistance(session.fixedSamples(), realMeanUnit);
  INFO("mean-image distance before " << before << ", after " << after);
  CHECK(test::learnedBelow("mnist gan-ns: mean-image distance after / before", after / before, 1.0 / 3.0));
}
