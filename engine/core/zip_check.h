#pragma once
// Integrity of a checkpoint's container before LibTorch reads it. LibTorch writes each entry's
// CRC-32 into the zip archive but does not check it on load (pytorch#28858), so a flipped bit in
// tensor data would load silently as a different model. Torch-free (zlib), so it can be fuzzed.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace gan {

// Checks that `bytes` is a zip archive whose every entry (stored, or deflated as LibTorch writes
// its code/ entries) lies inside the file and matches its CRC-32. Zip64 sizes and offsets are read.
// Throws std::runtime_error saying what is wrong (the caller adds the file's name).
// `visit` (if given) sees each entry's name and content (inflated when it was deflated) once its
// CRC matched, and may throw to refuse it.
using ZipVisitor = std::function<void(const std::string& name, std::string_view content)>;
void verifyZipArchive(std::string_view bytes, const ZipVisitor& visit = {});

}  // namespace gan
