#pragma once
#include "engine/variants/variant.h"

namespace gan {

RegisteredVariant lsganVariant();  // "lsgan" (Mao et al. 2017)

}  // namespace gan
