#include "engine/explore/latent_explorer.h"

#include "engine/core/worker_thread.h"
#include "engine/data/dataset.h"
#include "engine/data/tensor_images.h"
#include "engine/training/training_session.h"
#include "engine/variants/image_model_variant.h"
#include "engine/variants/variant_registry.h"

namespace gan {

namespace {
constexpr int kLabelImages = 10000;

torch::Tensor toTensor(const std::vector<Latent>& latents) {
  const auto width = std::int64_t(latents.front().size());
  auto tensor = torch::empty({std::int64_t(latents.size()), width});
  for (std::size_t i = 0; i < latents.size(); ++i) {
    if (std::int64_t(latents[i].size()) != width)
      throw std::invalid_argument("latents of different sizes in one request");
    std::copy(latents[i].begin(), latents[i].end(), tensor[std::int64_t(i)].data_ptr<float>());
  }
  return tensor;
}

Latent toLatent(const torch::Tensor& row) {
  const auto flat = row.detach().to(torch::kFloat32).contiguous();
  return Latent(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
}
}  // namespace

// What the explorer's thread shares with the others, under the worker's lock: one latest-wins
// slot per kind of request, and what the getters report.
struct ExplorerShared {
  std::shared_ptr<const ModelCopy> model;
  std::optional<std::pair<std::uint64_t, std::vector<Latent>>> render;
  std::optional<std::pair<std::uint64_t, ImageBatch>> encode;
  bool labels = false;
  std::optional<ExplorerModelInfo> info;
  int frames = 0;

  bool hasWork() const { return model || render || encode || labels; }
};

struct LatentExplorer::Impl {
  std::function<void(ExplorerFrame)> onFrame;
  // Owned by the thread.
  std::unique_ptr<Variant> variant;
  TrainConfig config;
  std::shared_ptr<const Dataset> testSet;
  bool storedLabels = false;  // the model came with its category → digit match (and without Q)
  // Declared last, so it is destroyed (and its thread joined) before the state above.
  WorkerThread<ExplorerShared> worker;

  void applyModel(const ModelCopy& model) {
    const bool sameShape = variant && toJson(model.config) == toJson(config);
    if (!sameShape) {
      variant = makeVariant(model.config);
      config = model.config;
    }
    variant->loadNetworks(model.networks);
    ExplorerModelInfo next;
    next.variant = model.config.variant;
    next.step = model.step;
    next.layout = variant->latentLayout();
    next.canEncode = variant->canEncode();
    next.hasCategories = variant->hasCategories();
    next.storedCategories.labelOf = model.categoryToDigit;
    next.storedCategories.accuracy = model.categoryAccuracy;
    storedLabels = !model.categoryToDigit.empty();
    const auto grid =
        fixedLatentOf(*variant, config, isImageDataset(model.config.dataset) ? TrainingSession::kGridSize : 0);
    for (std::int64_t i = 0; i < grid.size(0); ++i) next.gridLatents.push_back(toLatent(grid[i]));
    worker.post([&](ExplorerShared& shared) { shared.info = std::move(next); });
  }

  std::int64_t modelStep() {
    return worker.with([](const ExplorerShared& shared) { return shared.info ? shared.info->step : 0; });
  }

  ExplorerFrame renderFrame(std::uint64_t id, const std::vector<Latent>& latents) {
    ExplorerFrame frame;
    frame.id = id;
    frame.modelStep = modelStep();
    const auto generated = variant->generate(toTensor(latents));
    if (generated.dim() != 4)
      throw std::invalid_argument("the latent explorer shows image models; 2D runs have the plane view");
    frame.images = toImageBatch(generated);
    return frame;
  }

  ExplorerFrame encodeFrame(std::uint64_t id, const ImageBatch& image) {
    auto tensor =
        torch::from_blob(const_cast<float*>(image.pixels.data()), {1, 1, image.height, image.width}).clone() * 2 - 1;
    if (!variant->canEncode()) throw std::invalid_argument(config.variant + " has no encoder");
    const auto code = variant->encode(tensor);
    ExplorerFrame frame;
    frame.kind = ExplorerFrame::Kind::Encoded;
    frame.id = id;
    frame.modelStep = modelStep();
    frame.latent = toLatent(code[0]);
    frame.images = toImageBatch(variant->generate(code));
    return frame;
  }

  ExplorerFrame labelFrame() {
    if (!variant->hasCategories()) throw std::invalid_argument(config.variant + " has no categorical code");
    if (storedLabels)
      throw std::invalid_argument("this model was shipped without Q; its categories were matched when it was made");
    if (!testSet) testSet = loadImages(config, MnistSplit::Test);
    const auto count = std::min<std::int64_t>(kLabelImages, testSet->samples.size(0));
    const auto logits = variant->categoryLogits(testSet->samples.slice(0, 0, count));
    ExplorerFrame frame;
    frame.kind = ExplorerFrame::Kind::Categories;
    frame.modelStep = modelStep();
    frame.categories = matchCategoryLogits(logits, testSet->labels.slice(0, 0, count));
    return frame;
  }

  // Each piece of work fails alone, with a message; the thread and the model survive.
  template <typename Body>
  void attempt(Body body) {
    try {
      body();
    } catch (const std::exception& e) {
      ExplorerFrame error;
      error.kind = ExplorerFrame::Kind::Error;
      const std::string what = e.what();
      error.message = what.substr(0, what.find('\n'));
      onFrame(std::move(error));
    }
  }

  // Not niced like the trainer: a slider is interactive, so the explorer wins the CPU over training.
  void run() {
    ExplorerShared work;
    while (worker.waitAndTake([](const ExplorerShared& shared) { return shared.hasWork(); },
                              [&](ExplorerShared& shared) {
                                work.model = std::exchange(shared.model, nullptr);
                                work.render = std::exchange(shared.render, std::nullopt);
                                work.encode = std::exchange(shared.encode, std::nullopt);
                                work.labels = std::exchange(shared.labels, false);
                              }))
      serve(work);
  }

  void serve(const ExplorerShared& work) {
    if (work.model)
      attempt([&] {
        applyModel(*work.model);
        ExplorerFrame ready;
        ready.kind = ExplorerFrame::Kind::ModelReady;
        ready.modelStep = work.model->step;
        onFrame(std::move(ready));
      });
    if (!variant) {
      if (work.render || work.encode || work.labels)
        attempt([] { throw std::runtime_error("no model to explore yet"); });
      return;
    }
    if (work.labels) attempt([&] { onFrame(labelFrame()); });
    if (work.encode) attempt([&] { onFrame(encodeFrame(work.encode->first, work.encode->second)); });
    if (work.render)
      attempt([&] {
        auto frame = renderFrame(work.render->first, work.render->second);
        worker.post([](ExplorerShared& shared) { ++shared.frames; });
        onFrame(std::move(frame));
      });
  }
};

LatentExplorer::LatentExplorer(std::function<void(ExplorerFrame)> onFrame) : m_impl(std::make_unique<Impl>()) {
  m_impl->onFrame = std::move(onFrame);
  m_impl->worker.start([impl = m_impl.get()] { impl->run(); });
}

LatentExplorer::~LatentExplorer() { m_impl->worker.stop(); }

void LatentExplorer::setModel(std::shared_ptr<const ModelCopy> model) {
  m_impl->worker.post([&](ExplorerShared& shared) { shared.model = std::move(model); });
}

void LatentExplorer::render(std::uint64_t id, std::vector<Latent> latents) {
  if (latents.empty()) return;
  m_impl->worker.post([&](ExplorerShared& shared) { shared.render.emplace(id, std::move(latents)); });
}

void LatentExplorer::encode(std::uint64_t id, ImageBatch image) {
  m_impl->worker.post([&](ExplorerShared& shared) { shared.encode.emplace(id, std::move(image)); });
}

void LatentExplorer::labelCategories() {
  m_impl->worker.post([](ExplorerShared& shared) { shared.labels = true; });
}

std::optional<ExplorerModelInfo> LatentExplorer::model() const {
  return m_impl->worker.with([](const ExplorerShared& shared) { return shared.info; });
}

int LatentExplorer::framesRendered() const {
  return m_impl->worker.with([](const ExplorerShared& shared) { return shared.frames; });
}

}  // namespace gan
