#pragma once
// Naming InfoGAN's continuous codes by what they do to the digits, from image moments alone (no
// labels, no LibTorch): a code that shears the digits is "slant", one that widens them "width",
// one that adds ink "thickness". Nothing in training says which code learns which, so the names
// are measured on generated images after training, and each named code is oriented so that +
// means forward slant, wider, thicker.
#include <string>
#include <vector>

namespace gan {

// Shape of the ink in one grayscale image (ink in [0, 1], rows top to bottom). Moments are central
// second moments in pixels; y points up, so a digit whose top leans right has slant > 0.
struct ImageMoments {
  double ink = 0;    // mean ink per pixel: stroke thickness for a given digit
  double slant = 0;  // horizontal shift per pixel of height: −μ_xy / μ_yy with rows as y down
  double width = 0;  // horizontal spread once the slant is taken out: √(μ_xx − μ_xy² / μ_yy)
};
ImageMoments imageMoments(const float* ink, int width, int height);

enum class CodeEffect { Slant, Width, Thickness };
constexpr int kCodeEffects = 3;
const char* codeEffectName(CodeEffect effect);

// What moving one code from −2 to +2 did to N generated images: the moments at both ends, image i
// of `low` and `high` sharing z and category.
struct CodeSweepMoments {
  std::vector<ImageMoments> low;
  std::vector<ImageMoments> high;
};

// Effect size of a sweep on one measure: the mean change divided by the measure's spread over all
// the images of the sweep (a standardised mean difference; |d| ≥ 1 is a large effect).
double codeEffectSize(const CodeSweepMoments& sweep, CodeEffect effect);

// A name per code: the effect with the largest |size| above `threshold` that no stronger code took,
// else none (the code keeps its number, c<k>); sign is +1 or −1 so that sign · code moves the named
// measure up.
struct CodeName {
  std::string name;  // "slant", "width", "thickness", or empty: no clear effect
  int sign = 1;
  double effectSize = 0;  // of the named effect, after orienting (≥ 0); 0 when unnamed
};
constexpr double kCodeEffectThreshold = 0.5;
std::vector<CodeName> nameCodes(const std::vector<CodeSweepMoments>& sweeps, double threshold = kCodeEffectThreshold);

}  // namespace gan
