// The IDX reader (MNIST's format), gzip-packed or not: refuses with IdxError or returns an array
// whose data are exactly its dims multiplied out.
#include "engine/data/idx_file.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const auto array = gan::decodeIdx("fuzz.idx", std::vector<std::uint8_t>(data, data + size));
    std::uint64_t expected = 1;
    for (auto dim : array.dims) expected *= dim;
    gan::fuzz::require(array.data.size() == expected, "data size is the product of the dims");
  } catch (const gan::IdxError&) {}
  return 0;
}
