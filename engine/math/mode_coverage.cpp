#include "engine/math/mode_coverage.h"

#include <cmath>
#include <limits>

namespace gan {

ModeCoverage modeCoverage(const std::vector<float>& points, const std::vector<float>& modes, double modeStd) {
  ModeCoverage result;
  result.modeCount = static_cast<int>(modes.size() / 2);
  std::vector<bool> covered(std::size_t(result.modeCount), false);
  std::size_t highQuality = 0, count = points.size() / 2;
  for (std::size_t i = 0; i < count; ++i) {
    double best = std::numeric_limits<double>::infinity();
    int nearest = -1;
    for (int m = 0; m < result.modeCount; ++m) {
      const double dx = points[2 * i] - modes[2 * std::size_t(m)],
                   dy = points[2 * i + 1] - modes[2 * std::size_t(m) + 1];
      const double distance = std::sqrt(dx * dx + dy * dy);
      if (distance < best) best = distance, nearest = m;
    }
    if (nearest >= 0 && best <= 3 * modeStd) {
      ++highQuality;
      covered[std::size_t(nearest)] = true;
    }
  }
  for (bool c : covered) result.modesCovered += c;
  result.highQualityFraction = count ? double(highQuality) / double(count) : 0;
  return result;
}

}  // namespace gan
