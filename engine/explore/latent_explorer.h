#pragma once
// Generates images from hand-made latents on its own thread, from a copy of a run's networks, so
// dragging a slider never waits on training and training never waits on the slider. Torch-free
// interface (pimpl). Requests are latest-wins: while a frame is being made, newer requests
// replace older ones, so a fast drag renders its latest position, never a growing queue.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/latent_math.h"
#include "engine/core/model_copy.h"
#include "engine/math/assignment.h"

namespace gan {

struct ExplorerFrame {
  enum class Kind { Images, Encoded, Categories, ModelReady, Error };
  Kind kind = Kind::Images;
  std::uint64_t id = 0;        // the request's id (Images, Encoded)
  std::int64_t modelStep = 0;  // the training step of the networks that made it
  ImageBatch images;           // Images: one per latent; Encoded: the reconstruction
  Latent latent;               // Encoded: the image's code
  CategoryMatch categories;    // Categories: category → digit on the MNIST test set
  std::string message;         // Error
};

// What the explorer knows about the model it holds.
struct ExplorerModelInfo {
  std::string variant;
  std::int64_t step = 0;
  LatentLayout layout;
  bool canEncode = false;           // VAE-GAN, BiGAN
  bool hasCategories = false;       // InfoGAN
  std::vector<Latent> gridLatents;  // the run's fixed z, in sample-grid order
  // A shipped model's stored category → digit match (no Q to label with); empty otherwise.
  CategoryMatch storedCategories;
};

class LatentExplorer {
 public:
  // `onFrame` runs on the explorer's thread; keep it short (the GUI posts it to its own thread).
  explicit LatentExplorer(std::function<void(ExplorerFrame)> onFrame);
  ~LatentExplorer();
  LatentExplorer(const LatentExplorer&) = delete;
  LatentExplorer& operator=(const LatentExplorer&) = delete;

  // Replaces the networks (latest wins); applied before the next frame. A model of another variant
  // or shape rebuilds the explorer's own copy.
  void setModel(std::shared_ptr<const ModelCopy> model);
  void render(std::uint64_t id, std::vector<Latent> latents);  // latest wins
  void encode(std::uint64_t id, ImageBatch image);             // VAE-GAN / BiGAN; latest wins
  // Passes MNIST test images (from the model's data folder) through Q and matches categories to digits.
  void labelCategories();

  std::optional<ExplorerModelInfo> model() const;  // nullopt until a model has been applied
  int framesRendered() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace gan
