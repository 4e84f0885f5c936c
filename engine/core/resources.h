#pragma once
// Files shipped with GAN Studio (resources/: bundled models), found the same way from the build
// tree and when installed.
#include <string>
#include <vector>

namespace gan {

// The bundled InfoGAN generator (resources/models/), trained by packaging/train_bundled_infogan.sh.
constexpr const char* kBundledInfoganModel = "models/infogan-mnist.pt";

// Where resources are looked for, in order: $GAN_STUDIO_RESOURCES, the installed share/gan-studio
// folder, the source tree's resources/.
std::vector<std::string> resourceFolders();
// The first existing `folder/relativePath`, or empty when none has it.
std::string findResource(const std::string& relativePath);

}  // namespace gan
