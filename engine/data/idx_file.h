#pragma once
// Reader and writer for the IDX format MNIST ships in. Torch-free so it can be fuzzed and
// reused by the CLI. Only unsigned-byte data (type 0x08), the only type MNIST uses.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace gan {

struct IdxArray {
  std::vector<std::uint32_t> dims;
  std::vector<std::uint8_t> data;  // row-major, dims multiplied out
};

// Thrown for a missing, truncated or corrupt file; the message starts with the file name.
class IdxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The largest IDX file read, packed or unpacked (MNIST's largest is 47 MB): bigger input is refused
// before it can exhaust memory.
constexpr std::uint64_t kMaxIdxBytes = std::uint64_t(512) << 20;

// Regular files only. `expectedRank` > 0 demands that rank; `expectedInnerDims` (if not empty) the
// dims after the first.
IdxArray readIdx(const std::string& path, std::size_t expectedRank = 0,
                 const std::vector<std::uint32_t>& expectedInnerDims = {});
IdxArray parseIdx(const std::string& name, const std::vector<std::uint8_t>& bytes, std::size_t expectedRank = 0,
                  const std::vector<std::uint32_t>& expectedInnerDims = {});

// parseIdx for bytes that may be gzip-packed (inflated up to what the header promises).
IdxArray decodeIdx(const std::string& name, const std::vector<std::uint8_t>& bytes, std::size_t expectedRank = 0,
                   const std::vector<std::uint32_t>& expectedInnerDims = {});

// Written atomically (temp file + rename).
void writeIdx(const std::string& path, const IdxArray& array);

}  // namespace gan
