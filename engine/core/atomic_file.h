#pragma once
#include <functional>
#include <string>

namespace gan {

// Writes `bytes` to `path` through a temp file in the same folder and a rename, so a crash or a
// full disk never leaves a half-written file under the real name. Throws std::runtime_error.
void writeFileAtomically(const std::string& path, const std::string& bytes);

// Same, for writers that want a path: `write(tempPath)` must create the file.
void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& write);

}  // namespace gan
