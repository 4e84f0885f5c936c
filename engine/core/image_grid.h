#pragma once
// Torch-free image buffers: the sample grid crosses from the trainer thread to the UI and the
// CLI as one of these, and is tiled and saved here.
#include <cstdint>
#include <string>
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
// A 2D point cloud as one image: real points grey, generated points white, on black, over the
// square [−extent, extent]² (y up). xy holds x0, y0, x1, y1, …
ImageBatch renderPointCloud(const std::vector<float>& realXy, const std::vector<float>& fakeXy, int side, float extent);
// Atomic PNG write; throws std::runtime_error.
void writePng(const std::string& path, const GrayImage& image);

}  // namespace gan
