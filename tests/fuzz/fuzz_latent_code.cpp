// `sample --code` and the explorer's code text: parsed into a setting, then a latent with every
// entry finite (a code beyond the limit is refused, never turned into inf).
#include <cmath>
#include <stdexcept>

#include "engine/core/latent_math.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gan::LatentLayout layout;
  layout.noise = 62;
  layout.categories = 10;
  layout.continuous = 2;
  layout.codeNames = {"slant", ""};
  layout.codeSigns = {-1, 1};
  gan::CodeSetting setting;
  setting.noise.assign(62, 0.5f);
  setting.codes.assign(2, 0.0f);
  try {
    gan::parseCodeSetting(gan::fuzz::text(data, size), layout, setting);
    const auto latent = gan::composeLatent(layout, setting);
    gan::fuzz::require(latent.size() == std::size_t(layout.width()), "latent has the layout's width");
    for (float value : latent) gan::fuzz::require(std::isfinite(value), "latent entries are finite");
    gan::fuzz::require(setting.category >= 0 && setting.category < layout.categories, "category in range");
  } catch (const std::invalid_argument&) {}
  return 0;
}
