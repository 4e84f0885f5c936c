// The math tests' runner: no LibTorch, no runtime set-up, since gan_math links neither.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
