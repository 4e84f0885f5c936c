#pragma once
// The checkpoint file format, for the code that writes and reads it (TrainingSession and the
// torch-free functions of checkpoint.h): a LibTorch archive holding a format tag, the run's
// variant, step and config.json, the session's noise state and data cursor, and the variant's
// networks and optimisers under "model".
#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>

#include "engine/training/checkpoint.h"
#include "engine/variants/variant.h"

namespace gan {

constexpr const char* kCheckpointFormat = "gan-studio-checkpoint-1";

// Writes the header fields openCheckpoint reads: format, variant, step, config.
void writeCheckpointHeader(torch::serialize::OutputArchive& archive, const TrainConfig& config, std::int64_t step);
// Reads the file and its header fields into `info`; throws std::runtime_error naming the file.
void openCheckpoint(const std::string& path, torch::serialize::InputArchive& archive, CheckpointInfo& info);
// The variant stored in an archive that openCheckpoint has already read.
std::unique_ptr<Variant> variantFromArchive(const std::string& path, const CheckpointInfo& info,
                                            torch::serialize::InputArchive& archive);
// A checkpoint's variant with its networks, and what the file says about the run.
std::unique_ptr<Variant> checkpointVariant(const std::string& path, CheckpointInfo& info);
std::int64_t readArchiveInt(torch::serialize::InputArchive& archive, const char* key);
// LibTorch's messages carry a C++ backtrace; the first line is the part a user can act on.
std::string firstLine(const std::string& text);

}  // namespace gan
