#include "engine/data/image_folder.h"

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

namespace gan {

namespace fs = std::filesystem;

namespace {

constexpr int kSide = 28;
constexpr std::uintmax_t kMaxFileBytes = 64u << 20;
constexpr long kMaxPixels = 64L << 20;  // what one decoded picture may take (a 8000 × 8000 photo)
constexpr std::size_t kMaxFiles = 200000;

using Pixels = std::unique_ptr<unsigned char, decltype(&stbi_image_free)>;

// The picture as 28×28 grey bytes, or an empty vector with `why` set.
std::vector<unsigned char> readPicture(const fs::path& path, std::string& why) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return why = "not a regular file", std::vector<unsigned char>{};
  if (fs::file_size(path, error) > kMaxFileBytes) return why = "larger than 64 MiB", std::vector<unsigned char>{};
  std::unique_ptr<FILE, decltype(&std::fclose)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  int width = 0, height = 0, channels = 0;
  if (!file || !stbi_info_from_file(file.get(), &width, &height, &channels))
    return why = "not a picture stb_image reads (" + std::string(stbi_failure_reason() ? stbi_failure_reason() : "?") +
                 ")",
           std::vector<unsigned char>{};
  if (long(width) * long(height) > kMaxPixels) return why = "more than 64 M pixels", std::vector<unsigned char>{};
  Pixels grey(stbi_load_from_file(file.get(), &width, &height, &channels, 1), &stbi_image_free);
  if (!grey) return why = std::string("cannot decode: ") + stbi_failure_reason(), std::vector<unsigned char>{};
  // The centred square, then 28×28.
  const int side = std::min(width, height);
  const unsigned char* corner = grey.get() + std::size_t((height - side) / 2) * std::size_t(width) + (width - side) / 2;
  std::vector<unsigned char> out(kSide * kSide);
  if (side == kSide) {  // already the networks' size: taken as it is (a resampling filter would blur it)
    for (int y = 0; y < kSide; ++y) std::copy_n(corner + std::size_t(y) * std::size_t(width), kSide, &out[y * kSide]);
    return out;
  }
  if (!stbir_resize_uint8(corner, side, side, width, out.data(), kSide, kSide, kSide, 1))
    return why = "cannot resize", std::vector<unsigned char>{};
  return out;
}

}  // namespace

PictureFolder readPictureFolder(const std::string& folder) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) throw std::invalid_argument(folder + ": not a folder");
  std::vector<fs::path> files;
  for (fs::directory_iterator it(folder, error), end; !error && it != end && files.size() < kMaxFiles;
       it.increment(error))
    if (!it->is_directory(error)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  PictureFolder result;
  auto& out = result.report;
  auto& pixels = result.images.pixels;
  for (const auto& file : files) {
    std::string why;
    const auto picture = readPicture(file, why);
    if (picture.empty()) {
      out.skipped.push_back(file.filename().string() + ": " + why);
      continue;
    }
    for (unsigned char value : picture) pixels.push_back(value / 255.0f);
    ++out.used;
  }
  if (out.used == 0)
    throw std::invalid_argument(folder + ": no usable picture (" + std::to_string(files.size()) + " files" +
                                (out.skipped.empty() ? "" : "; " + out.skipped.front()) + ")");
  result.images.count = int(out.used);
  result.images.width = result.images.height = kSide;
  return result;
}

}  // namespace gan
