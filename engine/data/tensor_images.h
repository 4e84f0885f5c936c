#pragma once
// Tensors as the torch-free pictures and point lists that the UI and the files take (ImageBatch,
// float vectors).
#include <torch/torch.h>

#include <vector>

#include "engine/core/image_batch.h"

namespace gan {

// N×1×H×W images in [−1, 1] as unit-range pixels.
ImageBatch toImageBatch(const torch::Tensor& images);
// Any tensor's values, flattened, as floats.
std::vector<float> toFloatVector(const torch::Tensor& tensor);
// Images as they are; 2D points drawn as a `side`-pixel cloud over `realPreview` in [−extent, extent]².
ImageBatch renderGenerated(const torch::Tensor& generated, const std::vector<float>& realPreview, int side,
                           float extent);

}  // namespace gan
