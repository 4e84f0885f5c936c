#include "engine/core/image_batch.h"

#include <algorithm>
#include <cmath>

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

}  // namespace gan
