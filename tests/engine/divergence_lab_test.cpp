#include <catch2/catch.hpp>

#include <cmath>

#include "engine/math/divergence_report.h"
#include "engine/math/f_divergence.h"
#include "engine/math/location_sweep.h"
#include "engine/math/mode_coverage.h"

using namespace gan;

namespace {
const double kLog2 = std::log(2.0);
const std::vector<double> kTutorialP = {0.5, 0.1, 0.4};
const std::vector<double> kTutorialQ = {0.5, 0.0, 0.5};

void checkCoupling(const TransportPlan& plan, const std::vector<double>& p, const std::vector<double>& q,
                   const std::vector<std::vector<double>>& cost) {
  double total = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    double row = 0;
    for (std::size_t j = 0; j < q.size(); ++j) {
      CHECK(plan.mass[i][j] >= 0);
      row += plan.mass[i][j];
      total += plan.mass[i][j] * cost[i][j];
    }
    CHECK(row == Approx(p[i]).margin(1e-9));
  }
  for (std::size_t j = 0; j < q.size(); ++j) {
    double column = 0;
    for (std::size_t i = 0; i < p.size(); ++i) column += plan.mass[i][j];
    CHECK(column == Approx(q[j]).margin(1e-9));
  }
  CHECK(total == Approx(plan.cost).margin(1e-12));
}
}  // namespace

TEST_CASE("The tutorial's earth mover example costs 0.1 times the distance from x2 to x3", "[lab]") {
  const auto report = compareDiscrete(kTutorialP, kTutorialQ, {1, 2, 3});
  CHECK(report.find("wasserstein_1") == Approx(0.1));
  CHECK(report.plan.mass[1][2] == Approx(0.1).margin(1e-9));  // the 0.1 at x2 moves to x3
  const auto stretched = compareDiscrete(kTutorialP, kTutorialQ, {0, 1, 5});
  CHECK(stretched.find("wasserstein_1") == Approx(0.4));
  checkCoupling(stretched.plan, kTutorialP, kTutorialQ, lineCost({0, 1, 5}));
}

TEST_CASE("KL and JS of the tutorial's P and Q match their closed forms and infinity is flagged", "[lab]") {
  const auto report = compareDiscrete(kTutorialP, kTutorialQ);
  CHECK(std::isinf(report.find("kl")));  // Q has no mass at x2 where P has 0.1
  CHECK(report.find("kl_reverse") == Approx(0.5 * std::log(0.5 / 0.4)));
  const double m[] = {0.5, 0.05, 0.45};
  const double js = 0.5 * (0.5 * std::log(0.5 / m[0]) + 0.1 * std::log(0.1 / m[1]) + 0.4 * std::log(0.4 / m[2])) +
                    0.5 * (0.5 * std::log(0.5 / m[0]) + 0.5 * std::log(0.5 / m[2]));
  CHECK(report.find("js") == Approx(js));
  for (const auto& value : report.values) CHECK_FALSE(std::isnan(value.value));
}

TEST_CASE("JS of disjoint supports is log 2 while W tells the tutorial's two predictions apart", "[lab]") {
  const std::vector<double> y1 = {0.4, 0.6, 0, 0, 0}, y2 = {0, 0.4, 0.6, 0, 0}, y = {0, 0, 0, 0.4, 0.6};
  const auto far = compareDiscrete(y1, y), near = compareDiscrete(y2, y);
  CHECK(far.find("js") == Approx(kLog2));
  CHECK(near.find("js") == Approx(kLog2));
  CHECK(far.find("wasserstein_1") == Approx(3.0));
  CHECK(near.find("wasserstein_1") == Approx(2.0));
}

TEST_CASE("W between point masses on the line is their distance, by both solvers", "[lab]") {
  const std::vector<double> p = {1, 0}, q = {0, 1}, x = {-1.25, 2.25};
  CHECK(wassersteinOnLine(p, q, x) == Approx(3.5));
  CHECK(earthMoverPlan(p, q, lineCost(x)).cost == Approx(3.5));
}

TEST_CASE("A general ground cost gives a valid optimal coupling", "[lab]") {
  const std::vector<double> p = {0.2, 0.3, 0.5}, q = {0.6, 0.1, 0.3};
  const std::vector<std::vector<double>> cost = {{0, 4, 1}, {2, 0, 5}, {3, 1, 0}};
  const auto plan = earthMoverPlan(p, q, cost);
  checkCoupling(plan, p, q, cost);
  // No coupling is cheaper: compare with the transport cost of a few hand-made valid couplings.
  const std::vector<std::vector<double>> independent = {{0.12, 0.02, 0.06}, {0.18, 0.03, 0.09}, {0.30, 0.05, 0.15}};
  double independentCost = 0;
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) independentCost += independent[i][j] * cost[i][j];
  CHECK(plan.cost <= independentCost);
  // Diagonal mass stays; q0 still needs 0.4, cheapest from x1 (cost 2) then x2 (cost 3): 0.2·2 + 0.2·3.
  CHECK(plan.cost == Approx(1.0).margin(1e-9));
  CHECK_THROWS_WITH(earthMoverPlan({0.5, 0.4}, {0.5, 0.5}, lineCost({1, 2})), Catch::Contains("P sums to"));
}

TEST_CASE("Normals at 0, 6 and 12: JS saturates at log 2 while W grows linearly", "[lab]") {
  const auto a = parseDistribution("normal:0,1"), b = parseDistribution("normal:6,1"),
             c = parseDistribution("normal:12,1");
  const auto ac = compareContinuous(a, c), bc = compareContinuous(b, c);
  CHECK(ac.find("js") == Approx(kLog2).epsilon(1e-6));
  // Six standard deviations apart the tails still overlap a little: JS = 0.6893, within 0.6% of log 2.
  CHECK(bc.find("js") == Approx(kLog2).epsilon(0.01));
  CHECK(bc.find("js") < ac.find("js"));
  CHECK(ac.find("wasserstein_1") == Approx(12).epsilon(1e-6));
  CHECK(bc.find("wasserstein_1") == Approx(6).epsilon(1e-6));
  // KL between equal-variance normals: (μ1 − μ2)² / 2.
  CHECK(compareContinuous(a, b).find("kl") == Approx(18).epsilon(1e-4));
  CHECK(compareContinuous(a, parseDistribution("normal:0.5,1")).find("wasserstein_1") == Approx(0.5).epsilon(1e-6));
  CHECK_THROWS_WITH(parseDistribution("normal:0"), Catch::Contains("expected normal:MEAN,SD"));
  CHECK_THROWS_WITH(parseDistribution("gamma:1,2"), Catch::Contains("expected normal:MEAN,SD"));
}

TEST_CASE("A uniform far narrower than the grid's cells still gets its exact KL against a normal", "[lab]") {
  const auto normal = parseDistribution("normal:0,1");
  // KL(U(0, w) ‖ N(0, 1)) = −log w + ½ log 2π + E[x²]/2 = −log w + ½ log 2π + w²/6.
  const auto klUniform = [](double w) { return -std::log(w) + 0.5 * std::log(2 * M_PI) + w * w / 6; };
  for (const auto& [text, w] : {std::pair<const char*, double>{"1", 1.0}, {"1e-3", 1e-3}, {"1e-9", 1e-9}}) {
    const auto uniform = parseDistribution(std::string("uniform:0,") + text);
    CHECK(compareContinuous(uniform, normal).find("kl") == Approx(klUniform(w)).epsilon(1e-5));
    CHECK(compareContinuous(normal, uniform).find("kl_reverse") == Approx(klUniform(w)).epsilon(1e-5));
  }
  // W₁(δ₀, N(0, 1)) = E|x| = √(2/π): the narrow uniform is almost a point mass.
  CHECK(compareContinuous(parseDistribution("uniform:0,1e-9"), normal).find("wasserstein_1") ==
        Approx(std::sqrt(2 / M_PI)).epsilon(1e-5));
  // And so are sweeps, which use fewer cells.
  CHECK(compareContinuous(parseDistribution("uniform:0,1e-9"), normal, 200).find("kl") ==
        Approx(klUniform(1e-9)).epsilon(1e-4));
}

TEST_CASE("A subnormal mass counts as zero mass, not as an overflowing ratio", "[lab]") {
  // Found by fuzz_divergence: p/q overflowed to ∞ and reverse KL came out −∞.
  const double subnormal = 4.9e-324;
  CHECK(fDivergenceDiscrete(FDivergence::ReverseKullbackLeibler, {0.5, 0.5}, {1, subnormal}) == Approx(std::log(2.0)));
  CHECK(std::isinf(fDivergenceDiscrete(FDivergence::KullbackLeibler, {0.5, 0.5}, {1, subnormal})));
  // And a ratio that overflows inside f (u log u − (u+1) log(u+1) = ∞ − ∞) where q underflows in
  // a wide normal's far tail: JS stays a number.
  const auto wide = compareContinuous(parseDistribution("mixture:0.5,-4,171"), parseDistribution("normal:1,25"), 200);
  CHECK(wide.find("js") > 0);
  CHECK(wide.find("js") <= std::log(2.0));
}

TEST_CASE("Mode coverage counts modes and high-quality samples on constructed point sets", "[lab]") {
  const std::vector<float> modes = {1, 0, 0, 1, -1, 0, 0, -1};
  std::vector<float> everyMode, oneMode, none;
  for (int k = 0; k < 10; ++k)
    for (std::size_t m = 0; m < 4; ++m) {
      everyMode.push_back(modes[2 * m] + 0.01f);
      everyMode.push_back(modes[2 * m + 1]);
    }
  for (int k = 0; k < 10; ++k) oneMode.insert(oneMode.end(), {0.0f, 1.02f});
  for (int k = 0; k < 10; ++k) none.insert(none.end(), {0.5f, 0.5f});
  const auto all = modeCoverage(everyMode, modes, 0.01);
  CHECK(all.modesCovered == 4);
  CHECK(all.highQualityFraction == Approx(1.0));
  const auto one = modeCoverage(oneMode, modes, 0.01);
  CHECK(one.modesCovered == 1);
  CHECK(one.highQualityFraction == Approx(1.0));
  const auto nothing = modeCoverage(none, modes, 0.01);
  CHECK(nothing.modesCovered == 0);
  CHECK(nothing.highQualityFraction == 0);
}

TEST_CASE("Sliding Q past P: W grows with the distance while JS saturates at log 2", "[lab]") {
  // P = N(0, 1), Q = N(3, 1) slid from 12 below P to 12 above in 24 moves of 1.
  const auto sweep = sweepLocation(parseDistribution("normal:0,1"), parseDistribution("normal:3,1"), 12, 24, 3001);
  REQUIRE(sweep.shifts.size() == 25);
  CHECK(sweep.shifts.front() == -12);
  CHECK(sweep.shifts[12] == Approx(0).margin(1e-12));
  const auto w = sweep.values("wasserstein_1"), js = sweep.values("js");
  for (std::size_t i = 0; i < w.size(); ++i) CHECK(w[i] == Approx(std::fabs(sweep.shifts[i])).margin(1e-3));
  CHECK(js[12] == Approx(0).margin(1e-6));
  CHECK(js.front() == Approx(std::log(2.0)).epsilon(1e-3));
  CHECK(js.back() == Approx(std::log(2.0)).epsilon(1e-3));
}

TEST_CASE("A cancelled sweep stops and returns what it has", "[lab]") {
  int calls = 0;
  const auto sweep = sweepLocation(parseDistribution("normal:0,1"), parseDistribution("normal:0,1"), 12, 96, 301,
                                   [&] { return ++calls > 3; });
  CHECK(sweep.reports.size() == 3);
  CHECK(sweep.shifts.size() == 3);
}

TEST_CASE("Inputs that would give wrong numbers are refused with a message instead", "[lab]") {
  CHECK_THROWS_WITH(parseDistribution("normal:nan,1"), Catch::Contains("not a finite number"));
  CHECK_THROWS_WITH(parseDistribution("normal:0,inf"), Catch::Contains("not a finite number"));
  CHECK_THROWS_WITH(parseDistribution("normal:1e300,1"), Catch::Contains("outside"));
  CHECK_THROWS_WITH(parseDistribution("mixture:0,0,1,0,4,1"), Catch::Contains("positive weight"));
  const std::vector<double> half = {0.5, 0.5};
  CHECK_THROWS_WITH(earthMoverPlan(half, half, {{0, -1}, {1, 0}}), Catch::Contains("negative or not a number"));
  CHECK_THROWS_WITH(earthMoverPlan(half, half, {{0, std::nan("")}, {1, 0}}),
                    Catch::Contains("negative or not a number"));
  const std::vector<double> many(2001, 1.0 / 2001);
  CHECK_THROWS_WITH(earthMoverPlan(many, many, {}), Catch::Contains("at most"));
}
