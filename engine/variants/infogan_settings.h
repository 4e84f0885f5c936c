#pragma once
// InfoGAN's hyperparameters: the shared image-model ones at the paper's MNIST settings, the latent
// layout, and the recipe's options, each with the value a saved config from before it existed
// keeps (valueWhenAbsent), so an old run resumes with the recipe it was trained with.
#include <vector>

#include "engine/core/variant_catalog.h"

namespace gan {

std::vector<HyperparameterSpec> infoganHyperparameters();

}  // namespace gan
