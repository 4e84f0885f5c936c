#include "engine/math/assignment.h"

#include <lemon/list_graph.h>
#include <lemon/network_simplex.h>

#include <stdexcept>

namespace gan {

std::vector<int> bestAssignment(const std::vector<std::vector<std::int64_t>>& confusion) {
  const std::size_t n = confusion.size();
  for (const auto& row : confusion)
    if (row.size() != n) throw std::invalid_argument("assignment: the confusion matrix must be square");
  // A transport problem with unit supplies: its optimal basic solution is a permutation.
  lemon::ListDigraph graph;
  std::vector<lemon::ListDigraph::Node> rows, columns;
  for (std::size_t i = 0; i < n; ++i) rows.push_back(graph.addNode());
  for (std::size_t j = 0; j < n; ++j) columns.push_back(graph.addNode());
  lemon::ListDigraph::ArcMap<std::int64_t> cost(graph);
  lemon::ListDigraph::NodeMap<std::int64_t> supply(graph);
  std::vector<std::vector<lemon::ListDigraph::Arc>> arcs(n);
  for (std::size_t i = 0; i < n; ++i) {
    supply[rows[i]] = 1;
    supply[columns[i]] = -1;
    for (std::size_t j = 0; j < n; ++j) {
      arcs[i].push_back(graph.addArc(rows[i], columns[j]));
      cost[arcs[i].back()] = -confusion[i][j];
    }
  }
  lemon::NetworkSimplex<lemon::ListDigraph, std::int64_t, std::int64_t> simplex(graph);
  simplex.costMap(cost).supplyMap(supply);
  if (simplex.run() != decltype(simplex)::OPTIMAL) throw std::runtime_error("assignment: no optimal matching found");
  std::vector<int> labelOf(n, -1);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (simplex.flow(arcs[i][j]) == 1) labelOf[i] = static_cast<int>(j);
  return labelOf;
}

CategoryMatch matchCategories(const std::vector<int>& categories, const std::vector<int>& labels, int classes) {
  if (categories.size() != labels.size()) throw std::invalid_argument("matchCategories: one label per category needed");
  CategoryMatch match;
  match.confusion.assign(std::size_t(classes), std::vector<std::int64_t>(std::size_t(classes), 0));
  for (std::size_t k = 0; k < labels.size(); ++k) {
    if (categories[k] < 0 || categories[k] >= classes || labels[k] < 0 || labels[k] >= classes)
      throw std::invalid_argument("matchCategories: a category or label is outside 0.." + std::to_string(classes - 1));
    ++match.confusion[std::size_t(categories[k])][std::size_t(labels[k])];
  }
  match.labelOf = bestAssignment(match.confusion);
  std::int64_t agreed = 0;
  for (int i = 0; i < classes; ++i)
    agreed += match.confusion[std::size_t(i)][std::size_t(match.labelOf[std::size_t(i)])];
  match.accuracy = labels.empty() ? 0 : double(agreed) / double(labels.size());
  return match;
}

}  // namespace gan
