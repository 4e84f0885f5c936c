#pragma once
// Values that leave the trainer thread. Nothing here points into the trainer's state.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/image_batch.h"
#include "engine/core/metric_row.h"
#include "engine/core/model_copy.h"

namespace gan {

struct MetricsRow {
  std::int64_t step = 0;      // steps completed, counting this one
  std::int64_t epoch = 0;     // passes over the training set started
  double stepsPerSecond = 0;  // recent rate, for the status bar
  MetricValues values;        // in the order of the variant's VariantInfo::metrics; absent = not measured
  std::string phase;          // what the step did when it was not ordinary training, e.g. pre-training
};

// A labelled picture a variant adds beside the sample grid: EBGAN's reconstructions, InfoGAN's
// category × code sweep, VAE-GAN's x / x̃ / x̂ strip.
struct ImagePanel {
  std::string title;
  int columns = 8;
  std::vector<std::string> rowLabels;  // one per row of `columns` images (may be empty)
  ImageBatch images;
};

struct SampleGrid {
  std::int64_t step = 0;
  ImageBatch images;               // generated from the run's fixed z
  std::vector<ImagePanel> panels;  // the variant's own views, made at the same step
};

// What the 2D toy canvas draws, as plain values (a toy run sends one with each sample grid).
struct ToyView {
  std::int64_t step = 0;
  float extent = 1.6f;        // the view is [−extent, extent]²
  std::vector<float> real;    // x0, y0, x1, y1, … (a fixed sample of the data)
  std::vector<float> fake;    // generated from the run's fixed z
  std::vector<float> arrows;  // per fake point: the direction the generator's next step moves it
  int heatmapSide = 0;
  std::vector<float> heatmap;  // critic output on a heatmapSide² grid, row 0 at y = +extent
  int meshSide = 0;            // the generator's manifold: the image of a meshSide² grid in z
  std::vector<float> mesh;
};

// How a generator's input is laid out: `noise` Gaussian dims, then a one-hot over `categories`
// (InfoGAN's categorical code), then `continuous` codes (InfoGAN's c1, c2, …).
struct LatentLayout {
  std::int64_t noise = 0;
  int categories = 0;
  int continuous = 0;
  std::int64_t width() const { return noise + categories + continuous; }
  // Per continuous code, once measured (InfoGAN): its name ("slant", "width", "thickness", or empty
  // when it has no clear effect) and its orientation: the value v a user sets is the raw code sign·v,
  // so + means forward slant, wider, thicker. Empty before anything was measured.
  std::vector<std::string> codeNames;
  std::vector<int> codeSigns;
  std::string codeLabel(int code) const;  // the name, or "c<k>" (1-based) when it has none
  float codeSign(int code) const;
};

// What one step updates: both players (as the variant trains), or only D, or only G.
enum class StepPart { Full, CriticOnly, GeneratorOnly };

enum class TrainerState { Loading, Ready, Running, Paused, Failed, Stopped };
const char* stateName(TrainerState state);

struct TrainerEvent {
  enum class Kind {
    StateChanged,           // `state` holds the new state
    Reset,                  // the run restarted (new config or Reset command); `message` = variant
    CheckpointSaved,        // `message` = path
    CheckpointLoaded,       // `message` = path
    HyperparameterChanged,  // `message` = "key=value"
    Diverged,               // a loss became NaN/inf; training paused, the model is as of the step before
    Error                   // a command failed (bad file, bad value); nothing was changed
  };
  Kind kind = Kind::StateChanged;
  TrainerState state = TrainerState::Ready;
  std::int64_t step = 0;
  std::string message;
};

struct Snapshot {
  enum class Kind { Metrics, Samples, Toy, Event, Model };
  Kind kind = Kind::Event;
  MetricsRow metrics;
  SampleGrid samples;
  ToyView toy;
  TrainerEvent event;
  std::shared_ptr<const ModelCopy> model;  // Kind::Model: answers Trainer::requestModel
};

}  // namespace gan
