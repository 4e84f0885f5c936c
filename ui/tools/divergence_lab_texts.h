#pragma once
// The divergence lab's texts: the tutorial's examples as one-click presets (with what the tutorial
// says about each), and each divergence's definition shown beside its value.
#include <QString>
#include <string>
#include <vector>

namespace gan::ui {

struct LabPreset {
  const char* name;
  std::vector<double> p, q, x;  // discrete presets: the masses and their positions
  const char* pContinuous;      // continuous presets: P and Q as parseDistribution reads them
  const char* qContinuous;
  const char* tutorialSays;
};

const std::vector<LabPreset>& labPresets();
QString formulaOf(const std::string& key);  // empty for an unknown key
// A divergence report's name for display: the f-divergence names translated.
QString divergenceName(const std::string& name);

}  // namespace gan::ui
