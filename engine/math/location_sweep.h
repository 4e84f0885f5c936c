#pragma once
// The divergence lab's sweep: Q's shape slid along the line past P, with every divergence at each
// position, to show JS flattening at log 2 while W₁ keeps growing with the distance.
#include <functional>
#include <string>
#include <vector>

#include "engine/math/divergence_report.h"

namespace gan {

struct LocationSweep {
  std::vector<double> shifts;  // Q's location minus P's, one per report
  std::vector<DivergenceReport> reports;
  // One divergence's value at every shift (DivergenceReport::find's keys).
  std::vector<double> values(const std::string& key) const;
};

// Q moved so that its location minus P's goes from −halfRange to +halfRange in `moves` equal moves
// (moves + 1 reports), each by compareContinuous on `cells` quadrature cells. Runs off the UI
// thread; when `cancelled` says so it stops and returns the reports made so far.
LocationSweep sweepLocation(const Distribution1D& p, const Distribution1D& q, double halfRange, int moves, int cells,
                            const std::function<bool()>& cancelled = {});

}  // namespace gan
