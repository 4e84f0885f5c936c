#include "engine/math/location_sweep.h"

namespace gan {

std::vector<double> LocationSweep::values(const std::string& key) const {
  std::vector<double> out;
  out.reserve(reports.size());
  for (const auto& report : reports) out.push_back(report.find(key));
  return out;
}

LocationSweep sweepLocation(const Distribution1D& p, const Distribution1D& q, double halfRange, int moves, int cells,
                            const std::function<bool()>& cancelled) {
  LocationSweep sweep;
  const double offset = q.location() - p.location();
  for (int i = 0; i <= moves; ++i) {
    if (cancelled && cancelled()) break;
    const double shift = -halfRange + 2 * halfRange * i / moves;
    sweep.shifts.push_back(shift);
    sweep.reports.push_back(compareContinuous(p, q.shifted(shift - offset), cells));
  }
  return sweep;
}

}  // namespace gan
