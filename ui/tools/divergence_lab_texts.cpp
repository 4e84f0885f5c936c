#include "ui/tools/divergence_lab_texts.h"

#include <QCoreApplication>

#include "engine/math/f_divergence.h"
#include "ui/engine_text.h"

namespace gan::ui {

const std::vector<LabPreset>& labPresets() {
  static const std::vector<LabPreset> list = {
      {QT_TRANSLATE_NOOP("DivergenceLab", "Tutorial js_div: ŷ1 = [0.4, 0.6, 0, 0, 0] vs y"),
       {0.4, 0.6, 0, 0, 0},
       {0, 0, 0, 0.4, 0.6},
       {1, 2, 3, 4, 5},
       "",
       "",
       QT_TRANSLATE_NOOP(
           "DivergenceLab",
           "The tutorial says: JS(ŷ1, y) = log 2 ≈ 0.693147, the same as for ŷ2 although ŷ2 is closer. W tells them "
           "apart.")},
      {QT_TRANSLATE_NOOP("DivergenceLab", "Tutorial js_div: ŷ2 = [0, 0.4, 0.6, 0, 0] vs y"),
       {0, 0.4, 0.6, 0, 0},
       {0, 0, 0, 0.4, 0.6},
       {1, 2, 3, 4, 5},
       "",
       "",
       QT_TRANSLATE_NOOP(
           "DivergenceLab",
           "The tutorial says: JS(ŷ2, y) = log 2 ≈ 0.693147 — no gradient towards y, while W drops from 3 to 2.")},
      {QT_TRANSLATE_NOOP("DivergenceLab", "Tutorial earth mover: P = [0.5, 0.1, 0.4], Q = [0.5, 0, 0.5]"),
       {0.5, 0.1, 0.4},
       {0.5, 0, 0.5},
       {1, 2, 3},
       "",
       "",
       QT_TRANSLATE_NOOP(
           "DivergenceLab",
           "The tutorial says: W = 0.1 · D(x2, x3) — move the 0.1 at x2 to x3 (here D = 1, so W = 0.1).")},
      {QT_TRANSLATE_NOOP("DivergenceLab", "Tutorial normals: N(0, 1) vs N(12, 1)"),
       {},
       {},
       {},
       "normal:0,1",
       "normal:12,1",
       QT_TRANSLATE_NOOP("DivergenceLab", "The tutorial says: JS(A, C) ≈ log 2 and W(A, C) = 12.")},
      {QT_TRANSLATE_NOOP("DivergenceLab", "Tutorial normals: N(6, 1) vs N(12, 1)"),
       {},
       {},
       {},
       "normal:6,1",
       "normal:12,1",
       QT_TRANSLATE_NOOP(
           "DivergenceLab",
           "The tutorial says: JS(B, C) ≈ log 2 (as for A, C) but W(B, C) = 6: only W sees that B is closer.")},
  };
  return list;
}

// Each divergence's definition, shown beside its value (f-divergences from the shared table).
QString formulaOf(const std::string& key) {
  if (key == "kl") return QStringLiteral("KL(P‖Q) = Σ p log(p/q)");
  if (key == "kl_reverse") return QStringLiteral("KL(Q‖P) = Σ q log(q/p)");
  if (key == "js")
    return QCoreApplication::translate("DivergenceLab", "JS = ½ KL(P‖M) + ½ KL(Q‖M), M = (P + Q)/2; at most log 2");
  if (key == "wasserstein_1")
    return QCoreApplication::translate("DivergenceLab", "W₁ = min over couplings γ of Σ γ(i, j)·|x_i − x_j|");
  for (const auto& info : fDivergences())
    if (key == "f:" + info.key)
      return QStringLiteral("D_f = Σ q f(p/q), f(u) = %1").arg(QString::fromStdString(info.generatorF));
  return {};
}

QString divergenceName(const std::string& name) {
  const std::string prefix = "D_f ";  // engine/math/divergence_report.cpp: "D_f " + the f-divergence's name
  if (name.rfind(prefix, 0) == 0) return QString::fromStdString(prefix) + engineText(name.substr(prefix.size()));
  return QString::fromStdString(name);
}

}  // namespace gan::ui
