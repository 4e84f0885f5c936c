#include "engine/core/resources.h"

#include <cstdlib>
#include <filesystem>

namespace gan {

std::vector<std::string> resourceFolders() {
  std::vector<std::string> folders;
  if (const char* env = std::getenv("GAN_STUDIO_RESOURCES")) folders.emplace_back(env);
  folders.emplace_back(GAN_STUDIO_INSTALLED_RESOURCES);
  folders.emplace_back(GAN_STUDIO_SOURCE_RESOURCES);
  return folders;
}

std::string findResource(const std::string& relativePath) {
  for (const auto& folder : resourceFolders()) {
    const auto path = std::filesystem::path(folder) / relativePath;
    std::error_code error;
    if (std::filesystem::is_regular_file(path, error)) return path.string();
  }
  return {};
}

}  // namespace gan
