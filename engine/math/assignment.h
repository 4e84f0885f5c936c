#pragma once
// Matching unsupervised categories to labels (InfoGAN's categorical code against digits): the
// one-to-one assignment with the most agreements, solved exactly by LEMON's network simplex.
#include <cstdint>
#include <vector>

namespace gan {

// confusion[i][j]: how often category i met label j (square). Returns, for each category, its label.
std::vector<int> bestAssignment(const std::vector<std::vector<std::int64_t>>& confusion);

struct CategoryMatch {
  std::vector<int> labelOf;  // category → label
  double accuracy = 0;       // fraction of items whose category maps to their label
  std::vector<std::vector<std::int64_t>> confusion;
};
CategoryMatch matchCategories(const std::vector<int>& categories, const std::vector<int>& labels, int classes);

}  // namespace gan
