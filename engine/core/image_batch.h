#pragma once
// Torch-free image buffers: the sample grid crosses from the trainer thread to the UI and the
// CLI as one of these.
#include <cstdint>
#include <vector>

namespace gan {

struct ImageBatch {
  int count = 0;
  int width = 0;
  int height = 0;
  std::vector<float> pixels;  // count × height × width, values in [0, 1]

  float at(int image, int y, int x) const { return pixels[(std::size_t(image) * height + y) * width + x]; }
};

struct GrayImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // row-major
};

std::uint8_t toByte(float unit);
// Tiles `batch` into `columns` columns with `padding` pixels of mid-grey between images.
GrayImage tileImages(const ImageBatch& batch, int columns, int padding = 2);

}  // namespace gan
