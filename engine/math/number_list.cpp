#include "engine/math/number_list.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace gan {

std::vector<double> parseNumberList(const std::string& text, const std::string& what) {
  std::vector<double> values;
  std::stringstream stream(text);
  std::string item;
  while (std::getline(stream, item, ',')) {
    std::size_t used = 0;
    double value = 0;
    try {
      value = std::stod(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != item.size()) throw std::invalid_argument(what + ": '" + item + "' is not a number");
    // NaN and ∞ would pass every later check (comparisons with NaN are false) and poison the sums.
    if (!std::isfinite(value)) throw std::invalid_argument(what + ": '" + item + "' is not a finite number");
    values.push_back(value);
  }
  if (values.empty()) throw std::invalid_argument(what + " is empty");
  return values;
}

std::vector<std::vector<double>> parseCostMatrix(const std::string& text, const std::string& name) {
  std::vector<std::vector<double>> rows;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) rows.push_back(parseNumberList(line, name + " row " + std::to_string(rows.size() + 1)));
  // An empty matrix would silently mean "use |x_i − x_j|"; a file given must hold the costs.
  if (rows.empty()) throw std::invalid_argument("--cost " + name + ": the file holds no cost rows");
  return rows;
}

}  // namespace gan
