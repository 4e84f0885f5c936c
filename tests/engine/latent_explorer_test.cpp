// The latent explorer: hand-made generator inputs, latest-wins rendering on its own thread, and a
// model copy that survives whatever the trainer does.
#include <catch2/catch.hpp>

#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>

#include "engine/data/dataset.h"
#include "engine/data/tensor_images.h"
#include "engine/explore/latent_explorer.h"
#include "engine/training/trainer.h"
#include "engine/training/training_session.h"
#include "tests/engine/test_support.h"

using namespace gan;

namespace {

const LatentLayout kInfoLayout{62, 10, 2};

CodeSetting someSetting() {
  CodeSetting setting;
  setting.noise.assign(62, 0.25f);
  setting.category = 0;
  setting.codes = {0.0f, 0.0f};
  return setting;
}

// Collects frames from the explorer's thread; tests wait on a condition, never on time.
struct FrameLog {
  std::mutex mutex;
  std::condition_variable arrived;
  std::vector<ExplorerFrame> frames;

  std::function<void(ExplorerFrame)> listener() {
    return [this](ExplorerFrame frame) {
      std::lock_guard<std::mutex> lock(mutex);
      frames.push_back(std::move(frame));
      arrived.notify_all();
    };
  }
  // The first frame (after `from`) that satisfies `match`.
  template <typename Match>
  ExplorerFrame waitFor(Match match, std::size_t from = 0) {
    std::unique_lock<std::mutex> lock(mutex);
    std::optional<ExplorerFrame> found;
    const bool ok = arrived.wait_for(lock, test::kHangGuard, [&] {
      for (std::size_t i = from; i < frames.size(); ++i)
        if (match(frames[i])) return found.emplace(frames[i]), true;
      return false;
    });
    REQUIRE(ok);
    return *found;
  }
  std::size_t size() {
    std::lock_guard<std::mutex> lock(mutex);
    return frames.size();
  }
};

std::shared_ptr<const ModelCopy> smallModel(const std::string& variant, int channels = 8) {
  auto config = test::smallConfig(variant);
  config.hyperparameters["channels"] = channels;
  static const auto data = loadMnist(test::mnistDir());
  TrainingSession session(config, data);
  session.step();
  return std::make_shared<const ModelCopy>(session.modelCopy());
}

}  // namespace

TEST_CASE("Setting a code changes exactly the generator input it names", "[explorer]") {
  auto setting = someSetting();
  const auto base = composeLatent(kInfoLayout, setting);
  REQUIRE(base.size() == 74);
  CHECK(base[62] == 1.0f);
  setting.category = 3;
  auto moved = composeLatent(kInfoLayout, setting);
  for (std::size_t i = 0; i < base.size(); ++i) {
    INFO("input " << i);
    CHECK((moved[i] != base[i]) == (i == 62 || i == 65));
  }
  setting = someSetting();
  setting.codes[1] = -1.5f;
  moved = composeLatent(kInfoLayout, setting);
  for (std::size_t i = 0; i < base.size(); ++i) CHECK((moved[i] != base[i]) == (i == 73));
  CHECK(moved[73] == -1.5f);
  setting.category = 10;
  CHECK_THROWS_WITH(composeLatent(kInfoLayout, setting), Catch::Contains("outside 0..9"));
}

TEST_CASE("A code sweep is ordered from -2 to 2 and leaves everything else alone", "[explorer]") {
  const auto strip = sweepCode(kInfoLayout, someSetting(), 0, -2.0f, 2.0f, 10);
  REQUIRE(strip.size() == 10);
  CHECK(strip.front()[72] == -2.0f);
  CHECK(strip.back()[72] == 2.0f);
  for (std::size_t i = 1; i < strip.size(); ++i) {
    CHECK(strip[i][72] > strip[i - 1][72]);
    for (std::size_t k = 0; k < 74; ++k)
      if (k != 72) CHECK(strip[i][k] == strip[0][k]);
  }
}

TEST_CASE("Code settings parse from text with clear errors", "[explorer]") {
  auto setting = someSetting();
  parseCodeSetting("cat=3,c1=-1.5,c2=0.5", kInfoLayout, setting);
  CHECK(setting.category == 3);
  CHECK(setting.codes == std::vector<float>{-1.5f, 0.5f});
  CHECK_THROWS_WITH(parseCodeSetting("cat=12", kInfoLayout, setting), Catch::Contains("0..9"));
  CHECK_THROWS_WITH(parseCodeSetting("c3=1", kInfoLayout, setting), Catch::Contains("c1..c2"));
  CHECK_THROWS_WITH(parseCodeSetting("c1=abc", kInfoLayout, setting), Catch::Contains("not a number"));
  CHECK_THROWS_WITH(parseCodeSetting("cat=1", LatentLayout{100, 0, 0}, setting), Catch::Contains("no categorical"));
  // A value no float holds, or a code index no int holds, is refused rather than overflowing.
  CHECK_THROWS_WITH(parseCodeSetting("c1=1e300", kInfoLayout, setting), Catch::Contains("out of range"));
  CHECK_THROWS_AS(parseCodeSetting("c99999999999=1", kInfoLayout, setting), std::invalid_argument);
  CHECK(setting.codes == std::vector<float>{-1.5f, 0.5f});  // a refused setting changes nothing it had not set
}

TEST_CASE("Codes are set by their measured names, oriented by their signs", "[explorer]") {
  auto layout = kInfoLayout;
  layout.codeNames = {"width", "slant"};
  layout.codeSigns = {1, -1};
  CHECK(layout.codeLabel(1) == "slant");
  auto setting = someSetting();
  parseCodeSetting("slant=1.5,width=-0.5", layout, setting);
  CHECK(setting.codes == std::vector<float>{-0.5f, 1.5f});
  // The number still works, in the same oriented units as the name.
  parseCodeSetting("c2=0.25", layout, setting);
  CHECK(setting.codes[1] == 0.25f);
  // slant's raw code runs the other way: +1.5 forward is −1.5 in G's input.
  const auto latent = composeLatent(layout, setting);
  CHECK(latent[72] == -0.5f);
  CHECK(latent[73] == -0.25f);
  CHECK_THROWS_WITH(parseCodeSetting("thickness=1", layout, setting), Catch::Contains("slant=…"));
  // Without measured names the codes keep their numbers.
  CHECK(kInfoLayout.codeLabel(0) == "c1");
}

TEST_CASE("Spherical interpolation keeps the norm; both kinds hit the end points", "[explorer]") {
  const Latent a = {3, 0, 0}, b = {0, 3, 0};
  for (bool spherical : {false, true}) {
    CHECK(interpolate(a, b, 0, spherical) == a);
    const auto end = interpolate(a, b, 1, spherical);
    CHECK(end[1] == Approx(3.0f));
  }
  const auto middle = interpolate(a, b, 0.5, true);
  CHECK(std::hypot(middle[0], middle[1]) == Approx(3.0));
  const auto straight = interpolate(a, b, 0.5, false);
  CHECK(std::hypot(straight[0], straight[1]) == Approx(3.0 / std::sqrt(2.0)));
  // A path through three points spends half of t on each segment.
  const std::vector<Latent> path = {{0, 0, 0}, {2, 0, 0}, {2, 2, 0}};
  CHECK(pointOnPath(path, 0.5, false) == Latent{2, 0, 0});
  CHECK(pointOnPath(path, 0.75, false) == Latent{2, 1, 0});
}

TEST_CASE("Flooding the explorer with 1,000 requests renders far fewer frames and ends on the last", "[explorer]") {
  FrameLog log;
  LatentExplorer explorer(log.listener());
  explorer.setModel(smallModel("infogan", 32));
  auto setting = someSetting();
  for (int i = 0; i < 1000; ++i) {
    setting.codes[0] = -2.0f + 4.0f * float(i) / 999.0f;
    explorer.render(std::uint64_t(i), sweepCode(kInfoLayout, setting, 1, -2.0f, 2.0f, 10));
  }
  const auto last = log.waitFor([](const ExplorerFrame& frame) { return frame.id == 999; });
  CHECK(last.kind == ExplorerFrame::Kind::Images);
  CHECK(last.images.count == 10);
  INFO("frames rendered: " << explorer.framesRendered());
  CHECK(explorer.framesRendered() < 100);
  // Ids only ever increase: an older request never overtakes a newer one.
  std::lock_guard<std::mutex> lock(log.mutex);
  std::optional<std::uint64_t> previous;  // request 0 itself may be rendered, if it came first
  for (const auto& frame : log.frames)
    if (frame.kind == ExplorerFrame::Kind::Images) {
      if (previous) CHECK(frame.id > *previous);
      previous = frame.id;
    }
}

TEST_CASE("The explorer keeps its own model while the trainer resets and switches variant", "[explorer]") {
  auto config = test::smallConfig("infogan");
  config.hyperparameters["channels"] = 8;
  Trainer trainer(config);
  FrameLog log;
  LatentExplorer explorer(log.listener());
  auto nextModel = [&] {
    trainer.requestModel();
    for (;;) {
      auto snapshot = trainer.waitNext(test::kHangGuard);
      REQUIRE(snapshot);
      if (snapshot->kind == Snapshot::Kind::Model) return snapshot->model;
    }
  };
  trainer.step(2);
  explorer.setModel(nextModel());
  explorer.render(1, {composeLatent(kInfoLayout, someSetting())});
  const auto first = log.waitFor([](const ExplorerFrame& frame) { return frame.id == 1; });
  CHECK(first.images.count == 1);
  REQUIRE(explorer.model()->hasCategories);
  CHECK(explorer.model()->gridLatents.size() == 64);

  // The run is replaced by a BiGAN: the explorer still answers from its InfoGAN copy …
  auto bigan = test::smallConfig("bigan");
  bigan.hyperparameters["channels"] = 8;
  trainer.reset(bigan);
  explorer.render(2, {composeLatent(kInfoLayout, someSetting())});
  CHECK(log.waitFor([](const ExplorerFrame& frame) { return frame.id == 2; }).images.count == 1);
  // … until it is handed the new model, whose latent has another shape.
  explorer.setModel(nextModel());
  explorer.render(3, {Latent(50, 0.5f)});
  const auto third = log.waitFor([](const ExplorerFrame& frame) { return frame.id == 3; });
  CHECK(third.kind == ExplorerFrame::Kind::Images);
  CHECK(explorer.model()->variant == "bigan");
  CHECK(explorer.model()->canEncode);
  // A request shaped for the old model is an error message, not a crash.
  const auto before = log.size();
  explorer.render(4, {composeLatent(kInfoLayout, someSetting())});
  CHECK(log.waitFor([](const ExplorerFrame& frame) { return frame.kind == ExplorerFrame::Kind::Error; }, before)
            .message.size() > 0);
}

TEST_CASE("The explorer encodes a real image and labels categories with a permutation", "[explorer]") {
  FrameLog log;
  LatentExplorer explorer(log.listener());
  explorer.setModel(smallModel("vaegan"));
  const auto data = loadMnist(test::mnistDir(), MnistSplit::Test);
  ImageBatch digit = toImageBatch(data->samples.slice(0, 0, 1));
  explorer.encode(5, digit);
  const auto encoded =
      log.waitFor([](const ExplorerFrame& frame) { return frame.kind == ExplorerFrame::Kind::Encoded; });
  CHECK(encoded.id == 5);
  CHECK(encoded.latent.size() == 64);
  CHECK(encoded.images.count == 1);

  explorer.setModel(smallModel("infogan"));
  explorer.labelCategories();
  const auto labels =
      log.waitFor([](const ExplorerFrame& frame) { return frame.kind == ExplorerFrame::Kind::Categories; });
  auto sorted = labels.categories.labelOf;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  CHECK(labels.categories.accuracy >= 0.0);
  CHECK(labels.categories.accuracy <= 1.0);
}
