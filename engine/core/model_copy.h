#pragma once
// A copy of a run's networks that can leave the trainer thread (torch-free: serialised bytes).
// The latent explorer generates from one of these on its own thread, so it never touches, blocks
// or is broken by the live run.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/train_config.h"

namespace gan {

struct ModelCopy {
  TrainConfig config;
  std::int64_t step = 0;
  std::string networks;  // Variant::saveNetworks, as a LibTorch archive in memory
  // InfoGAN models shipped without Q: category → digit as stored with the model (else empty).
  std::vector<int> categoryToDigit;
  double categoryAccuracy = 0;
};

}  // namespace gan
