#include "engine/variants/f_gan_variant.h"

#include "engine/math/f_divergence_formulas.h"
#include "engine/variants/two_player_variant.h"

namespace gan {

namespace {

struct TensorMath {
  using T = torch::Tensor;
  static T exp(const T& x) { return torch::exp(x); }
  static T log(const T& x) { return torch::log(x); }
  static T expm1(const T& x) { return torch::expm1(x); }
  static T sqrt(const T& x) { return torch::sqrt(x); }
  static T tanh(const T& x) { return torch::tanh(x); }
  static T abs(const T& x) { return torch::abs(x); }
  static T sign(const T& x) { return torch::sign(x); }
  static T pow(const T& x, double y) { return torch::pow(x, y); }
  static T softplus(const T& x) { return torch::softplus(x); }
  static T clampMin(const T& x, double low) { return torch::clamp_min(x, low); }
  static T lambertW0OfExp(const T& a) { return gan::lambertW0OfExp(a); }
  static T detach(const T& x) { return x.detach(); }
};

std::string formulaOf(const FDivergenceInfo& info) {
  return "V<sub>f</sub>(G,D) = E<sub>x~P<sub>data</sub></sub>[g<sub>f</sub>(D(x))] − "
         "E<sub>z</sub>[f*(g<sub>f</sub>(D(G(z))))]<br>f(u) = " +
         info.generatorF + "<br>g<sub>f</sub>(v) = " + info.activation + "<br>f*(t) = " + info.conjugate +
         ", dom f*: " + info.domain;
}

class FGan : public TwoPlayerVariant {
 public:
  FGan(const TrainConfig& config, const FDivergenceInfo& info)
      : TwoPlayerVariant(config, CriticNormalization::Batch, OptimizerKind::Adam),
        m_kind(info.kind),
        m_parameter(info.parameterKey.empty() ? 0.0 : config.value(info.parameterKey)),
        m_generatorTrick(config.value("generator_trick") != 0) {}

  void setHyperparameter(const std::string& key, double value) override {
    TwoPlayerVariant::setHyperparameter(key, value);
    if (key == "generator_trick") m_generatorTrick = value != 0;
  }

 protected:
  CriticOutcome criticLoss(const torch::Tensor& real, const torch::Tensor& fake, torch::Generator&) override {
    const auto objective = fGanObjective(m_kind, m_critic->forward(real), m_critic->forward(fake), m_parameter);
    return {-objective, {{"divergence_estimate", objective.item<double>()}}};
  }

  torch::Tensor generatorLoss(const torch::Tensor& fakeScores) override {
    // G minimises V_f, whose G-dependent part is −E[f*(g_f(v))]; the trick maximises E[g_f(v)]
    // instead, which has the same fixed point and stronger early gradients.
    if (m_generatorTrick) return -fActivation(m_kind, fakeScores, m_parameter).mean();
    return -fConjugateOfActivation(m_kind, fakeScores, m_parameter).mean();
  }

 private:
  FDivergence m_kind;
  double m_parameter;
  bool m_generatorTrick;
};

RegisteredVariant fGanVariant(const FDivergenceInfo& divergence) {
  VariantInfo info;
  info.name = "fgan-" + divergence.key;
  info.displayName = "f-GAN: " + divergence.name;
  info.explanation =
      "f-GAN (Nowozin et al. 2016) generalises the GAN game to any f-divergence D_f(P‖Q) = Σ q f(p/q). "
      "By Fenchel duality D_f ≥ E_P[T] − E_Q[f*(T)] for every critic T, with equality at T* = f'(p/q). "
      "So D, through the output activation g_f that keeps T in the domain of f*, maximises this "
      "lower bound and its value on a batch estimates D_f(P_data‖P_G); G minimises it. "
      "This one uses the " +
      divergence.name + " divergence.";
  info.formula = formulaOf(divergence);
  info.hyperparameters = commonHyperparameters(CommonDefaults{});
  info.hyperparameters.push_back({"generator_trick", "G maximises E[g_f] (0/1)", 1, 0, 1, true, true,
                                  "1: G maximises E[g_f(D(G(z)))] (the paper's trick); 0: G minimises the exact "
                                  "V_f term −E[f*(g_f(D(G(z))))]"});
  if (!divergence.parameterKey.empty())
    info.hyperparameters.push_back({divergence.parameterKey, divergence.parameterKey == "alpha" ? "α" : "π",
                                    divergence.parameterDefault, divergence.parameterMin, divergence.parameterMax,
                                    false, false, "Parameter of the divergence"});
  info.metrics = variantMetrics({{"divergence_estimate", divergence.name + " estimate", "Divergence estimate", ""}});
  if (divergence.upper >= divergence.lower) {
    info.guides.push_back({"Divergence estimate", divergence.upper, "upper bound"});
    info.guides.push_back({"Divergence estimate", divergence.lower, "lower bound"});
  }
  info.guides.push_back({"Spectral norm σ", 1.0, "1"});
  const FDivergenceInfo copy = divergence;
  return {info, [copy](const TrainConfig& config) { return std::make_unique<FGan>(config, copy); }};
}

}  // namespace

torch::Tensor lambertW0OfExp(const torch::Tensor& a) {
  torch::NoGradGuard noGrad;
  const auto x = a.to(torch::kFloat64);
  // Start at e^a where it is small and at the asymptote a − log a beyond; Newton then converges
  // in a handful of steps on this increasing, concave function.
  auto w = torch::where(x > 1, x - torch::log(x.clamp_min(1.0)), torch::exp(x.clamp_max(1.0)));
  for (int i = 0; i < 30; ++i) {
    const auto step = (w + torch::log(w) - x) / (1 + 1 / w);
    w = torch::where(w - step > 0, w - step, w / 2);
  }
  return w.to(a.scalar_type());
}

torch::Tensor fActivation(FDivergence kind, const torch::Tensor& v, double parameter) {
  return formulas::activation<TensorMath>(kind, v, parameter);
}

torch::Tensor fConjugateOfActivation(FDivergence kind, const torch::Tensor& v, double parameter) {
  return formulas::conjugateOfActivation<TensorMath>(kind, v, parameter);
}

torch::Tensor fGanObjective(FDivergence kind, const torch::Tensor& realScores, const torch::Tensor& fakeScores,
                            double parameter) {
  return fActivation(kind, realScores, parameter).mean() - fConjugateOfActivation(kind, fakeScores, parameter).mean();
}

std::vector<RegisteredVariant> fGanVariants() {
  std::vector<RegisteredVariant> variants;
  for (const auto& divergence : fDivergences()) variants.push_back(fGanVariant(divergence));
  return variants;
}

}  // namespace gan
