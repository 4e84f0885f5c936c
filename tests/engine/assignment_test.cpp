// Matching categories to labels (InfoGAN's accuracy, the explorer's labelling): exact math only.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "engine/math/assignment.h"

using namespace gan;

TEST_CASE("Category matching finds the best permutation and its accuracy", "[infogan]") {
  // Category i mostly holds digit (i + 3) mod 4; 14 of 20 items agree under that matching.
  const std::vector<std::vector<std::int64_t>> confusion = {{0, 1, 0, 4}, {4, 0, 1, 0}, {0, 3, 0, 1}, {1, 0, 3, 2}};
  CHECK(bestAssignment(confusion) == std::vector<int>{3, 0, 1, 2});
  std::vector<int> categories, labels;
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j)
      for (std::int64_t k = 0; k < confusion[std::size_t(i)][std::size_t(j)]; ++k) {
        categories.push_back(i);
        labels.push_back(j);
      }
  const auto match = matchCategories(categories, labels, 4);
  CHECK(match.labelOf == std::vector<int>{3, 0, 1, 2});
  CHECK(match.accuracy == Approx(14.0 / 20.0));
  CHECK_THROWS_AS(matchCategories({0, 4}, {0, 1}, 4), std::invalid_argument);
}
