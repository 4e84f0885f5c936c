#pragma once
// Where GAN Studio finds what it did not write itself: shipped resources (bundled models) and the
// MNIST data. The same lookup works from the build tree, when installed under /usr, and from a
// package unpacked anywhere (paths relative to the running executable).
#include <string>
#include <vector>

namespace gan {

// The bundled InfoGAN generator (resources/models/), trained by packaging/train_bundled_infogan.sh.
constexpr const char* kBundledInfoganModel = "models/infogan-mnist.pt";

// Where resources are looked for, in order: $GAN_STUDIO_RESOURCES, share/gan-studio beside the
// running executable (<exe>/../share/gan-studio), the installed share/gan-studio folder, the
// source tree's resources/.
std::vector<std::string> resourceFolders();
// The first existing `folder/relativePath`, or empty when none has it.
std::string findResource(const std::string& relativePath);

// $XDG_DATA_HOME when it is an absolute path, else ~/.local/share (the XDG base directory rule).
std::string dataHome();
// The user's own data folder, $XDG_DATA_HOME/gan-studio (~/.local/share/gan-studio): where the
// GUI's first-run dialog puts MNIST.
std::string userDataFolder();
// Where data are looked for, in order (`--data` overrides them all): $GAN_STUDIO_DATA, the user's
// data folder, share/gan-studio beside the executable, the installed share/gan-studio, the build
// tree's data/ (packaging/fetch_mnist.sh).
std::vector<std::string> dataFolders();
// The mnist/ folder of the first data folder that has MNIST's training images. When none has
// them: $GAN_STUDIO_DATA/mnist if set, else the user's data folder's mnist/ (where a fetch goes).
std::string defaultMnistDir();
// True when `folder` holds the four MNIST IDX files (names only; the reader checks contents).
bool hasMnistFiles(const std::string& folder);

}  // namespace gan
