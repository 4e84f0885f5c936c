#pragma once
// The text forms of the divergence lab's discrete inputs: "0.5,0.1,0.4" and a cost matrix (one
// such row per line). Torch-free; fuzzed (tests/fuzz).
#include <string>
#include <vector>

namespace gan {

// Finite numbers separated by commas. Throws std::invalid_argument naming `what` and the item.
std::vector<double> parseNumberList(const std::string& text, const std::string& what);
// Rows of such lists, one per non-empty line, named "`name` row k" in errors; at least one row.
std::vector<std::vector<double>> parseCostMatrix(const std::string& text, const std::string& name);

}  // namespace gan
