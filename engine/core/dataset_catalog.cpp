#include "engine/core/dataset_catalog.h"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace gan {

namespace {
std::vector<ToyDatasetInfo> buildToys() {
  // Ring: 8 Gaussians on the unit circle, std 0.01; grid: 25 at {−4, −2, 0, 2, 4}², std 0.05
  // (the VEEGAN / PacGAN conventions).
  ToyDatasetInfo ring{"ring", "2D: ring of 8 Gaussians", 1.6f, 0.01, {}};
  for (int k = 0; k < 8; ++k) {
    ring.modes.push_back(float(std::cos(2 * M_PI * k / 8)));
    ring.modes.push_back(float(std::sin(2 * M_PI * k / 8)));
  }
  ToyDatasetInfo grid{"grid", "2D: grid of 25 Gaussians", 5.5f, 0.05, {}};
  for (int i = -2; i <= 2; ++i)
    for (int j = -2; j <= 2; ++j) {
      grid.modes.push_back(float(2 * i));
      grid.modes.push_back(float(2 * j));
    }
  return {ring,
          grid,
          {"moons", "2D: two moons", 2.0f, 0, {}},
          {"spiral", "2D: spiral", 1.6f, 0, {}},
          {"line", "2D: a line segment", 1.6f, 0, {}},
          {kDrawnDataset, "2D: your drawing", 1.6f, 0, {}}};
}
}  // namespace

const std::vector<ToyDatasetInfo>& toyDatasets() {
  static const std::vector<ToyDatasetInfo> toys = buildToys();
  return toys;
}

const ToyDatasetInfo* findToyDataset(const std::string& name) {
  for (const auto& toy : toyDatasets())
    if (toy.name == name) return &toy;
  return nullptr;
}

DatasetKind datasetKind(const std::string& name) {
  return findToyDataset(name) ? DatasetKind::Toy : DatasetKind::Images;
}

const std::vector<std::string>& datasetNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list = {kMnistDataset, kFashionDataset};
    for (const auto& toy : toyDatasets()) list.push_back(toy.name);
    return list;
  }();
  return names;
}

std::string fashionMnistDir() {
  if (const char* dir = std::getenv("GAN_STUDIO_FASHION_DATA"); dir && *dir) return dir;
  return "/usr/share/datasets/fashion-mnist";
}

void requireKnownDataset(const std::string& name) {
  if (isFolderDataset(name)) {
    if (folderOf(name).empty())
      throw std::invalid_argument("dataset folder: needs a path, e.g. folder:/home/me/pictures");
    return;
  }
  for (const auto& known : datasetNames())
    if (known == name) return;
  std::string list;
  for (const auto& known : datasetNames()) list += " " + known;
  throw std::invalid_argument("unknown dataset '" + name + "' (known:" + list + ")");
}

}  // namespace gan
