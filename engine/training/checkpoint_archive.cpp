#include "engine/training/checkpoint_archive.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

#include "engine/core/module_code_check.h"
#include "engine/core/zip_check.h"
#include "engine/variants/image_model_variant.h"
#include "engine/variants/variant_registry.h"

namespace gan {

constexpr std::uintmax_t kMaxCheckpointBytes = std::uintmax_t(2) << 30;

static std::string readString(torch::serialize::InputArchive& archive, const char* key) {
  c10::IValue value;
  archive.read(key, value);
  return value.toStringRef();
}
std::int64_t readArchiveInt(torch::serialize::InputArchive& archive, const char* key) {
  c10::IValue value;
  archive.read(key, value);
  return value.toInt();
}

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

void writeCheckpointHeader(torch::serialize::OutputArchive& archive, const TrainConfig& config, std::int64_t step) {
  archive.write("format", c10::IValue(std::string(kCheckpointFormat)));
  archive.write("variant", c10::IValue(config.variant));
  archive.write("step", c10::IValue(step));
  archive.write("config", c10::IValue(toJson(config)));
}

// What only a generator-only file holds; a full checkpoint has none of it.
static void readModelLabels(torch::serialize::InputArchive& archive, CheckpointInfo& info) {
  c10::IValue value;
  info.generatorOnly = archive.try_read("generator_only", value) && value.toBool();
  torch::Tensor mapping;
  if (archive.try_read("category_to_digit", mapping)) {
    const auto ints = mapping.to(torch::kInt64).contiguous();
    for (std::int64_t i = 0; i < ints.numel(); ++i) {
      const auto digit = ints.data_ptr<std::int64_t>()[i];
      if (digit < 0 || digit > 9) throw std::runtime_error("category_to_digit holds " + std::to_string(digit));
      info.categoryToDigit.push_back(int(digit));
    }
  }
  // The explorer indexes its ten digit buttons with it: anything but a permutation of 0–9 is damage.
  auto sorted = info.categoryToDigit;
  std::sort(sorted.begin(), sorted.end());
  if (!sorted.empty() && (sorted.size() != 10 || std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()))
    throw std::runtime_error("category_to_digit is not a one-to-one match of 10 categories to 10 digits");
  if (archive.try_read("category_accuracy", value)) info.categoryAccuracy = value.toDouble();
  if (!(info.categoryAccuracy >= 0 && info.categoryAccuracy <= 1))
    throw std::runtime_error("category_accuracy is not a fraction");
}

// The whole file, checked: a regular file of sane size whose zip entries match their CRCs.
static std::string readVerifiedArchive(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error))
    throw std::runtime_error(path + ": cannot open checkpoint (" +
                             (std::filesystem::exists(path, error) ? "not a regular file" : "no such file") + ")");
  if (std::filesystem::file_size(path, error) > kMaxCheckpointBytes)
    throw std::runtime_error(path + ": larger than any checkpoint (over 2 GiB)");
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw std::runtime_error(path + ": cannot read checkpoint");
  verifyZipArchive(bytes, verifyCheckpointEntry);
  return bytes;
}

void openCheckpoint(const std::string& path, torch::serialize::InputArchive& archive, CheckpointInfo& info) {
  try {
    std::istringstream bytes(readVerifiedArchive(path));
    archive.load_from(bytes);
    if (readString(archive, "format") != kCheckpointFormat) throw std::runtime_error("unknown format version");
    info.variant = readString(archive, "variant");
    info.step = readArchiveInt(archive, "step");
    info.config = configFromJson(readString(archive, "config"));
    // Everything after this trusts the variant's name: an unknown or inconsistent one is damage.
    findVariant(info.variant);
    if (info.config.variant != info.variant)
      throw std::runtime_error("it names variant " + info.variant + " but its config says " + info.config.variant);
    if (info.step < 0) throw std::runtime_error("negative step count");
    readModelLabels(archive, info);
  } catch (const std::exception& e) {
    const std::string what = firstLine(e.what());
    if (what.rfind(path, 0) == 0) throw;  // already names the file (missing, too large)
    throw std::runtime_error(path + ": not a GAN Studio checkpoint, or damaged (" + what + ")");
  }
}

std::unique_ptr<Variant> variantFromArchive(const std::string& path, const CheckpointInfo& info,
                                            torch::serialize::InputArchive& archive) {
  auto variant = makeVariant(info.config);
  try {
    torch::serialize::InputArchive model;
    archive.read("model", model);
    if (!info.generatorOnly) {
      variant->load(model);
    } else if (auto* imageModel = dynamic_cast<ImageModelVariant*>(variant.get())) {
      imageModel->loadGenerator(model);
    } else {
      throw std::runtime_error("a generator-only file needs an image model");
    }
  } catch (const std::exception& e) {
    throw std::runtime_error(path + ": damaged checkpoint (" + firstLine(e.what()) + ")");
  }
  return variant;
}

std::unique_ptr<Variant> checkpointVariant(const std::string& path, CheckpointInfo& info) {
  torch::serialize::InputArchive archive;
  openCheckpoint(path, archive, info);
  return variantFromArchive(path, info, archive);
}

}  // namespace gan
