#pragma once
// One run's whole training state, owned by a single thread at a time: the variant's networks
// and optimisers, the data cursor, the noise generator and the fixed z of the sample grid.
#include <torch/torch.h>

#include <memory>
#include <string>

#include "engine/core/image_batch.h"
#include "engine/core/model_copy.h"
#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"
#include "engine/data/dataset.h"
#include "engine/training/checkpoint.h"
#include "engine/variants/variant.h"

namespace gan {

class TrainingSession {
 public:
  static constexpr int kGridSize = 64;         // images in the fixed-z grid
  static constexpr int kPointCloudSize = 512;  // points drawn for a 2D toy run
  static constexpr int kPointCloudSide = 200;  // pixels of the rendered point cloud
  static constexpr int kHeatmapSide = 48;
  static constexpr int kMeshSide = 15;
  static constexpr int kCoverageSamples = 2500;  // the VEEGAN / PacGAN convention
  static constexpr int kTransportPoints = 200;
  static constexpr int kPanelImages = 8;      // real images the variant's panels start from
  static constexpr int kEvaluateEvery = 250;  // steps between held-out evaluations (InfoGAN accuracy)
  static constexpr int kEvaluationImages = 2000;

  TrainingSession(TrainConfig config, std::shared_ptr<const Dataset> data);

  // Throws NonFiniteLoss with the model unchanged.
  MetricValues step(StepPart part = StepPart::Full);
  ImageBatch fixedSamples();
  std::vector<ImagePanel> panels();  // the variant's own views (may be empty)
  std::string phase() const { return m_variant->phase(); }
  bool isToy() const { return !m_data->images; }
  ToyView toyView();  // toy runs only
  ImageBatch samples(int count, std::uint64_t seed);
  // Generated samples as tensors (images, or points for a toy run), for tests and metrics.
  torch::Tensor generateRaw(int count, std::uint64_t seed);
  void setHyperparameter(const std::string& key, double value);

  void save(const std::string& path);  // atomic
  void load(const std::string& path);  // refuses another variant or a damaged file
  ModelCopy modelCopy();

  const TrainConfig& config() const { return m_config; }
  std::int64_t stepsDone() const { return m_steps; }
  std::int64_t epoch() const { return m_cursor.epoch(); }
  Variant& variant() { return *m_variant; }

 private:
  ImageBatch render(const torch::Tensor& generated) const;
  torch::Tensor fixedLatent() const;   // the run's fixed z, from its seed
  void measureToy(MetricRow& row);     // mode coverage and the true divergences
  void addEvaluation(MetricRow& row);  // sets the variant's evaluation metrics when due

  TrainConfig m_config;
  std::shared_ptr<const Dataset> m_data;
  std::vector<float> m_realPreview;  // toy runs: real points drawn under the generated ones
  float m_extent = 1.6f;             // toy runs: the view is [−extent, extent]²
  std::unique_ptr<Variant> m_variant;
  torch::Generator m_noise;
  BatchCursor m_cursor;
  torch::Tensor m_fixedLatent;
  torch::Tensor m_panelReal;                 // images runs: fixed real images for the panels
  std::shared_ptr<const Dataset> m_heldOut;  // MNIST test split, loaded when first evaluated
  bool m_heldOutMissing = false;
  std::int64_t m_steps = 0;
};

// The fixed z of a run's sample grid (kGridSize codes for images), the same in the session and the explorer.
torch::Tensor fixedLatentOf(Variant& variant, const TrainConfig& config, std::int64_t count);
// Builds config's variant and loads a ModelCopy's networks into it.
std::unique_ptr<Variant> variantFromModel(const ModelCopy& model);

}  // namespace gan
