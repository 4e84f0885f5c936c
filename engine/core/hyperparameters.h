#pragma once
// Torch-free: the GUI's hyperparameter panel and the CLI's --set both read these specs,
// so one table decides names, ranges and which values may change mid-run.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gan {

struct HyperparameterSpec {
  std::string key;    // e.g. "learning_rate_d": the CLI and config.json name
  std::string label;  // e.g. "D learning rate": the GUI name
  double defaultValue = 0;
  double minimum = 0;
  double maximum = 0;
  bool isInteger = false;
  bool liveEditable = false;  // may change while training runs (applied between steps)
  std::string help;
  std::string onlyWith;  // "toy": only meaningful (and shown) for the 2D toy datasets
  // What a saved config without this key meant (the key came later and its default differs from
  // the behaviour before it), so older checkpoints keep loading as what they were.
  std::optional<double> valueWhenAbsent;
};

using Hyperparameters = std::map<std::string, double>;

// Parses and range-checks one value. Returns the value, or fills `error` with a message that
// names the key, the text and the accepted range.
std::optional<double> parseHyperparameter(const HyperparameterSpec& spec, const std::string& text, std::string& error);
std::optional<std::string> checkHyperparameter(const HyperparameterSpec& spec, double value);

const HyperparameterSpec* findSpec(const std::vector<HyperparameterSpec>& specs, const std::string& key);

}  // namespace gan
