#include "engine/training/training_session.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>

#include "engine/core/atomic_file.h"
#include "engine/core/dataset_catalog.h"
#include "engine/core/runtime.h"
#include "engine/data/tensor_images.h"
#include "engine/math/f_divergence.h"
#include "engine/math/mode_coverage.h"
#include "engine/math/optimal_transport.h"
#include "engine/training/checkpoint_archive.h"
#include "engine/variants/image_model_variant.h"
#include "engine/variants/variant_registry.h"

namespace gan {

namespace {
constexpr std::uint64_t kFixedLatentSalt = 0x5eedULL;

torch::Generator seededGenerator(std::uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); }

}  // namespace

TrainingSession::TrainingSession(TrainConfig config, std::shared_ptr<const Dataset> data)
    : m_config(withDefaults(std::move(config))),
      m_data(std::move(data)),
      m_variant(makeVariant(m_config)),
      m_noise(seededGenerator(m_config.seed)),
      m_cursor(m_config.seed, m_data->samples.size(0)) {
  if (findVariant(m_config.variant).imagesOnly && !m_data->images)
    throw std::invalid_argument(findVariant(m_config.variant).displayName +
                                " trains on images only; choose the MNIST dataset");
  m_fixedLatent = fixedLatent();
  useThreadsForModelSize(!m_data->images);
  if (m_data->images) m_panelReal = m_data->samples.slice(0, 0, kPanelImages).clone();
  if (!m_data->images) {
    if (const ToyDatasetInfo* toy = findToyDataset(m_config.dataset)) m_extent = toy->extent;
    const auto preview = m_data->samples.slice(0, 0, kPointCloudSize).contiguous();
    m_realPreview.assign(preview.data_ptr<float>(), preview.data_ptr<float>() + preview.numel());
  }
}

torch::Tensor fixedLatentOf(Variant& variant, const TrainConfig& config, std::int64_t count) {
  auto generator = seededGenerator(config.seed ^ kFixedLatentSalt);
  return variant.sampleLatent(count, generator);
}

torch::Tensor TrainingSession::fixedLatent() const {
  return fixedLatentOf(*m_variant, m_config, m_data->images ? kGridSize : kPointCloudSize);
}

ModelCopy TrainingSession::modelCopy() { return {m_config, m_steps, m_variant->saveNetworks()}; }

std::unique_ptr<Variant> variantFromModel(const ModelCopy& model) {
  auto variant = makeVariant(model.config);
  variant->loadNetworks(model.networks);
  return variant;
}

MetricValues TrainingSession::step(StepPart part) {
  const auto batchSize = static_cast<std::int64_t>(m_config.value("batch_size"));
  const auto epoch = m_cursor.epoch();
  const auto position = m_cursor.position();
  auto nextRealBatch = [&] { return m_data->samples.index_select(0, m_cursor.nextIndices(batchSize)); };
  // Forward passes update BatchNorm statistics before a loss can be checked; keep a copy so a
  // NaN step leaves no trace. A few KB a step, nothing next to the step itself.
  std::vector<std::pair<torch::Tensor, torch::Tensor>> buffers;
  for (auto* network : m_variant->networks())
    for (auto& buffer : network->buffers()) buffers.emplace_back(buffer, buffer.clone());
  const auto noiseState = m_noise.get_state();
  try {
    // Every row has a place for every metric of the variant; those not measured now stay absent.
    MetricRow row(findVariant(m_config.variant).metrics);
    m_variant->trainStep(nextRealBatch, m_noise, part, row);
    ++m_steps;
    if (isToy() && (m_steps % kToyMetricsEvery == 0 || m_steps == 1)) measureToy(row);
    addEvaluation(row);
    return row.take();
  } catch (const NonFiniteLoss&) {
    torch::NoGradGuard noGrad;
    for (auto& [live, saved] : buffers) live.copy_(saved);
    m_noise.set_state(noiseState);
    m_cursor.restore(epoch, position);
    throw;
  }
}

ImageBatch TrainingSession::render(const torch::Tensor& generated) const {
  return renderGenerated(generated, m_realPreview, kPointCloudSide, m_extent);
}

ToyView TrainingSession::toyView() {
  ToyView view;
  view.step = m_steps;
  view.extent = m_extent;
  view.real = m_realPreview;
  const auto fake = m_variant->generate(m_fixedLatent);
  view.fake = toFloatVector(fake);
  view.arrows = toFloatVector(m_variant->generatorPull(fake));
  const auto axis = torch::linspace(-m_extent, m_extent, kHeatmapSide);
  // Row 0 at the top of the picture, i.e. at y = +extent.
  const auto grid = torch::stack({axis.repeat({kHeatmapSide}), axis.flip(0).repeat_interleave(kHeatmapSide)}, 1);
  view.heatmapSide = kHeatmapSide;
  view.heatmap = toFloatVector(m_variant->criticScores(grid));
  if (m_fixedLatent.size(1) == 2) {
    const auto z = torch::linspace(-2.5, 2.5, kMeshSide);
    const auto latentGrid = torch::stack({z.repeat({kMeshSide}), z.repeat_interleave(kMeshSide)}, 1);
    view.meshSide = kMeshSide;
    view.mesh = toFloatVector(m_variant->generate(latentGrid));
  }
  return view;
}

void TrainingSession::measureToy(MetricRow& row) {
  const ToyDatasetInfo* toy = findToyDataset(m_config.dataset);
  auto generated = generateRaw(kCoverageSamples, m_config.seed ^ std::uint64_t(m_steps));
  const auto fake = toFloatVector(generated);
  const auto real = toFloatVector(m_data->samples.slice(0, 0, kCoverageSamples));
  if (toy && toy->modeStd > 0) {  // a drawn distribution has no modes to cover
    const auto coverage = modeCoverage(fake, toy->modes, toy->modeStd);
    row.set("modes_covered", coverage.modesCovered);
    row.set("high_quality", coverage.highQualityFraction);
  }
  // JS between 40×40 histograms of the two clouds over the view.
  constexpr int kBins = 40;
  auto histogram = [&](const std::vector<float>& xy) {
    std::vector<double> counts(kBins * kBins, 0.0);
    const double n = double(xy.size() / 2);
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
      const int bx = std::clamp(int((xy[i] + m_extent) / (2 * m_extent) * kBins), 0, kBins - 1);
      const int by = std::clamp(int((xy[i + 1] + m_extent) / (2 * m_extent) * kBins), 0, kBins - 1);
      counts[std::size_t(by * kBins + bx)] += 1 / n;
    }
    return counts;
  };
  row.set("true_js", fDivergenceDiscrete(FDivergence::JensenShannon, histogram(real), histogram(fake)) / 2);
  // Exact W₁ between the first 200 points of each cloud, Euclidean ground cost.
  std::vector<double> mass(kTransportPoints, 1.0 / kTransportPoints);
  std::vector<std::vector<double>> cost(kTransportPoints, std::vector<double>(kTransportPoints));
  for (int i = 0; i < kTransportPoints; ++i)
    for (int j = 0; j < kTransportPoints; ++j)
      cost[std::size_t(i)][std::size_t(j)] = std::hypot(real[2 * std::size_t(i)] - fake[2 * std::size_t(j)],
                                                        real[2 * std::size_t(i) + 1] - fake[2 * std::size_t(j) + 1]);
  row.set("true_w1", earthMoverPlan(mass, mass, cost).cost);
}

void TrainingSession::addEvaluation(MetricRow& row) {
  if (!m_variant->hasEvaluations() || !m_data->images || (m_steps % kEvaluateEvery != 0 && m_steps != 1)) return;
  if (!m_heldOut && !m_heldOutMissing) {
    try {
      m_heldOut = loadImages(m_config, MnistSplit::Test);
    } catch (const std::exception&) {
      m_heldOutMissing = true;  // the columns stay absent; training goes on without them
    }
  }
  if (!m_heldOut) return;
  const auto count = std::min<std::int64_t>(kEvaluationImages, m_heldOut->samples.size(0));
  m_variant->evaluate(m_heldOut->samples.slice(0, 0, count), m_heldOut->labels.slice(0, 0, count), row);
}

std::vector<ImagePanel> TrainingSession::panels() {
  if (!m_panelReal.defined()) return {};
  return m_variant->panels(m_panelReal);
}

ImageBatch TrainingSession::fixedSamples() { return render(m_variant->generate(m_fixedLatent)); }

ImageBatch TrainingSession::samples(int count, std::uint64_t seed) {
  auto generator = seededGenerator(seed);
  return render(m_variant->generate(m_variant->sampleLatent(count, generator)));
}

torch::Tensor TrainingSession::generateRaw(int count, std::uint64_t seed) {
  auto generator = seededGenerator(seed);
  return m_variant->generate(m_variant->sampleLatent(count, generator));
}

void TrainingSession::setHyperparameter(const std::string& key, double value) {
  const auto* spec = findSpec(findVariant(m_config.variant).hyperparameters, key);
  if (!spec) throw std::invalid_argument("variant " + m_config.variant + " has no hyperparameter '" + key + "'");
  if (auto problem = checkHyperparameter(*spec, value)) throw std::invalid_argument(*problem);
  m_config.hyperparameters[key] = value;
  m_variant->setHyperparameter(key, value);
}

void TrainingSession::save(const std::string& path) {
  torch::serialize::OutputArchive archive;
  writeCheckpointHeader(archive, m_config, m_steps);
  archive.write("cursor_epoch", c10::IValue(m_cursor.epoch()));
  archive.write("cursor_position", c10::IValue(m_cursor.position()));
  archive.write("noise_state", m_noise.get_state());
  torch::serialize::OutputArchive model;
  m_variant->save(model);
  archive.write("model", model);
  writeAtomically(path, [&](const std::string& temp) { archive.save_to(temp); });
}

void TrainingSession::load(const std::string& path) {
  // The file is read once; everything goes into new objects first, so a failure half-way leaves
  // this session untouched.
  torch::serialize::InputArchive archive;
  CheckpointInfo info;
  openCheckpoint(path, archive, info);
  if (info.variant != m_config.variant)
    throw std::runtime_error(path + ": holds a " + findVariant(info.variant).displayName + " run; this run is " +
                             findVariant(m_config.variant).displayName + " (switch variant first)");
  auto variant = variantFromArchive(path, info, archive);
  // A generator-only file has no noise state or data cursor: training goes on with this session's.
  torch::Tensor noiseState = m_noise.get_state();
  std::int64_t cursorEpoch = m_cursor.epoch(), cursorPosition = m_cursor.position();
  if (!info.generatorOnly) {
    try {
      archive.read("noise_state", noiseState);
      cursorEpoch = readArchiveInt(archive, "cursor_epoch");
      cursorPosition = readArchiveInt(archive, "cursor_position");
    } catch (const std::exception& e) {
      throw std::runtime_error(path + ": damaged checkpoint (" + firstLine(e.what()) + ")");
    }
  }
  const std::string dataDir = m_config.dataDir;  // the data already loaded stay in use
  m_variant = std::move(variant);
  m_config = info.config;
  m_config.dataDir = dataDir;
  m_noise.set_state(noiseState);
  m_fixedLatent = fixedLatent();
  m_cursor = BatchCursor(m_config.seed, m_data->samples.size(0));
  m_cursor.restore(cursorEpoch, cursorPosition);
  m_steps = info.step;
}

}  // namespace gan
