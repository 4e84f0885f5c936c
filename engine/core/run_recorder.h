#pragma once
// Records a run into its folder on a thread of its own (RunLogWriter), so neither the UI nor the
// CLI's progress loop waits for compression or the disk: take() queues a copy of each snapshot.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"

namespace gan {

class RunRecorder {
 public:
  // Opens the logs at once (throws std::runtime_error naming the file), then writes on its thread.
  RunRecorder(std::string folder, const TrainConfig& config, std::int64_t fromStep);
  ~RunRecorder();  // writes what is queued, syncs, ends the thread
  RunRecorder(const RunRecorder&) = delete;
  RunRecorder& operator=(const RunRecorder&) = delete;

  const std::string& folder() const { return m_folder; }
  void take(const Snapshot& snapshot);  // model copies are not recorded
  // Waits until everything taken so far is written and synced; returns the first write error
  // (a full disk), if any. Training goes on meanwhile.
  std::optional<std::string> flush();

 private:
  struct Impl;
  std::string m_folder;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace gan
