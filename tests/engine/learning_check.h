#pragma once
// Every test that asserts that training learned something goes through these helpers, so that
// tests/run_portability.sh can run them under other CPU kernels and thread counts, tabulate the
// value each one reached against its bound, and run them once more with learning switched off
// (where each must fail: a bound that a frozen network also meets proves nothing).
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>

#include "engine/core/train_config.h"

namespace gan::test {

// GAN_STUDIO_TEST_LEARNING=off: the control run.
inline bool learningSwitchedOff() {
  const char* value = std::getenv("GAN_STUDIO_TEST_LEARNING");
  return value && std::string(value) == "off";
}

// Names the learning rates of the networks whose learning the test asserts; in the control run
// they are set to 0, which freezes those networks and nothing else.
inline void learnsThrough(TrainConfig& config, std::initializer_list<const char*> learningRateKeys) {
  if (!learningSwitchedOff()) return;
  for (const char* key : learningRateKeys) config.hyperparameters[key] = 0.0;
}

// Appends "name<TAB>value<TAB>relation<TAB>bound" to $GAN_STUDIO_LEARNING_REPORT when it is set.
inline void reportLearning(const std::string& name, double value, const char* relation, double bound) {
  const char* path = std::getenv("GAN_STUDIO_LEARNING_REPORT");
  if (!path || !*path) return;
  if (std::FILE* file = std::fopen(path, "a")) {
    std::fprintf(file, "%s\t%.6g\t%s\t%.6g\n", name.c_str(), value, relation, bound);
    std::fclose(file);
  }
}

// Use as CHECK(test::learnedBelow(...)): reports the value and says whether it meets the bound.
inline bool learnedBelow(const std::string& name, double value, double bound) {
  reportLearning(name, value, "<", bound);
  return value < bound;
}
inline bool learnedAbove(const std::string& name, double value, double bound) {
  reportLearning(name, value, ">", bound);
  return value > bound;
}

}  // namespace gan::test
