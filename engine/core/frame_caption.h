#pragma once
// "step 1234" printed under a frame of an exported animation, in a 5×7 pixel font of its own
// (digits and the few letters it needs), so the engine needs no font library.
#include <string>

#include "engine/core/image_batch.h"

namespace gan {

// `image` with a strip below it holding `text` (digits, space and "step"; other characters are
// left blank), white on black, centred.
GrayImage withCaption(const GrayImage& image, const std::string& text);

}  // namespace gan
