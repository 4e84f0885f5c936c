#pragma once
// Mode coverage on the 2D toys (VEEGAN / PacGAN convention): a sample is high quality if it lies
// within 3 standard deviations of its nearest mode; a mode is covered if it has at least one.
#include <vector>

namespace gan {

struct ModeCoverage {
  int modesCovered = 0;
  int modeCount = 0;
  double highQualityFraction = 0;
};

// points and modes as x0, y0, x1, y1, …
ModeCoverage modeCoverage(const std::vector<float>& points, const std::vector<float>& modes, double modeStd);

}  // namespace gan
