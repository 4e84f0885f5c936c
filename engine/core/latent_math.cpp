#include "engine/core/latent_math.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace gan {

Latent composeLatent(const LatentLayout& layout, const CodeSetting& setting) {
  if (std::int64_t(setting.noise.size()) != layout.noise)
    throw std::invalid_argument("z has " + std::to_string(setting.noise.size()) + " values; the generator takes " +
                                std::to_string(layout.noise));
  if (layout.categories > 0 && (setting.category < 0 || setting.category >= layout.categories))
    throw std::invalid_argument("category " + std::to_string(setting.category) + " is outside 0.." +
                                std::to_string(layout.categories - 1));
  if (int(setting.codes.size()) != layout.continuous)
    throw std::invalid_argument(std::to_string(setting.codes.size()) + " continuous codes given; the generator takes " +
                                std::to_string(layout.continuous));
  Latent latent(setting.noise);
  latent.resize(std::size_t(layout.width()), 0.0f);
  if (layout.categories > 0) latent[std::size_t(layout.noise + setting.category)] = 1.0f;
  for (int code = 0; code < layout.continuous; ++code)
    latent[std::size_t(layout.noise + layout.categories + code)] =
        layout.codeSign(code) * setting.codes[std::size_t(code)];
  return latent;
}

std::vector<Latent> sweepCode(const LatentLayout& layout, const CodeSetting& setting, int code, float from, float to,
                              int count) {
  if (code < 0 || code >= layout.continuous)
    throw std::invalid_argument("no continuous code c" + std::to_string(code + 1));
  std::vector<Latent> latents;
  CodeSetting moved = setting;
  for (int i = 0; i < count; ++i) {
    moved.codes[std::size_t(code)] = count == 1 ? from : from + (to - from) * float(i) / float(count - 1);
    latents.push_back(composeLatent(layout, moved));
  }
  return latents;
}

Latent interpolate(const Latent& a, const Latent& b, double t, bool spherical) {
  if (a.size() != b.size()) throw std::invalid_argument("interpolate: the two latents differ in size");
  Latent out(a.size());
  double wa = 1 - t, wb = t;
  if (spherical) {
    double dot = 0, na = 0, nb = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
      dot += double(a[i]) * b[i], na += double(a[i]) * a[i], nb += double(b[i]) * b[i];
    const double cosine = std::clamp(dot / std::sqrt(std::max(na * nb, 1e-30)), -1.0, 1.0);
    const double omega = std::acos(cosine);
    if (omega > 1e-6) {
      wa = std::sin((1 - t) * omega) / std::sin(omega);
      wb = std::sin(t * omega) / std::sin(omega);
    }
  }
  for (std::size_t i = 0; i < a.size(); ++i) out[i] = float(wa * a[i] + wb * b[i]);
  return out;
}

Latent pointOnPath(const std::vector<Latent>& points, double t, bool spherical) {
  if (points.empty()) throw std::invalid_argument("a path needs at least one point");
  if (points.size() == 1) return points.front();
  const double position = std::clamp(t, 0.0, 1.0) * double(points.size() - 1);
  const std::size_t segment = std::min(points.size() - 2, std::size_t(position));
  return interpolate(points[segment], points[segment + 1], position - double(segment), spherical);
}

namespace {

// "c2" or a measured name ("slant") → the code's index.
int codeIndex(const std::string& key, const LatentLayout& layout) {
  for (int code = 0; code < layout.continuous; ++code)
    if (std::size_t(code) < layout.codeNames.size() && key == layout.codeNames[std::size_t(code)]) return code;
  if (key.size() > 1 && key.size() <= 4 && key[0] == 'c' && std::all_of(key.begin() + 1, key.end(), ::isdigit)) {
    const int index = std::stoi(key.substr(1)) - 1;
    if (index < 0 || index >= layout.continuous)
      throw std::invalid_argument(key + ": this generator has " + std::to_string(layout.continuous) +
                                  " continuous codes (c1..c" + std::to_string(layout.continuous) + ")");
    return index;
  }
  std::string known = "cat=N and c1=…";
  for (const auto& name : layout.codeNames)
    if (!name.empty()) known += ", " + name + "=…";
  throw std::invalid_argument("unknown code '" + key + "' (use " + known + ")");
}

}  // namespace

void parseCodeSetting(const std::string& text, const LatentLayout& layout, CodeSetting& setting) {
  std::stringstream parts(text);
  std::string part;
  while (std::getline(parts, part, ',')) {
    const auto equals = part.find('=');
    if (equals == std::string::npos)
      throw std::invalid_argument("code '" + part + "' is not key=value (e.g. cat=3,c1=-1.5)");
    const std::string key = part.substr(0, equals), value = part.substr(equals + 1);
    double number = 0;
    try {
      std::size_t used = 0;
      number = std::stod(value, &used);
      if (used != value.size() || !std::isfinite(number)) throw std::invalid_argument(value);
    } catch (const std::exception&) {
      throw std::invalid_argument("code " + key + ": '" + value + "' is not a number");
    }
    // Codes are trained on [−1, 1] and swept over [−2, 2]; far beyond, a float overflows.
    if (std::fabs(number) > kCodeSettingLimit)
      throw std::invalid_argument("code " + key + "=" + value + " is out of range (-" +
                                  std::to_string(int(kCodeSettingLimit)) + " to " +
                                  std::to_string(int(kCodeSettingLimit)) + ")");
    if (key == "cat") {
      if (layout.categories == 0) throw std::invalid_argument("this generator has no categorical code (cat=)");
      if (number != std::floor(number) || number < 0 || number >= layout.categories)
        throw std::invalid_argument("cat=" + value + " must be a whole number in 0.." +
                                    std::to_string(layout.categories - 1));
      setting.category = int(number);
    } else {
      setting.codes[std::size_t(codeIndex(key, layout))] = float(number);
    }
  }
}

}  // namespace gan
