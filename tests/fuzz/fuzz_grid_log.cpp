// A grids.log record's contents, damaged: the decoder reads a grid or toy view, or refuses with
// std::runtime_error; never reads past the record or allocates what it does not hold. The
// harness packs the input itself (zlib), so mutations reach the decoder and not only the CRC.
#include <zlib.h>

#include <cstring>
#include <stdexcept>

#include "engine/core/grid_log.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  uLongf packed = compressBound(size);
  std::string payload(4 + packed, '\0');
  const auto unpacked = std::uint32_t(size);
  std::memcpy(payload.data(), &unpacked, 4);
  if (compress(reinterpret_cast<Bytef*>(payload.data() + 4), &packed, data, size) != Z_OK) return 0;
  payload.resize(4 + packed);
  try {
    const auto grid = gan::decodeSamples(payload);
    gan::fuzz::require(grid.images.pixels.size() <= size, "a grid holds no more pixels than its bytes");
  } catch (const std::runtime_error&) {}
  try {
    const auto toy = gan::decodeToy(payload);
    gan::fuzz::require(toy.real.size() * 4 <= size, "a toy view holds no more points than its bytes");
  } catch (const std::runtime_error&) {}
  return 0;
}
