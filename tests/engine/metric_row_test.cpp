// Metrics by name: a row is filled by key, and "not measured" stays distinct from "broke".
#include "engine/core/metric_row.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "engine/core/metrics_csv.h"
#include "engine/core/train_config.h"

using namespace gan;

TEST_CASE("A metric row is filled by key and leaves what was not measured absent", "[metrics]") {
  const auto& metrics = findVariant("gan-ns").metrics;
  MetricRow row(metrics);
  row.set("loss_g", 0.5);
  row.set("js_estimate", 0.25);
  CHECK_THROWS_AS(row.set("no_such_metric", 1.0), std::logic_error);
  const auto values = row.take();
  REQUIRE(values.size() == metrics.size());
  CHECK(values[kLossG] == 0.5);
  CHECK_FALSE(values[kLossD].has_value());
  CHECK(metricValue(metrics, values, "js_estimate") == 0.25);
  CHECK(metricIndex(metrics, "loss_d") == kLossD);
}

TEST_CASE("metrics.csv writes an absent metric as an empty cell and a broken one as nan", "[metrics]") {
  TrainConfig config;
  config.variant = "gan-ns";
  config = withDefaults(config);
  MetricRow row(findVariant("gan-ns").metrics);
  row.set("loss_d", std::numeric_limits<double>::quiet_NaN());
  row.set("loss_g", 2.0);
  MetricsRow line;
  line.step = 3;
  line.values = row.take();
  const auto csv = metricsCsv(config, {line});
  const auto data = csv.substr(csv.find('\n') + 1);
  // step, epoch, loss_d (broke), loss_g, then d_real, d_fake, js_estimate (not measured).
  CHECK(data == "3,0,nan,2,,,\n");
}
