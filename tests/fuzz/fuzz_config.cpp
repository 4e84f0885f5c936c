// config.json as a damaged or hand-edited file gives it: read, or refused with std::runtime_error
// or std::invalid_argument; what is read writes back and reads again to the same config.
#include <stdexcept>

#include "engine/core/train_config.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const auto config = gan::withDefaults(gan::configFromJson(gan::fuzz::text(data, size)));
    const auto json = gan::toJson(config);
    gan::fuzz::require(gan::toJson(gan::withDefaults(gan::configFromJson(json))) == json, "config round-trips");
  } catch (const std::runtime_error&) {
  } catch (const std::invalid_argument&) {}
  return 0;
}
