#pragma once
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/training/trainer.h"

namespace gan::test {

inline std::string mnistDir() { return GAN_STUDIO_TEST_MNIST_DIR; }

// Puts an environment variable back as it was when the scope ends (tests set them to steer lookups).
class ScopedEnvironment {
 public:
  explicit ScopedEnvironment(const char* name) : m_name(name) {
    if (const char* value = std::getenv(name)) m_value = value;
  }
  ~ScopedEnvironment() {
    if (m_value)
      ::setenv(m_name, m_value->c_str(), 1);
    else
      ::unsetenv(m_name);
  }
  ScopedEnvironment(const ScopedEnvironment&) = delete;
  ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

 private:
  const char* m_name;
  std::optional<std::string> m_value;
};

// A fresh empty folder under the system temp dir, named after the test.
inline std::filesystem::path tempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("gan-studio-test-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline TrainConfig smallConfig(const std::string& variant = "gan-ns", std::uint64_t seed = 7) {
  TrainConfig config;
  config.variant = variant;
  config.dataDir = mnistDir();
  config.seed = seed;
  config.hyperparameters["batch_size"] = 16;
  return config;
}

// Only a guard against a hung engine; tests synchronise on the snapshots themselves.
constexpr auto kHangGuard = std::chrono::seconds(300);

}  // namespace gan::test

namespace gan::test {
// Metric rows compare equal when every value is identical: absent matching absent, NaN matching NaN.
inline bool sameValues(const MetricValues& a, const MetricValues& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].has_value() != b[i].has_value()) return false;
    if (a[i] && !(*a[i] == *b[i] || (std::isnan(*a[i]) && std::isnan(*b[i])))) return false;
  }
  return true;
}
// A value that was measured and is finite.
inline bool finite(const MetricValue& value) { return value && std::isfinite(*value); }
}  // namespace gan::test
