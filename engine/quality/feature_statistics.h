#pragma once
// Distances between two sets of classifier features, the way the literature defines them:
// Fréchet distance (FID's formula), KID (unbiased MMD² with the cubic polynomial kernel) and
// precision / recall of k-nearest-neighbour balls (Kynkäänniemi et al. 2019, k = 3).
#include <torch/torch.h>

namespace gan {

// Features are [N, d]; computed in double precision.
double frechetDistance(const torch::Tensor& real, const torch::Tensor& fake);
// Averaged over `subsets` random subsets of at most `subsetSize` of each (KID's usual protocol), on
// features scaled by the real features' typical standard deviation.
double kernelInceptionDistance(const torch::Tensor& real, const torch::Tensor& fake, int subsets = 10,
                               std::int64_t subsetSize = 1000, std::uint64_t seed = 1);
struct PrecisionRecall {
  double precision = 0;  // share of fakes inside some real's k-NN ball
  double recall = 0;     // share of reals inside some fake's k-NN ball
};
PrecisionRecall precisionRecall(const torch::Tensor& real, const torch::Tensor& fake, int k = 3);
// Density and coverage (Naeem et al. 2020, k = 5): the mean number of real k-NN balls a fake lies
// in, over k (about 1 for one distribution; robust to real outliers, whose large balls can make
// precision high for off-manifold samples), and the share of real balls holding a fake.
struct DensityCoverage {
  double density = 0;
  double coverage = 0;
};
DensityCoverage densityCoverage(const torch::Tensor& real, const torch::Tensor& fake, int k = 5);

}  // namespace gan
