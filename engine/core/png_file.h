#pragma once
// PNG files of grayscale images (sample grids, explorer strips), written atomically.
#include <string>

#include "engine/core/image_batch.h"

namespace gan {

// Throws std::runtime_error naming the file.
void writePng(const std::string& path, const GrayImage& image);

}  // namespace gan
