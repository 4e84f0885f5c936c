// The checkpoint reader: a file from disk, damaged. It is read (and sampled from) or refused with
// std::runtime_error / std::invalid_argument naming the file. The custom mutator mutates the bytes,
// then rewrites every zip entry's CRC-32 to match, so most inputs get past the integrity check
// into LibTorch's unpickler and the networks' checks behind it.
#include <unistd.h>
#include <zlib.h>

#include <cstring>
#include <fstream>
#include <stdexcept>

#include "engine/core/runtime.h"
#include "engine/training/checkpoint.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t maxSize);

namespace {

std::uint32_t read32(const std::uint8_t* at) { return at[0] | at[1] << 8 | at[2] << 16 | std::uint32_t(at[3]) << 24; }
std::uint16_t read16(const std::uint8_t* at) { return std::uint16_t(at[0] | at[1] << 8); }
void write32(std::uint8_t* at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) at[i] = std::uint8_t(value >> (8 * i));
}

// Every stored entry's CRC-32, in its local header and its central-directory entry, made to match
// its data again (entries are matched by their local header's offset).
void fixCrcs(std::uint8_t* data, std::size_t size) {
  for (std::size_t at = 0; at + 46 <= size; ++at) {
    if (read32(data + at) != 0x02014b50) continue;
    const std::uint32_t local = read32(data + at + 42);
    const std::size_t stored = read32(data + at + 20);
    if (read16(data + at + 10) != 0 || local + std::size_t(30) > size || read32(data + local) != 0x04034b50) continue;
    const std::size_t start = local + std::size_t(30) + read16(data + local + 26) + read16(data + local + 28);
    if (start > size || stored > size - start) continue;
    const auto crc = std::uint32_t(crc32_z(crc32_z(0, Z_NULL, 0), data + start, stored));
    write32(data + at + 16, crc);
    write32(data + local + 14, crc);
  }
}

std::string scratchPath() {
  return (std::getenv("TMPDIR") ? std::string(std::getenv("TMPDIR")) : std::string("/tmp")) + "/fuzz-checkpoint-" +
         std::to_string(::getpid()) + ".pt";
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t maxSize,
                                               unsigned int /*seed*/) {
  size = LLVMFuzzerMutate(data, size, maxSize);
  fixCrcs(data, size);
  return size;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  gan::configureRuntime(1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = scratchPath();
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), std::streamsize(size));
  try {
    const auto info = gan::readCheckpointInfo(path);
    const auto images = gan::sampleCheckpoint(path, 2, 1);
    gan::fuzz::require(images.count == 2 || info.config.dataset != "mnist", "two samples from an image model");
  } catch (const std::runtime_error& e) {
    gan::fuzz::require(std::strstr(e.what(), path.c_str()) != nullptr, "the error names the file");
  } catch (const std::invalid_argument&) {}
  return 0;
}
