#include "engine/core/resources.h"

#include <cstdlib>
#include <filesystem>

#ifndef GAN_STUDIO_DEFAULT_DATA_DIR
#define GAN_STUDIO_DEFAULT_DATA_DIR "data"
#endif

namespace fs = std::filesystem;

namespace gan {

namespace {

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : "";
}

// <exe>/../share/gan-studio: an installed or unpacked package finds its own files first, so a
// package extracted with `dpkg -x` into a scratch root runs with what it ships.
std::string besideExecutable() {
  std::error_code error;
  const auto exe = fs::read_symlink("/proc/self/exe", error);
  if (error) return {};
  return (exe.parent_path().parent_path() / "share" / "gan-studio").string();
}

void addIfSet(std::vector<std::string>& folders, const std::string& folder) {
  if (!folder.empty()) folders.push_back(folder);
}

}  // namespace

std::vector<std::string> resourceFolders() {
  std::vector<std::string> folders;
  addIfSet(folders, environment("GAN_STUDIO_RESOURCES"));
  addIfSet(folders, besideExecutable());
  folders.emplace_back(GAN_STUDIO_INSTALLED_RESOURCES);
  folders.emplace_back(GAN_STUDIO_SOURCE_RESOURCES);
  return folders;
}

std::string findResource(const std::string& relativePath) {
  for (const auto& folder : resourceFolders()) {
    const auto path = fs::path(folder) / relativePath;
    std::error_code error;
    if (fs::is_regular_file(path, error)) return path.string();
  }
  return {};
}

std::string dataHome() {
  const std::string xdg = environment("XDG_DATA_HOME");
  if (!xdg.empty() && xdg.front() == '/') return xdg;
  const std::string home = environment("HOME");
  return (home.empty() ? std::string(".") : home) + "/.local/share";
}

std::string userDataFolder() { return dataHome() + "/gan-studio"; }

std::vector<std::string> dataFolders() {
  std::vector<std::string> folders;
  addIfSet(folders, environment("GAN_STUDIO_DATA"));
  folders.push_back(userDataFolder());
  addIfSet(folders, besideExecutable());
  folders.emplace_back(GAN_STUDIO_INSTALLED_RESOURCES);
  folders.emplace_back(GAN_STUDIO_DEFAULT_DATA_DIR);
  return folders;
}

bool hasMnistFiles(const std::string& folder) {
  std::error_code error;
  for (const char* name :
       {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"})
    if (!fs::is_regular_file(fs::path(folder) / name, error)) return false;
  return true;
}

std::string defaultMnistDir() {
  for (const auto& folder : dataFolders())
    if (hasMnistFiles(folder + "/mnist")) return folder + "/mnist";
  const std::string explicitData = environment("GAN_STUDIO_DATA");
  return (explicitData.empty() ? userDataFolder() : explicitData) + "/mnist";
}

}  // namespace gan
