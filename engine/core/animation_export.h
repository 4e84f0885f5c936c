#pragma once
// A run's samples as they evolved: its recorded sample grids (grids.log) as an animated GIF
// (giflib) or a numbered PNG sequence, each frame the tiled grid with its step printed below.
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "engine/core/image_batch.h"

namespace gan {

struct AnimationOptions {
  std::int64_t from = 0;                                       // first step, inclusive
  std::int64_t to = std::numeric_limits<std::int64_t>::max();  // last step, inclusive
  double fps = 10;                                             // 0.5 to 50 (GIF delays are in 1/100 s)
  int maxFrames = 2000;  // the recorded grids are thinned evenly to at most this many
};

// The frames as they would be written (tests, and the PNG sequence). Throws
// std::invalid_argument when the run folder holds no grid in the range.
std::vector<GrayImage> animationFrames(const std::string& runFolder, const AnimationOptions& options);
// Write atomically; return the number of frames. Throw std::runtime_error naming the file.
int exportGif(const std::string& runFolder, const std::string& gifPath, const AnimationOptions& options);
int exportPngSequence(const std::string& runFolder, const std::string& outFolder, const AnimationOptions& options);

}  // namespace gan
