// The divergence lab's parsers and exact computations: line 1 P, line 2 Q (discrete lists or
// continuous families), line 3 positions, further lines a cost matrix. Every value is a number
// (never NaN), and a transport plan moves exactly P's masses to Q's.
#include <cmath>
#include <stdexcept>

#include "engine/math/divergence_report.h"
#include "engine/math/number_list.h"
#include "tests/fuzz/fuzz_support.h"

namespace {
constexpr std::size_t kMaxPoints = 40;  // keeps an execution fast; the sizes are not what is tested

// Every divergence is ≥ 0, except the GAN row of the f-divergence table: its f(1) = −log 4, so it
// is 2·JS − log 4 ≥ −log 4.
void checkReport(const gan::DivergenceReport& report) {
  for (const auto& value : report.values) {
    const double lowest = value.key == "f:gan" ? -std::log(4.0) : 0.0;
    gan::fuzz::require(!std::isnan(value.value) && value.value >= lowest - 1e-9,
                       value.key + " is a number ≥ its least");
  }
}

void checkPlan(const gan::DivergenceReport& report, const std::vector<double>& p, const std::vector<double>& q) {
  const auto& mass = report.plan.mass;
  gan::fuzz::require(mass.size() == p.size(), "one plan row per point of P");
  double pTotal = 0;
  for (double m : p) pTotal += m;
  for (std::size_t i = 0; i < p.size(); ++i) {
    double row = 0;
    for (double m : mass[i]) row += m;
    gan::fuzz::require(std::fabs(row - p[i] / pTotal) < 1e-6, "plan row sums to P");
  }
  double qTotal = 0;
  for (double m : q) qTotal += m;
  for (std::size_t j = 0; j < q.size(); ++j) {
    double column = 0;
    for (const auto& row : mass) column += row[j];
    gan::fuzz::require(std::fabs(column - q[j] / qTotal) < 1e-6, "plan column sums to Q");
  }
}

void discrete(const std::vector<std::string>& fields) {
  const auto p = gan::parseNumberList(fields[0], "--p"), q = gan::parseNumberList(fields[1], "--q");
  if (p.size() > kMaxPoints) return;
  const auto positions =
      fields.size() > 2 && !fields[2].empty() ? gan::parseNumberList(fields[2], "--x") : std::vector<double>{};
  std::string costText;
  for (std::size_t i = 3; i < fields.size(); ++i) costText += fields[i] + "\n";
  const auto cost = fields.size() > 3 ? gan::parseCostMatrix(costText, "cost") : std::vector<std::vector<double>>{};
  const auto report = gan::compareDiscrete(p, q, positions, cost);
  checkReport(report);
  checkPlan(report, p, q);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto fields = gan::fuzz::lines(gan::fuzz::text(data, size));
  if (fields.size() < 2) return 0;
  try {
    if (fields[0].find(':') != std::string::npos) {
      // A coarse grid: the same code as the lab's 40,001 cells, a hundred times faster.
      checkReport(gan::compareContinuous(gan::parseDistribution(fields[0]), gan::parseDistribution(fields[1]), 200));
    } else {
      discrete(fields);
    }
  } catch (const std::invalid_argument&) {}
  return 0;
}
