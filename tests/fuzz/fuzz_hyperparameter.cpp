// --set and the hyperparameter form: line 1 a key, line 2 the value's text. A value the parser
// accepts is one the range check accepts too, for every variant that has the key.
#include "engine/core/variant_catalog.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto fields = gan::fuzz::lines(gan::fuzz::text(data, size));
  if (fields.size() < 2) return 0;
  for (const auto& variant : gan::variantCatalog()) {
    const auto* spec = gan::findSpec(variant.hyperparameters, fields[0]);
    if (!spec) continue;
    std::string error;
    const auto value = gan::parseHyperparameter(*spec, fields[1], error);
    if (value) {
      gan::fuzz::require(!gan::checkHyperparameter(*spec, *value), "a parsed value passes its range check");
    } else {
      gan::fuzz::require(!error.empty(), "a refused value says why");
    }
  }
  return 0;
}
