#pragma once
// The one pattern both engine threads (Trainer, LatentExplorer) use: a worker thread that owns
// its heavy state alone, and a small `Shared` struct (the commands waiting for it, and what it
// reports back) that other threads touch only through this class, under one lock.
//
// Callers post() changes to Shared: a later value simply overwrites an earlier one, so the
// worker always sees the latest command. The worker takes everything pending in one go between
// two pieces of work and then runs them with no lock held, so a caller never waits for a step
// or a render. Torch-free and header-only.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace gan {

template <typename Shared>
class WorkerThread {
 public:
  WorkerThread() = default;
  WorkerThread(const WorkerThread&) = delete;
  WorkerThread& operator=(const WorkerThread&) = delete;
  ~WorkerThread() { stop(); }

  // Starts the worker running `body` (which loops on waitAndTake until it returns false).
  template <typename Body>
  void start(Body body) {
    m_thread = std::thread(std::move(body));
  }

  // Any thread: changes the shared state under the lock, then wakes whoever waits on it.
  template <typename Change>
  void post(Change change) {
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      change(m_shared);
    }
    m_changed.notify_all();
  }

  // Any thread: reads (or takes from) the shared state under the lock.
  template <typename Read>
  auto with(Read read) {
    std::lock_guard<std::mutex> lock(m_mutex);
    return read(m_shared);
  }
  template <typename Read>
  auto with(Read read) const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return read(m_shared);
  }

  // Worker: blocks until `ready(shared)` holds or stop() is called; then, still under the lock,
  // `take(shared)` moves the pending work out. Returns false when the worker must end.
  template <typename Ready, typename Take>
  bool waitAndTake(Ready ready, Take take) {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopping || ready(m_shared); });
    if (m_stopping) return false;
    take(m_shared);
    return true;
  }

  // Worker: sleeps up to `timeout`, waking early when `ready(shared)` holds or on stop()
  // (slow motion that never holds back a command).
  template <typename Ready>
  void sleepFor(std::chrono::milliseconds timeout, Ready ready) {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait_for(lock, timeout, [&] { return m_stopping || ready(m_shared); });
  }

  // Another thread: waits up to `timeout` for `ready(shared)`, then returns `take(shared)`.
  template <typename Ready, typename Take>
  auto waitFor(std::chrono::milliseconds timeout, Ready ready, Take take)
      -> std::optional<decltype(take(std::declval<Shared&>()))> {
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_changed.wait_for(lock, timeout, [&] { return ready(m_shared); })) return std::nullopt;
    return take(m_shared);
  }

  // Asks the worker to end after its current piece of work; does not wait.
  void requestStop() {
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      m_stopping = true;
    }
    m_changed.notify_all();
  }

  // Asks the worker to end and waits until it has. Safe to call twice.
  void stop() {
    requestStop();
    if (m_thread.joinable()) m_thread.join();
  }

 private:
  mutable std::mutex m_mutex;
  std::condition_variable m_changed;  // any change to m_shared or m_stopping
  Shared m_shared;
  bool m_stopping = false;
  std::thread m_thread;
};

}  // namespace gan
