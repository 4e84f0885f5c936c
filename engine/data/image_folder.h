#pragma once
// Training on your own pictures: every PNG, JPEG, BMP or GIF in a folder (not its subfolders),
// read with stb_image, made grayscale, centre-cropped to a square and resized to 28×28 (what the
// networks take). Files that cannot be read are listed, not fatal, unless none is usable.
#include <memory>
#include <string>
#include <vector>

#include "engine/data/dataset.h"

namespace gan {

struct ImageFolderReport {
  std::int64_t used = 0;
  std::vector<std::string> skipped;  // "name: why", in name order
};

// Throws std::invalid_argument naming the folder when it is missing or holds no usable image.
std::shared_ptr<const Dataset> loadImageFolder(const std::string& folder, ImageFolderReport* report = nullptr);

}  // namespace gan
