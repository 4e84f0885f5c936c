#include "engine/core/point_cloud.h"

#include <cmath>

namespace gan {

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

}  // namespace gan
