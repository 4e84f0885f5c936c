#pragma once
#include "engine/variants/variant.h"

namespace gan {

RegisteredVariant ganMinimaxVariant();        // "gan"
RegisteredVariant ganNonSaturatingVariant();  // "gan-ns"
RegisteredVariant spectralNormGanVariant();   // "sngan": gan-ns with spectral normalisation on

}  // namespace gan
