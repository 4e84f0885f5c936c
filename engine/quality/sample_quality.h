#pragma once
// How good a generator's samples are, judged by a reference classifier the project trains itself
// (gan-studio-cli train-classifier): FID and KID in its feature space, precision / recall and
// density / coverage, the
// class histogram and classes covered, mean confidence and the classifier score (IS's formula).
// Torch-free: the CLI and the GUI call it; it runs on the caller's thread, so the GUI calls it
// from a worker thread, reporting progress and honouring a cancel.
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/core/image_batch.h"
#include "engine/core/train_config.h"

namespace gan {

struct ClassifierReport {
  std::string dataset;
  double testAccuracy = 0;  // on the dataset's 10,000 test images
  std::int64_t parameters = 0;
  int epochs = 0;
  std::uint64_t seed = 0;
  double seconds = 0;
};

// Returns false to cancel; `fraction` in [0, 1], `stage` says what is being done.
using QualityProgress = std::function<bool(double fraction, const std::string& stage)>;
struct QualityCancelled : std::runtime_error {
  QualityCancelled() : std::runtime_error("cancelled") {}
};

// Trains the reference classifier on `data`'s training images (MNIST or Fashion-MNIST, by
// data.dataset) and writes it to `out` with its report beside it (`out` + ".json"), atomically.
ClassifierReport trainReferenceClassifier(const TrainConfig& data, int epochs, std::uint64_t seed,
                                          const std::string& out, const QualityProgress& progress = {});
// The shipped classifier of a dataset (resources/models/<dataset>-classifier.pt); empty when
// there is none (metrics are then "not available for this data").
std::string referenceClassifierPath(const std::string& dataset);
ClassifierReport readClassifierReport(const std::string& classifierPath);

struct QualityReport {
  std::string dataset;
  std::int64_t count = 0;  // generated samples (and real training images they are compared with)
  double fid = 0;
  double kid = 0;
  double precision = 0, recall = 0;  // k = 3 nearest-neighbour balls
  double density = 0, coverage = 0;  // k = 5; density ≈ 1 and coverage ≈ 0.97 for real data
  std::vector<double> classShare;    // per class, of the samples
  int classesCovered = 0;            // classes holding at least 1 % of the samples (a tenth of uniform)
  double meanConfidence = 0;         // mean of the highest class probability
  double classifierScore = 0;        // exp E KL(p(y|x) ‖ p(y)): 1 (one class or unsure) to 10
  double seconds = 0;
};

struct QualityOptions {
  std::int64_t count = 1000;
  std::uint64_t seed = 1;  // of the generated samples' latent codes and the subsets
  std::string classifier;  // empty: referenceClassifierPath(dataset)
  std::string dataDir;     // empty: the checkpoint's own data folder
};

// Throws std::invalid_argument naming the file for a checkpoint that is not an image model or
// a dataset without a classifier; QualityCancelled when progress returned false.
QualityReport evaluateCheckpoint(const std::string& checkpoint, const QualityOptions& options,
                                 const QualityProgress& progress = {});
// The same for any images (a live run's samples, a test's fixture), against `data`'s training images.
QualityReport evaluateImages(const ImageBatch& images, const TrainConfig& data, const QualityOptions& options,
                             const QualityProgress& progress = {});
// The same numbers for real test images against real training images: the baseline a
// generator's numbers are read against.
QualityReport evaluateRealBaseline(const TrainConfig& data, const QualityOptions& options,
                                   const QualityProgress& progress = {});
std::string qualityJson(const QualityReport& report);

}  // namespace gan
