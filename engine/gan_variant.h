#pragma once
#include "variant.h"

namespace gan {

RegisteredVariant ganMinimaxVariant();        // "gan"
RegisteredVariant ganNonSaturatingVariant();  // "gan-ns"

}  // namespace gan
