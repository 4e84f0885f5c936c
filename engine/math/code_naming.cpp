#include "engine/math/code_naming.h"

#include <algorithm>
#include <cmath>

namespace gan {

namespace {

double measure(const ImageMoments& moments, CodeEffect effect) {
  switch (effect) {
    case CodeEffect::Slant: return moments.slant;
    case CodeEffect::Width: return moments.width;
    case CodeEffect::Thickness: return moments.ink;
  }
  return 0;
}

}  // namespace

ImageMoments imageMoments(const float* ink, int width, int height) {
  double mass = 0, sumX = 0, sumY = 0;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const double v = std::max(0.0f, ink[y * width + x]);
      mass += v, sumX += v * x, sumY += v * y;
    }
  ImageMoments moments;
  moments.ink = mass / double(width * height);
  if (mass <= 0) return moments;
  const double cx = sumX / mass, cy = sumY / mass;
  double xx = 0, xy = 0, yy = 0;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const double v = std::max(0.0f, ink[y * width + x]);
      xx += v * (x - cx) * (x - cx), xy += v * (x - cx) * (y - cy), yy += v * (y - cy) * (y - cy);
    }
  xx /= mass, xy /= mass, yy /= mass;
  if (yy > 0) {
    moments.slant = -xy / yy;  // rows grow downwards: a top leaning right has x falling as the row grows
    moments.width = std::sqrt(std::max(0.0, xx - xy * xy / yy));
  } else {
    moments.width = std::sqrt(xx);
  }
  return moments;
}

const char* codeEffectName(CodeEffect effect) {
  switch (effect) {
    case CodeEffect::Slant: return "slant";
    case CodeEffect::Width: return "width";
    case CodeEffect::Thickness: return "thickness";
  }
  return "";
}

double codeEffectSize(const CodeSweepMoments& sweep, CodeEffect effect) {
  const std::size_t n = std::min(sweep.low.size(), sweep.high.size());
  if (n == 0) return 0;
  double change = 0, sum = 0, sumSquares = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double low = measure(sweep.low[i], effect), high = measure(sweep.high[i], effect);
    change += high - low;
    sum += low + high, sumSquares += low * low + high * high;
  }
  const double mean = sum / double(2 * n);
  const double spread = std::sqrt(std::max(0.0, sumSquares / double(2 * n) - mean * mean));
  return spread > 0 ? change / double(n) / spread : 0;
}

std::vector<CodeName> nameCodes(const std::vector<CodeSweepMoments>& sweeps, double threshold) {
  struct Candidate {
    double size;
    std::size_t code;
    CodeEffect effect;
  };
  std::vector<Candidate> candidates;
  for (std::size_t code = 0; code < sweeps.size(); ++code)
    for (int e = 0; e < kCodeEffects; ++e)
      candidates.push_back({codeEffectSize(sweeps[code], CodeEffect(e)), code, CodeEffect(e)});
  // Strongest first, so a code that both slants and widens is named by what it does most, and an
  // effect already named goes to no weaker code.
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return std::fabs(a.size) > std::fabs(b.size); });
  std::vector<CodeName> names(sweeps.size());
  std::vector<bool> named(sweeps.size(), false), effectTaken(kCodeEffects, false);
  for (const auto& candidate : candidates) {
    if (std::fabs(candidate.size) < threshold) break;
    if (named[candidate.code] || effectTaken[int(candidate.effect)]) continue;
    named[candidate.code] = effectTaken[int(candidate.effect)] = true;
    names[candidate.code] = {codeEffectName(candidate.effect), candidate.size < 0 ? -1 : 1, std::fabs(candidate.size)};
  }
  return names;
}

}  // namespace gan
