#pragma once
// Every dataset a run can train on, torch-free: MNIST's images, and the 2D toy distributions with
// how far the canvas reaches and (for the mixtures) the modes and their standard deviation, which
// mode coverage measures against. Code asks isImageDataset(), never compares names.
#include <string>
#include <vector>

namespace gan {

constexpr const char* kMnistDataset = "mnist";
constexpr const char* kFashionDataset = "fashion";  // Fashion-MNIST: ten kinds of clothing, MNIST's format
constexpr const char* kFolderPrefix = "folder:";    // "folder:PATH": the pictures in a folder of one's own
inline bool isFolderDataset(const std::string& name) { return name.rfind(kFolderPrefix, 0) == 0; }
inline std::string folderOf(const std::string& name) { return name.substr(std::string(kFolderPrefix).size()); }
constexpr const char* kDrawnDataset = "drawn";  // the points the user drew on the canvas

// Images train convolutional networks and show a sample grid; toys train MLPs on 2D points and
// show the canvas.
enum class DatasetKind { Images, Toy };
DatasetKind datasetKind(const std::string& name);
inline bool isImageDataset(const std::string& name) { return datasetKind(name) == DatasetKind::Images; }

struct ToyDatasetInfo {
  std::string name;          // "ring", "grid", "moons", "spiral", "line"
  std::string displayName;   // "2D: ring of 8 Gaussians"
  float extent = 1.6f;       // the canvas shows [−extent, extent]²
  double modeStd = 0;        // 0: not a mixture of Gaussians (no mode coverage)
  std::vector<float> modes;  // x0, y0, x1, y1, …
};

const std::vector<ToyDatasetInfo>& toyDatasets();
constexpr std::size_t kMinimumDrawnPoints = 10;                 // "drawn": the user's own points, from the config
const ToyDatasetInfo* findToyDataset(const std::string& name);  // nullptr for an image dataset
// The image datasets, then every toy (folder:PATH is known too, without being listed); throws
// std::invalid_argument listing them for an unknown name.
const std::vector<std::string>& datasetNames();
// Where Fashion-MNIST's IDX files are: $GAN_STUDIO_FASHION_DATA, else Debian's dataset-fashion-mnist
// (/usr/share/datasets/fashion-mnist).
std::string fashionMnistDir();
void requireKnownDataset(const std::string& name);

}  // namespace gan
