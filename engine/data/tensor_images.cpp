#include "engine/data/tensor_images.h"

#include "engine/core/point_cloud.h"

namespace gan {

ImageBatch toImageBatch(const torch::Tensor& images) {
  // One new tensor, then in place: a 100,000-image sample stays one copy, not four.
  auto unit = images.detach().to(torch::kFloat32).add(1.0).mul_(0.5).clamp_(0.0, 1.0).contiguous();
  ImageBatch batch;
  batch.count = static_cast<int>(unit.size(0));
  batch.height = static_cast<int>(unit.size(2));
  batch.width = static_cast<int>(unit.size(3));
  batch.pixels.assign(unit.data_ptr<float>(), unit.data_ptr<float>() + unit.numel());
  return batch;
}

std::vector<float> toFloatVector(const torch::Tensor& tensor) {
  const auto flat = tensor.detach().to(torch::kFloat32).contiguous();
  return std::vector<float>(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
}

ImageBatch renderGenerated(const torch::Tensor& generated, const std::vector<float>& realPreview, int side,
                           float extent) {
  if (generated.dim() == 4) return toImageBatch(generated);
  return renderPointCloud(realPreview, toFloatVector(generated), side, extent);
}

}  // namespace gan
