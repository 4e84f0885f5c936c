#include "engine/variants/variant_registry.h"

#include <mutex>
#include <sstream>

#include "engine/variants/bigan_variant.h"
#include "engine/variants/ebgan_variant.h"
#include "engine/variants/f_gan_variant.h"
#include "engine/variants/gan_variant.h"
#include "engine/variants/infogan_variant.h"
#include "engine/variants/lsgan_variant.h"
#include "engine/variants/vaegan_variant.h"
#include "engine/variants/variant.h"
#include "engine/variants/wasserstein_variants.h"

namespace gan {

namespace {

const std::vector<RegisteredVariant>& registry() {
  static const std::vector<RegisteredVariant> variants = [] {
    std::vector<RegisteredVariant> list = {
        ganNonSaturatingVariant(), ganMinimaxVariant(), spectralNormGanVariant(),
        wganClipVariant(),         wganGpVariant(),     lsganVariant(),
    };
    for (auto& variant : fGanVariants()) list.push_back(std::move(variant));
    list.push_back(ebganVariant());
    list.push_back(infoganVariant());
    list.push_back(vaeganVariant());
    list.push_back(biganVariant());
    return list;
  }();
  return variants;
}

const RegisteredVariant& findRegistered(const std::string& name) {
  for (const auto& variant : registry())
    if (variant.info.name == name) return variant;
  std::ostringstream known;
  for (const auto& variant : registry()) known << ' ' << variant.info.name;
  throw std::invalid_argument("unknown variant '" + name + "' (known:" + known.str() + ")");
}

// Weight initialisation draws from LibTorch's global generator; serialising it keeps two runs
// built at once (two trainers, a test beside the GUI) from interleaving their draws.
std::mutex& initialisationMutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace

const std::vector<VariantInfo>& variantCatalog() {
  static const std::vector<VariantInfo> catalog = [] {
    std::vector<VariantInfo> infos;
    for (const auto& variant : registry()) infos.push_back(variant.info);
    return infos;
  }();
  return catalog;
}

const VariantInfo& findVariant(const std::string& name) { return findRegistered(name).info; }

std::unique_ptr<Variant> makeVariant(const TrainConfig& config) {
  const auto& entry = findRegistered(config.variant);
  std::lock_guard<std::mutex> lock(initialisationMutex());
  torch::manual_seed(config.seed);
  return entry.make(config);
}

}  // namespace gan
