#pragma once
// The one list of variants: makeVariant() builds any of them from a config, and the catalog of
// core/variant_catalog.h (variantCatalog(), findVariant()) is read from the same list. Adding a
// variant: one new file and one line in registry().
#include <memory>

#include "engine/variants/variant.h"

namespace gan {

// Builds the run's variant (weights initialised from config.seed); throws std::invalid_argument
// listing the known names for an unknown variant.
std::unique_ptr<Variant> makeVariant(const TrainConfig& config);

}  // namespace gan
