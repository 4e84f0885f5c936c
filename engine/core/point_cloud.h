#pragma once
// The toy runs' sample picture when no canvas draws it (the CLI's samples.png, the grid slot).
#include <vector>

#include "engine/core/image_batch.h"

namespace gan {

// A 2D point cloud as one image: real points grey, generated points white, on black, over the
// square [−extent, extent]² (y up). xy holds x0, y0, x1, y1, …
ImageBatch renderPointCloud(const std::vector<float>& realXy, const std::vector<float>& fakeXy, int side, float extent);

}  // namespace gan
