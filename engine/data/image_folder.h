#pragma once
// Training on your own pictures (dataset "folder:PATH"; engine/data/dataset.h turns them into tensors): every PNG,
// JPEG, BMP or GIF in a folder (not its subfolders), read with stb_image, made grayscale, centre-cropped to a square
// and resized to 28×28 (what the networks take). Files that cannot be read are listed, not fatal, unless none is
// usable.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/image_batch.h"

namespace gan {

struct ImageFolderReport {
  std::int64_t used = 0;
  std::vector<std::string> skipped;  // "name: why", in name order
};

struct PictureFolder {
  ImageBatch images;  // 28×28, values in [0, 1]: exactly what the networks will see
  ImageFolderReport report;
};

// Torch-free, so the GUI can preview a folder before training on it. Throws
// std::invalid_argument naming the folder when it is missing or holds no usable image.
PictureFolder readPictureFolder(const std::string& folder);

}  // namespace gan
