#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "engine/core/metrics_csv.h"
#include "engine/data/dataset.h"
#include "engine/training/checkpoint.h"
#include "engine/training/training_session.h"
#include "tests/engine/test_support.h"

using namespace gan;

namespace {
std::shared_ptr<const Dataset> mnist() {
  static auto data = loadMnist(test::mnistDir());
  return data;
}

// The Trainer's file commands end in an event; this waits for the answer to one of them.
TrainerEvent awaitFileEvent(Trainer& trainer) {
  for (;;) {
    auto snapshot = trainer.waitNext(test::kHangGuard);
    REQUIRE(snapshot);
    if (snapshot->kind != Snapshot::Kind::Event) continue;
    const auto kind = snapshot->event.kind;
    if (kind == TrainerEvent::Kind::CheckpointSaved || kind == TrainerEvent::Kind::CheckpointLoaded ||
        kind == TrainerEvent::Kind::Error)
      return snapshot->event;
  }
}
}  // namespace

TEST_CASE("A reloaded checkpoint continues with exactly the same losses", "[checkpoint]") {
  const auto path = (test::tempDir("roundtrip") / "run.pt").string();
  TrainingSession original(test::smallConfig(), mnist());
  for (int i = 0; i < 3; ++i) original.step();
  original.save(path);
  std::vector<MetricValues> expected;
  for (int i = 0; i < 3; ++i) expected.push_back(original.step());

  auto other = test::smallConfig();
  other.seed = 999;  // the checkpoint's own config and state must win
  TrainingSession resumed(other, mnist());
  resumed.load(path);
  CHECK(resumed.stepsDone() == 3);
  CHECK(resumed.config().seed == 7);
  for (int i = 0; i < 3; ++i) CHECK(test::sameValues(resumed.step(), expected[i]));

  const auto info = readCheckpointInfo(path);
  CHECK(info.variant == "gan-ns");
  CHECK(info.step == 3);
  const auto images = sampleCheckpoint(path, 5, 1);
  CHECK(images.count == 5);
  CHECK(images.width == 28);
}

TEST_CASE("Checkpoints of another variant or damaged files are refused and change nothing", "[checkpoint]") {
  const auto dir = test::tempDir("refuse");
  const auto minimaxPath = (dir / "minimax.pt").string();
  TrainingSession minimax(test::smallConfig("gan"), mnist());
  minimax.step();
  minimax.save(minimaxPath);

  Trainer trainer(test::smallConfig("gan-ns"));
  trainer.step(2);

  trainer.loadCheckpoint(minimaxPath);
  auto event = awaitFileEvent(trainer);
  CHECK(event.kind == TrainerEvent::Kind::Error);
  CHECK_THAT(event.message, Catch::Contains("GAN (minimax)") && Catch::Contains("switch variant"));

  const auto truncated = (dir / "truncated.pt").string();
  {
    std::ifstream in(minimaxPath, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  }
  trainer.loadCheckpoint(truncated);
  event = awaitFileEvent(trainer);
  CHECK(event.kind == TrainerEvent::Kind::Error);
  CHECK_THAT(event.message, Catch::Contains("truncated.pt") && Catch::Contains("damaged"));

  // One flipped bit in tensor data: LibTorch alone would load it as another model.
  const auto flipped = (dir / "flipped.pt").string();
  {
    std::ifstream in(minimaxPath, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes[bytes.size() / 2] ^= 0x10;
    std::ofstream(flipped, std::ios::binary) << bytes;
  }
  CHECK_THROWS_WITH(readCheckpointInfo(flipped), Catch::Contains("flipped.pt") && Catch::Contains("CRC-32"));

  const auto text = (dir / "notes.txt").string();
  std::ofstream(text) << "not a checkpoint";
  trainer.loadCheckpoint(text);
  CHECK_THAT(awaitFileEvent(trainer).message, Catch::Contains("not a GAN Studio checkpoint"));

  trainer.loadCheckpoint((dir / "missing.pt").string());
  CHECK_THAT(awaitFileEvent(trainer).message, Catch::Contains("cannot open"));

  // Nothing was lost: the run keeps its steps and saves fine.
  const auto saved = (dir / "after.pt").string();
  trainer.saveCheckpoint(saved);
  event = awaitFileEvent(trainer);
  CHECK(event.kind == TrainerEvent::Kind::CheckpointSaved);
  CHECK(readCheckpointInfo(saved).step == trainer.stepsDone());
  CHECK(trainer.stepsDone() >= 0);
  CHECK_FALSE(std::filesystem::exists(saved + ".tmp"));
}

TEST_CASE("A NaN loss leaves the model as it was and is reported", "[checkpoint]") {
  auto poisoned = std::make_shared<Dataset>();
  poisoned->samples = torch::full({32, 1, 28, 28}, std::numeric_limits<float>::quiet_NaN());
  poisoned->labels = torch::zeros({32}, torch::kInt64);
  TrainingSession session(test::smallConfig(), poisoned);
  const auto before = session.fixedSamples().pixels;
  CHECK_THROWS_AS(session.step(), NonFiniteLoss);
  CHECK(session.stepsDone() == 0);
  CHECK(session.fixedSamples().pixels == before);
}

namespace {
// The networks part of a checkpoint file, as the variants read it.
torch::serialize::InputArchive modelPart(const std::string& path) {
  torch::serialize::InputArchive archive, model;
  archive.load_from(path);
  archive.read("model", model);
  return model;
}
}  // namespace

TEST_CASE("Networks of another size or with NaN weights are refused by name, not resized or loaded", "[checkpoint]") {
  const auto dir = test::tempDir("checked-load");
  auto narrow = test::smallConfig("ebgan");
  narrow.hyperparameters["channels"] = 8;
  TrainingSession small(narrow, mnist());
  const auto smallPath = (dir / "narrow.pt").string();
  small.save(smallPath);

  auto wide = narrow;
  wide.hyperparameters["channels"] = 16;
  TrainingSession session(wide, mnist());
  auto model = modelPart(smallPath);
  // LibTorch alone would resize every tensor to the file's; the check refuses and names one.
  CHECK_THROWS_WITH(session.variant().load(model),
                    Catch::Contains("has shape") && Catch::Contains("this run's network needs"));

  // A NaN weight: saved as it is, refused on load with the tensor named; the session keeps its model.
  TrainingSession victim(wide, mnist());
  auto& generator = *victim.variant().networks().at(1);
  const auto poisonedPath = (dir / "nan.pt").string();
  {
    torch::NoGradGuard noGrad;
    generator.parameters().front().view(-1)[0] = std::numeric_limits<float>::quiet_NaN();
  }
  victim.save(poisonedPath);
  TrainingSession fresh(wide, mnist());
  const auto before = fresh.fixedSamples().pixels;
  CHECK_THROWS_WITH(fresh.load(poisonedPath), Catch::Contains("nan.pt") && Catch::Contains("NaN or infinite"));
  CHECK(fresh.fixedSamples().pixels == before);
  CHECK(fresh.stepsDone() == 0);
}

TEST_CASE("A checkpoint naming an unknown or a different variant is refused as damaged", "[checkpoint]") {
  const auto dir = test::tempDir("unknown-variant");
  auto write = [&](const std::string& name, const std::string& variant, const std::string& configVariant) {
    auto config = test::smallConfig(configVariant);
    torch::serialize::OutputArchive archive;
    archive.write("format", c10::IValue(std::string("gan-studio-checkpoint-1")));
    archive.write("variant", c10::IValue(variant));
    archive.write("step", c10::IValue(std::int64_t{3}));
    archive.write("config", c10::IValue(toJson(withDefaults(config))));
    const auto path = (dir / name).string();
    archive.save_to(path);
    return path;
  };
  const auto unknown = write("unknown.pt", "no-such-gan", "gan-ns");
  CHECK_THROWS_WITH(readCheckpointInfo(unknown), Catch::Contains("unknown.pt") && Catch::Contains("no-such-gan"));
  const auto mixed = write("mixed.pt", "gan", "gan-ns");
  CHECK_THROWS_WITH(readCheckpointInfo(mixed), Catch::Contains("mixed.pt") && Catch::Contains("its config says"));
}

TEST_CASE("Loading a checkpoint from its run folder brings back the run's metrics rows, not another run's",
          "[checkpoint]") {
  const auto dir = test::tempDir("history");
  Trainer trainer(test::smallConfig());
  trainer.step(4);
  std::vector<MetricsRow> rows;
  while (rows.size() < 4) {
    auto snapshot = trainer.waitNext(test::kHangGuard);
    REQUIRE(snapshot);
    if (snapshot->kind == Snapshot::Kind::Metrics) rows.push_back(snapshot->metrics);
  }
  trainer.saveCheckpoint((dir / "checkpoint.pt").string());
  REQUIRE(awaitFileEvent(trainer).kind == TrainerEvent::Kind::CheckpointSaved);
  writeMetricsCsv((dir / "metrics.csv").string(), trainer.config(), rows);
  std::ofstream(dir / "config.json") << toJson(trainer.config());

  const auto loadedRows = [&](Trainer& loader) {
    loader.loadCheckpoint((dir / "checkpoint.pt").string());
    REQUIRE(awaitFileEvent(loader).kind == TrainerEvent::Kind::CheckpointLoaded);
    // The rows come right after the load's event, before the grid of the loaded step.
    std::vector<MetricsRow> back;
    for (;;) {
      auto snapshot = loader.waitNext(test::kHangGuard);
      REQUIRE(snapshot);
      if (snapshot->kind == Snapshot::Kind::Samples) return back;
      if (snapshot->kind == Snapshot::Kind::Metrics) back.push_back(snapshot->metrics);
    }
  };
  Trainer resumed(test::smallConfig());
  const auto back = loadedRows(resumed);
  REQUIRE(back.size() == 4);
  CHECK(back.back().step == 4);
  // metrics.csv keeps 9 significant digits (the losses are floats).
  REQUIRE(back[2].values.size() == rows[2].values.size());
  for (std::size_t i = 0; i < rows[2].values.size(); ++i) {
    REQUIRE(back[2].values[i].has_value() == rows[2].values[i].has_value());
    if (rows[2].values[i]) CHECK(*back[2].values[i] == Approx(*rows[2].values[i]).epsilon(1e-8));
  }

  // Another run's config.json beside it: the rows are not this run's.
  auto other = trainer.config();
  other.seed = 12345;
  std::ofstream(dir / "config.json", std::ios::trunc) << toJson(other);
  Trainer second(test::smallConfig());
  CHECK(loadedRows(second).empty());
}
