#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/core/train_config.h"
#include "engine/core/variant_catalog.h"

using namespace gan;

TEST_CASE("Hyperparameter text is refused unless it is an in-range number", "[config]") {
  const auto& specs = findVariant("gan-ns").hyperparameters;
  const auto* rate = findSpec(specs, "learning_rate_d");
  const auto* batch = findSpec(specs, "batch_size");
  REQUIRE(rate);
  REQUIRE(batch);
  std::string error;
  CHECK(parseHyperparameter(*rate, "2e-4", error) == Approx(2e-4));
  CHECK_FALSE(parseHyperparameter(*rate, "abc", error));
  CHECK_THAT(error, Catch::Contains("learning_rate_d") && Catch::Contains("'abc'"));
  CHECK_FALSE(parseHyperparameter(*rate, "", error));
  CHECK_FALSE(parseHyperparameter(*rate, "0.1x", error));
  CHECK_FALSE(parseHyperparameter(*rate, "5", error));
  CHECK_THAT(error, Catch::Contains("from 0 to 1"));
  CHECK_FALSE(parseHyperparameter(*rate, "-1e-4", error));
  CHECK(parseHyperparameter(*rate, "0", error) == 0.0);  // 0 freezes the network
  CHECK_FALSE(parseHyperparameter(*rate, "nan", error));
  CHECK_FALSE(parseHyperparameter(*batch, "3.5", error));
  CHECK_THAT(error, Catch::Contains("an integer"));
  CHECK(parseHyperparameter(*batch, "128", error) == 128);
}

TEST_CASE("Configs get the variant's published defaults and survive JSON", "[config]") {
  TrainConfig config;
  config.variant = "gan";
  config.seed = 42;
  config = withDefaults(config);
  CHECK(config.value("learning_rate_d") == Approx(2e-4));
  CHECK(config.value("learning_rate_g") == Approx(2e-4));
  CHECK(config.value("beta1") == Approx(0.5));
  CHECK(config.value("beta2") == Approx(0.999));
  CHECK(config.value("batch_size") == 64);
  const auto back = configFromJson(toJson(config));
  CHECK(back.variant == "gan");
  CHECK(back.seed == 42);
  CHECK(back.hyperparameters == config.hyperparameters);
  CHECK_THROWS_WITH(configFromJson("{\"variant\": \"nope\"}"), Catch::Contains("unknown variant 'nope'"));
  config.hyperparameters["batch_size"] = 0;
  CHECK_THROWS_WITH(withDefaults(config), Catch::Contains("batch_size"));
}

TEST_CASE("A config's integers and points out of range are refused, not converted", "[config]") {
  const auto with = [](const std::string& field) { return "{\"variant\": \"gan\", " + field + "}"; };
  CHECK(configFromJson(with("\"seed\": 18446744073709551615")).seed == 18446744073709551615ull);
  CHECK_THROWS_WITH(configFromJson(with("\"sample_every_steps\": 2E50")), Catch::Contains("sample_every_steps"));
  CHECK_THROWS_WITH(configFromJson(with("\"sample_every_steps\": 2.5")), Catch::Contains("must be an integer"));
  CHECK_THROWS_WITH(configFromJson(with("\"seed\": -1")), Catch::Contains("'seed'"));
  CHECK_THROWS_WITH(configFromJson(with("\"seed\": 1e23")), Catch::Contains("'seed'"));
  CHECK_THROWS_WITH(configFromJson(with("\"drawn_points\": [1e300, 0]")), Catch::Contains("drawn_points"));
}

TEST_CASE("The catalog lists the original GAN forms with their metrics", "[config]") {
  CHECK(findVariant("gan").displayName == "GAN (minimax)");
  CHECK(findVariant("gan-ns").displayName == "GAN (non-saturating)");
  const auto& metrics = findVariant("gan-ns").metrics;
  REQUIRE(metrics.size() == 12);
  TrainConfig plain;
  plain = withDefaults(plain);
  CHECK(std::count_if(metrics.begin(), metrics.end(), [&](const MetricInfo& m) { return metricShown(m, plain); }) == 5);
  TrainConfig spectral;
  spectral.variant = "sngan";
  spectral = withDefaults(spectral);
  CHECK(std::count_if(metrics.begin(), metrics.end(), [&](const MetricInfo& m) { return metricShown(m, spectral); }) ==
        8);
  spectral.dataset = "ring";  // toy runs add mode coverage and the true divergences
  CHECK(std::count_if(metrics.begin(), metrics.end(), [&](const MetricInfo& m) { return metricShown(m, spectral); }) ==
        12);
  CHECK_THROWS_WITH(findVariant("wgan-x"), Catch::Contains("known: gan-ns gan"));
}
