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

}  // namespace gan
