#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "engine/math/code_naming.h"

using namespace gan;

namespace {
constexpr int kSide = 28;

// A 3-pixel-wide vertical stroke from row 4 to row 23, sheared so that its top moves `slant`
// pixels right per pixel of height (above the centre row) and widened by `extra` pixels.
std::vector<float> stroke(double slant, int extra = 0) {
  std::vector<float> ink(kSide * kSide, 0.0f);
  for (int row = 4; row < 24; ++row) {
    const double centre = 14 + slant * (13.5 - row);
    for (int dx = -1; dx <= 1 + extra; ++dx) {
      const int x = int(std::lround(centre)) + dx;
      if (x >= 0 && x < kSide) ink[std::size_t(row * kSide + x)] = 1.0f;
    }
  }
  return ink;
}

// Sweep moments for images made at the low and high end by `make(t)`, t ∈ {−1, +1}, with small
// variations so the spread is not zero.
// Two upright strokes `gap` pixels apart (a "U" without its bottom): wider without more ink.
std::vector<float> twoStrokes(int gap, double slant) {
  auto left = stroke(slant), right = stroke(slant);
  std::vector<float> ink(kSide * kSide, 0.0f);
  for (int row = 0; row < kSide; ++row)
    for (int x = 0; x < kSide; ++x) {
      const int fromLeft = x + gap / 2, fromRight = x - (gap - gap / 2);
      float v = 0;
      if (fromLeft >= 0 && fromLeft < kSide) v = std::max(v, left[std::size_t(row * kSide + fromLeft)]);
      if (fromRight >= 0 && fromRight < kSide) v = std::max(v, right[std::size_t(row * kSide + fromRight)]);
      ink[std::size_t(row * kSide + x)] = v;
    }
  return ink;
}

template <typename Make>
CodeSweepMoments sweep(Make make) {
  CodeSweepMoments result;
  for (int i = 0; i < 8; ++i) {
    const auto low = make(-1.0, i), high = make(1.0, i);
    result.low.push_back(imageMoments(low.data(), kSide, kSide));
    result.high.push_back(imageMoments(high.data(), kSide, kSide));
  }
  return result;
}
}  // namespace

TEST_CASE("Image moments read a known shear as slant, forward positive", "[code-naming]") {
  const auto upright = imageMoments(stroke(0).data(), kSide, kSide);
  CHECK(upright.slant == Approx(0).margin(0.02));
  // Top to the right (forward, like /) reads positive; the value is the shear put in.
  CHECK(imageMoments(stroke(0.4).data(), kSide, kSide).slant == Approx(0.4).margin(0.05));
  CHECK(imageMoments(stroke(-0.3).data(), kSide, kSide).slant == Approx(-0.3).margin(0.05));
  // Width is measured with the slant taken out: shearing alone barely changes it, widening does.
  CHECK(imageMoments(stroke(0.4).data(), kSide, kSide).width == Approx(upright.width).epsilon(0.15));
  CHECK(imageMoments(twoStrokes(12, 0).data(), kSide, kSide).width >
        1.5 * imageMoments(twoStrokes(6, 0).data(), kSide, kSide).width);
  // A thicker stroke carries more ink.
  CHECK(imageMoments(stroke(0, 4).data(), kSide, kSide).ink > 2 * upright.ink);
}

TEST_CASE("Codes are named by what they do, and oriented so + means forward slant or wider", "[code-naming]") {
  // c1 slants backwards as it grows (so its sign must be −1); c2 widens; c3 moves nothing.
  const auto backwards = sweep([](double t, int i) { return stroke(-0.3 * t + 0.02 * i); });
  const auto widening = sweep([](double t, int i) { return twoStrokes(t > 0 ? 14 : 8, 0.02 * i); });
  const auto nothing = sweep([](double, int i) { return stroke(0.02 * i); });
  const auto names = nameCodes({backwards, widening, nothing});
  REQUIRE(names.size() == 3);
  CHECK(names[0].name == "slant");
  CHECK(names[0].sign == -1);
  CHECK(names[1].name == "width");
  CHECK(names[1].sign == 1);
  CHECK(names[2].name.empty());
  CHECK(codeEffectSize(nothing, CodeEffect::Slant) == Approx(0).margin(1e-9));
}

TEST_CASE("Two codes that do the same thing do not get the same name", "[code-naming]") {
  const auto strong = sweep([](double t, int i) { return stroke(0.4 * t + 0.02 * i); });
  const auto weak = sweep([](double t, int i) { return stroke(0.2 * t + 0.05 * i); });
  const auto names = nameCodes({weak, strong});
  CHECK(names[1].name == "slant");
  CHECK(names[0].name != "slant");
}
