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

TEST_CASE("metrics.csv reads back to the rows it was written from, and damage names the line", "[metrics]") {
  TrainConfig config;
  config.variant = "gan-ns";
  config = withDefaults(config);
  std::vector<MetricsRow> rows(3);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    MetricRow row(findVariant("gan-ns").metrics);
    row.set("loss_d", 0.125 * double(i + 1));
    if (i == 1) row.set("js_estimate", std::numeric_limits<double>::quiet_NaN());
    rows[i].step = std::int64_t(i) + 1;
    rows[i].epoch = 0;
    rows[i].values = row.take();
  }
  const auto csv = metricsCsv(config, rows);
  const auto back = parseMetricsCsv(csv, config, "m.csv");
  REQUIRE(back.size() == 3);
  CHECK(back[2].step == 3);
  CHECK(back[2].values[kLossD] == 0.375);
  CHECK_FALSE(back[2].values[kLossG].has_value());
  CHECK(std::isnan(*back[1].values[metricIndex(findVariant("gan-ns").metrics, "js_estimate")]));
  CHECK(metricsCsv(config, back) == csv);

  const auto header = csv.substr(0, csv.find('\n') + 1);
  CHECK_THROWS_WITH(parseMetricsCsv(header + "1,0,x,,,,\n", config, "m.csv"), Catch::Contains("m.csv line 2"));
  CHECK_THROWS_WITH(parseMetricsCsv(header + "1,0\n", config, "m.csv"), Catch::Contains("2 fields"));
  CHECK_THROWS_WITH(parseMetricsCsv(header + "2,0,,,,,\n1,0,,,,,\n", config, "m.csv"),
                    Catch::Contains("does not follow"));
  CHECK_THROWS_WITH(parseMetricsCsv("step,epoch,no_such\n", config, "m.csv"), Catch::Contains("no_such"));
  CHECK_THROWS_WITH(parseMetricsCsv(header + "-1,0,,,,,\n", config, "m.csv"), Catch::Contains("whole number"));
}
