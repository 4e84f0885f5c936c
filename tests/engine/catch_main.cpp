#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "engine/core/runtime.h"

int main(int argc, char** argv) {
  gan::configureRuntime();  // the same thread settings the apps use
  return Catch::Session().run(argc, argv);
}
