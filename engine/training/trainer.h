#pragma once
// The training engine behind one run, on its own std::thread. Torch-free interface (pimpl):
// commands go in through a mailbox applied between steps (latest wins), snapshots come out by
// value. No lock is held while a step computes; stop() and the destructor never deadlock.
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"

namespace gan {

class Trainer {
 public:
  // Starts the thread, which loads the data and builds the models; progress arrives as events.
  // `config` is completed with defaults (throws std::invalid_argument on bad values).
  explicit Trainer(TrainConfig config);
  ~Trainer();
  Trainer(const Trainer&) = delete;
  Trainer& operator=(const Trainer&) = delete;

  void start();                  // run until paused (also "resume")
  void pause();                  // finish the current step, then wait; cancels requested steps
  void step(int count = 1);      // run `count` more steps, then pause
  void stepPart(StepPart part);  // one step that updates only D or only G (the toy lab's buttons)
  // Slow motion: at least this long between steps while running (0 = full speed). Commands
  // still apply at once.
  void setStepDelay(std::chrono::milliseconds delay);
  void reset();                    // back to step 0 with the current config
  void reset(TrainConfig config);  // back to step 0 with another config / variant
  void stop();                     // end the thread; later commands are ignored
  // Checked against the variant's spec; only live-editable keys. Latest value per key wins.
  // Returns an error message instead of queueing a bad value.
  std::optional<std::string> setHyperparameter(const std::string& key, double value);
  void saveCheckpoint(const std::string& path);
  void loadCheckpoint(const std::string& path);
  // Asks for a copy of the networks as they are between two steps; it arrives as a
  // Snapshot::Kind::Model (an unanswered older one is replaced).
  void requestModel();

  std::vector<Snapshot> drain();  // everything produced since the last drain, in order
  // Waits for the next snapshot (for tests and the CLI; the UI uses drain() on a timer).
  std::optional<Snapshot> waitNext(std::chrono::milliseconds timeout);

  TrainConfig config() const;  // the config of the current run, as last applied
  // Latest applied state and step as seen by the thread (cheap, lock-protected copy).
  TrainerState state() const;
  std::int64_t stepsDone() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace gan
