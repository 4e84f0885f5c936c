#include "engine/core/png_file.h"

#include <stb/stb_image_write.h>

#include <stdexcept>

#include "engine/core/atomic_file.h"

namespace gan {

void writePng(const std::string& path, const GrayImage& image) {
  writeAtomically(path, [&](const std::string& temp) {
    if (!stbi_write_png(temp.c_str(), image.width, image.height, 1, image.pixels.data(), image.width))
      throw std::runtime_error(path + ": cannot write PNG");
  });
}

}  // namespace gan
