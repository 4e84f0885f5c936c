#include "engine/explore/latent_explorer.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include "engine/data/dataset.h"
#include "engine/data/tensor_images.h"
#include "engine/training/training_session.h"
#include "engine/variants/image_model_variant.h"

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

struct LatentExplorer::Impl {
  std::function<void(ExplorerFrame)> onFrame;
  mutable std::mutex mutex;
  std::condition_variable wake;
  // Pending work (latest wins in each slot).
  std::shared_ptr<const ModelSnapshot> pendingModel;
  std::optional<std::pair<std::uint64_t, std::vector<Latent>>> pendingRender;
  std::optional<std::pair<std::uint64_t, ImageBatch>> pendingEncode;
  bool pendingLabels = false;
  bool quit = false;
  // Owned by the thread.
  std::unique_ptr<Variant> variant;
  TrainConfig config;
  std::shared_ptr<const Dataset> testSet;
  // Read by other threads under the mutex.
  std::optional<ExplorerModelInfo> info;
  int frames = 0;
  std::thread thread;

  void applyModel(const ModelSnapshot& model) {
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
    const auto probe = torch::zeros({1, 1, 28, 28});
    next.canEncode = model.config.dataset == "mnist" && variant->encode(probe).defined();
    next.hasCategories = model.config.dataset == "mnist" && variant->categoryLogits(probe).defined();
    const auto grid = fixedLatentOf(*variant, config, model.config.dataset == "mnist" ? TrainingSession::kGridSize : 0);
    for (std::int64_t i = 0; i < grid.size(0); ++i) next.gridLatents.push_back(toLatent(grid[i]));
    std::lock_guard<std::mutex> lock(mutex);
    info = std::move(next);
  }

  std::int64_t modelStep() {
    std::lock_guard<std::mutex> lock(mutex);
    return info ? info->step : 0;
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
    const auto code = variant->encode(tensor);
    if (!code.defined()) throw std::invalid_argument(config.variant + " has no encoder");
    ExplorerFrame frame;
    frame.kind = ExplorerFrame::Kind::Encoded;
    frame.id = id;
    frame.modelStep = modelStep();
    frame.latent = toLatent(code[0]);
    frame.images = toImageBatch(variant->generate(code));
    return frame;
  }

  ExplorerFrame labelFrame() {
    if (!testSet) testSet = loadMnist(config.dataDir, MnistSplit::Test);
    const auto count = std::min<std::int64_t>(kLabelImages, testSet->samples.size(0));
    const auto logits = variant->categoryLogits(testSet->samples.slice(0, 0, count));
    if (!logits.defined()) throw std::invalid_argument(config.variant + " has no categorical code");
    ExplorerFrame frame;
    frame.kind = ExplorerFrame::Kind::Categories;
    frame.modelStep = modelStep();
    frame.categories = matchCategoryLogits(logits, testSet->labels.slice(0, 0, count));
    return frame;
  }

  // Not niced like the trainer: a slider is interactive, so the explorer wins the CPU over training.
  void run() {
    for (;;) {
      std::shared_ptr<const ModelSnapshot> model;
      std::optional<std::pair<std::uint64_t, std::vector<Latent>>> render;
      std::optional<std::pair<std::uint64_t, ImageBatch>> toEncode;
      bool labels = false;
      {
        std::unique_lock<std::mutex> lock(mutex);
        wake.wait(lock, [&] { return quit || pendingModel || pendingRender || pendingEncode || pendingLabels; });
        if (quit) return;
        model = std::exchange(pendingModel, nullptr);
        render = std::exchange(pendingRender, std::nullopt);
        toEncode = std::exchange(pendingEncode, std::nullopt);
        labels = std::exchange(pendingLabels, false);
      }
      // Each piece of work fails alone, with a message; the thread and the model survive.
      auto attempt = [&](auto body) {
        try {
          body();
        } catch (const std::exception& e) {
          ExplorerFrame error;
          error.kind = ExplorerFrame::Kind::Error;
          const std::string what = e.what();
          error.message = what.substr(0, what.find('\n'));
          onFrame(std::move(error));
        }
      };
      if (model)
        attempt([&] {
          applyModel(*model);
          ExplorerFrame ready;
          ready.kind = ExplorerFrame::Kind::ModelReady;
          ready.modelStep = model->step;
          onFrame(std::move(ready));
        });
      if (!variant) {
        if (render || toEncode || labels) attempt([] { throw std::runtime_error("no model to explore yet"); });
        continue;
      }
      if (labels) attempt([&] { onFrame(labelFrame()); });
      if (toEncode) attempt([&] { onFrame(encodeFrame(toEncode->first, toEncode->second)); });
      if (render)
        attempt([&] {
          auto frame = renderFrame(render->first, render->second);
          {
            std::lock_guard<std::mutex> lock(mutex);
            ++frames;
          }
          onFrame(std::move(frame));
        });
    }
  }
};

LatentExplorer::LatentExplorer(std::function<void(ExplorerFrame)> onFrame) : m_impl(std::make_unique<Impl>()) {
  m_impl->onFrame = std::move(onFrame);
  m_impl->thread = std::thread([impl = m_impl.get()] { impl->run(); });
}

LatentExplorer::~LatentExplorer() {
  {
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    m_impl->quit = true;
  }
  m_impl->wake.notify_one();
  m_impl->thread.join();
}

void LatentExplorer::setModel(std::shared_ptr<const ModelSnapshot> model) {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->pendingModel = std::move(model);
  m_impl->wake.notify_one();
}

void LatentExplorer::render(std::uint64_t id, std::vector<Latent> latents) {
  if (latents.empty()) return;
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->pendingRender.emplace(id, std::move(latents));
  m_impl->wake.notify_one();
}

void LatentExplorer::encode(std::uint64_t id, ImageBatch image) {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->pendingEncode.emplace(id, std::move(image));
  m_impl->wake.notify_one();
}

void LatentExplorer::labelCategories() {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->pendingLabels = true;
  m_impl->wake.notify_one();
}

std::optional<ExplorerModelInfo> LatentExplorer::model() const {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  return m_impl->info;
}

int LatentExplorer::framesRendered() const {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  return m_impl->frames;
}

}  // namespace gan
