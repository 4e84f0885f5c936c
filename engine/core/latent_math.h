#pragma once
// Building generator inputs by hand, torch-free: the latent explorer's sliders and paths, and
// `gan-studio-cli sample --code`. Latents are plain float vectors laid out as LatentLayout says.
#include <string>
#include <vector>

#include "engine/core/snapshot.h"

namespace gan {

using Latent = std::vector<float>;

// What the user sets: z (layout.noise values), a category (0..categories−1) and the continuous codes,
// oriented as the layout's names say (composeLatent turns them into raw codes).
struct CodeSetting {
  Latent noise;
  int category = 0;
  std::vector<float> codes;
};
// Throws std::invalid_argument when a part does not fit the layout.
Latent composeLatent(const LatentLayout& layout, const CodeSetting& setting);
// `count` latents with continuous code `code` going evenly from `from` to `to`, all else as in `setting`.
std::vector<Latent> sweepCode(const LatentLayout& layout, const CodeSetting& setting, int code, float from, float to,
                              int count);
// A point t ∈ [0, 1] along a path through `points` (t spread evenly over the segments); spherical
// interpolation keeps the norm a Gaussian z typically has, linear cuts through the low-norm middle.
Latent pointOnPath(const std::vector<Latent>& points, double t, bool spherical);
Latent interpolate(const Latent& a, const Latent& b, double t, bool spherical);
// "cat=3,c1=-1.5,slant=0.5" → the setting's category and codes (others stay); a code is named by
// number (c1, c2, …) or by its measured name (LatentLayout::codeNames). Throws with a clear
// message, also for a code beyond ±kCodeSettingLimit.
constexpr double kCodeSettingLimit = 1000;
void parseCodeSetting(const std::string& text, const LatentLayout& layout, CodeSetting& setting);

}  // namespace gan
