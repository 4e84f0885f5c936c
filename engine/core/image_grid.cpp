#include "engine/core/image_grid.h"

#include <stb/stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "engine/core/atomic_file.h"

namespace gan {

std::uint8_t toByte(float unit) {
  return static_cast<std::uint8_t>(std::lround(std::clamp(unit, 0.0f, 1.0f) * 255.0f));
}

GrayImage tileImages(const ImageBatch& batch, int columns, int padding) {
  GrayImage out;
  if (batch.count == 0 || columns < 1) return out;
  const int rows = (batch.count + columns - 1) / columns;
  out.width = columns * batch.width + (columns + 1) * padding;
  out.height = rows * batch.height + (rows + 1) * padding;
  out.pixels.assign(std::size_t(out.width) * out.height, 128);
  for (int i = 0; i < batch.count; ++i) {
    const int x0 = padding + (i % columns) * (batch.width + padding);
    const int y0 = padding + (i / columns) * (batch.height + padding);
    for (int y = 0; y < batch.height; ++y)
      for (int x = 0; x < batch.width; ++x)
        out.pixels[std::size_t(y0 + y) * out.width + x0 + x] = toByte(batch.at(i, y, x));
  }
  return out;
}

ImageBatch renderPointCloud(const std::vector<float>& realXy, const std::vector<float>& fakeXy, int side,
                            float extent) {
  ImageBatch image;
  image.count = 1;
  image.width = image.height = side;
  image.pixels.assign(std::size_t(side) * side, 0.0f);
  auto plot = [&](const std::vector<float>& xy, float shade) {
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
      const int x = int(std::floor((xy[i] + extent) / (2 * extent) * side));
      const int y = int(std::floor((extent - xy[i + 1]) / (2 * extent) * side));
      for (int dy = 0; dy < 2; ++dy)
        for (int dx = 0; dx < 2; ++dx)
          if (x + dx >= 0 && x + dx < side && y + dy >= 0 && y + dy < side)
            image.pixels[std::size_t(y + dy) * side + x + dx] = shade;
    }
  };
  plot(realXy, 0.45f);
  plot(fakeXy, 1.0f);
  return image;
}

void writePng(const std::string& path, const GrayImage& image) {
  writeAtomically(path, [&](const std::string& temp) {
    if (!stbi_write_png(temp.c_str(), image.width, image.height, 1, image.pixels.data(), image.width))
      throw std::runtime_error(path + ": cannot write PNG");
  });
}

}  // namespace gan
