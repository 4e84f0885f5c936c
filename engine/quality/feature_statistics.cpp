#include "engine/quality/feature_statistics.h"

#include <stdexcept>

namespace gan {

namespace {

torch::Tensor covariance(const torch::Tensor& x, const torch::Tensor& mean) {
  const auto centred = x - mean;
  return centred.t().mm(centred) / double(x.size(0) - 1);
}

// The symmetric square root of a symmetric positive semi-definite matrix (negative round-off
// eigenvalues clamped to zero).
torch::Tensor symmetricSqrt(const torch::Tensor& matrix) {
  const auto [values, vectors] = torch::linalg::eigh(matrix, "L");
  return vectors.mm(torch::diag(values.clamp_min(0).sqrt())).mm(vectors.t());
}

void requireFeatures(const torch::Tensor& real, const torch::Tensor& fake, std::int64_t minimum) {
  if (real.dim() != 2 || fake.dim() != 2 || real.size(1) != fake.size(1))
    throw std::invalid_argument("feature sets must be [N, d] with the same d");
  if (real.size(0) < minimum || fake.size(0) < minimum)
    throw std::invalid_argument("at least " + std::to_string(minimum) + " samples are needed on each side");
}

// (x·y / d + 1)³, the kernel KID uses.
torch::Tensor cubicKernel(const torch::Tensor& x, const torch::Tensor& y) {
  return (x.mm(y.t()) / double(x.size(1)) + 1).pow(3);
}

double unbiasedMmd(const torch::Tensor& x, const torch::Tensor& y) {
  const double m = double(x.size(0)), n = double(y.size(0));
  const auto kxx = cubicKernel(x, x), kyy = cubicKernel(y, y), kxy = cubicKernel(x, y);
  const double xx = (kxx.sum() - kxx.diagonal().sum()).item<double>() / (m * (m - 1));
  const double yy = (kyy.sum() - kyy.diagonal().sum()).item<double>() / (n * (n - 1));
  return xx + yy - 2 * kxy.mean().item<double>();
}

// Distance from each row of `points` to its k-th nearest other row.
torch::Tensor kthNeighbourRadius(const torch::Tensor& points, int k) {
  std::vector<torch::Tensor> radii;
  for (std::int64_t start = 0; start < points.size(0); start += 1000) {
    const auto block = points.slice(0, start, std::min(points.size(0), start + 1000));
    // k + 1: the nearest row is the point itself, at distance 0.
    radii.push_back(std::get<0>(torch::cdist(block, points).topk(k + 1, 1, false)).select(1, k));
  }
  return torch::cat(radii);
}

// Share of `queries` inside at least one ball (centre `centres[i]`, radius `radii[i]`).
double shareInside(const torch::Tensor& queries, const torch::Tensor& centres, const torch::Tensor& radii) {
  std::int64_t inside = 0;
  for (std::int64_t start = 0; start < queries.size(0); start += 1000) {
    const auto block = queries.slice(0, start, std::min(queries.size(0), start + 1000));
    inside += (torch::cdist(block, centres) <= radii.unsqueeze(0)).any(1).sum().item<std::int64_t>();
  }
  return double(inside) / double(queries.size(0));
}

// For each query, how many balls hold it; and for each ball, whether some query is inside.
std::pair<torch::Tensor, torch::Tensor> ballMembership(const torch::Tensor& queries, const torch::Tensor& centres,
                                                       const torch::Tensor& radii) {
  std::vector<torch::Tensor> counts;
  auto hit = torch::zeros({centres.size(0)}, torch::kBool);
  for (std::int64_t start = 0; start < queries.size(0); start += 1000) {
    const auto block = queries.slice(0, start, std::min(queries.size(0), start + 1000));
    const auto inside = torch::cdist(block, centres) <= radii.unsqueeze(0);
    counts.push_back(inside.sum(1));
    hit = hit.logical_or(inside.any(0));
  }
  return {torch::cat(counts), hit};
}

}  // namespace

DensityCoverage densityCoverage(const torch::Tensor& realFeatures, const torch::Tensor& fakeFeatures, int k) {
  requireFeatures(realFeatures, fakeFeatures, k + 1);
  const auto real = realFeatures.to(torch::kFloat), fake = fakeFeatures.to(torch::kFloat);
  const auto [counts, hit] = ballMembership(fake, real, kthNeighbourRadius(real, k));
  return {counts.to(torch::kDouble).mean().item<double>() / k, hit.to(torch::kDouble).mean().item<double>()};
}

double frechetDistance(const torch::Tensor& realFeatures, const torch::Tensor& fakeFeatures) {
  requireFeatures(realFeatures, fakeFeatures, 2);
  const auto real = realFeatures.to(torch::kDouble), fake = fakeFeatures.to(torch::kDouble);
  const auto muReal = real.mean(0), muFake = fake.mean(0);
  const auto covReal = covariance(real, muReal), covFake = covariance(fake, muFake);
  // Tr((Σr Σf)^½) = Tr((Σr^½ Σf Σr^½)^½), whose argument is symmetric.
  const auto rootReal = symmetricSqrt(covReal);
  const auto middle = rootReal.mm(covFake).mm(rootReal);
  const auto eigenvalues = torch::linalg::eigvalsh(0.5 * (middle + middle.t()), "L");
  const double traceRoot = eigenvalues.clamp_min(0).sqrt().sum().item<double>();
  return (muReal - muFake).pow(2).sum().item<double>() + covReal.trace().item<double>() +
         covFake.trace().item<double>() - 2 * traceRoot;
}

double kernelInceptionDistance(const torch::Tensor& realFeatures, const torch::Tensor& fakeFeatures, int subsets,
                               std::int64_t subsetSize, std::uint64_t seed) {
  requireFeatures(realFeatures, fakeFeatures, 2);
  // Scaled so the real features have unit variance per dimension on average: the cubic kernel
  // then sees correlations near [−1, 1] and KID reads on the scale the literature reports.
  const auto scale = realFeatures.to(torch::kDouble).var(0).mean().sqrt().clamp_min(1e-12);
  const auto real = realFeatures.to(torch::kDouble) / scale, fake = fakeFeatures.to(torch::kDouble) / scale;
  const auto size = std::min({subsetSize, real.size(0), fake.size(0)});
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  double total = 0;
  for (int s = 0; s < subsets; ++s) {
    const auto realPick = torch::randperm(real.size(0), generator, torch::kLong).slice(0, 0, size);
    const auto fakePick = torch::randperm(fake.size(0), generator, torch::kLong).slice(0, 0, size);
    total += unbiasedMmd(real.index_select(0, realPick), fake.index_select(0, fakePick));
  }
  return total / subsets;
}

PrecisionRecall precisionRecall(const torch::Tensor& realFeatures, const torch::Tensor& fakeFeatures, int k) {
  requireFeatures(realFeatures, fakeFeatures, k + 1);
  const auto real = realFeatures.to(torch::kFloat), fake = fakeFeatures.to(torch::kFloat);
  return {shareInside(fake, real, kthNeighbourRadius(real, k)), shareInside(real, fake, kthNeighbourRadius(fake, k))};
}

}  // namespace gan
