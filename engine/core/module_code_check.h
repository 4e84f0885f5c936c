#pragma once
// LibTorch's checkpoint archives carry TorchScript source (code/*.py) that its loader compiles:
// a damaged or crafted file reaches the TorchScript compiler, which crashes on inputs the fuzzer
// found. Files LibTorch writes for our modules use a tiny subset of that language: attribute
// declarations only. This check lets exactly that subset through, so the compiler only ever sees
// declarations of the kind it wrote itself. Torch-free.
#include <string>
#include <string_view>

namespace gan {

// Throws std::runtime_error naming the entry and line when `text` (the content of the archive
// entry `entry`) is anything but LibTorch's attribute declarations of a module:
//   class Module(Module):
//     __parameters__ = ["weight", "bias", ]      (and __buffers__)
//     __annotations__ = []
//     __annotations__["0"] = __torch__.___torch_mangle_2.Module
//     step : int                                  (Tensor, bool, int, float, str, Tuple[…], a Module)
void verifyModuleCode(const std::string& entry, std::string_view text);

// The same for every code/*.py entry of a checkpoint archive; other entries pass. For
// verifyZipArchive's visitor.
void verifyCheckpointEntry(const std::string& name, std::string_view content);

}  // namespace gan
