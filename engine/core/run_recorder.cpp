#include "engine/core/run_recorder.h"

#include <deque>
#include <limits>
#include <stdexcept>

#include "engine/core/run_log.h"
#include "engine/core/worker_thread.h"

namespace gan {

namespace {
struct Shared {
  std::deque<Snapshot> queue;
  std::uint64_t taken = 0, written = 0, syncedThrough = 0;
  std::uint64_t syncWanted = 0;  // sync once `written` reaches this
  std::optional<std::string> error;
};
}  // namespace

struct RunRecorder::Impl {
  RunLogWriter writer;
  WorkerThread<Shared> worker;

  Impl(const std::string& folder, const TrainConfig& config, std::int64_t fromStep) : writer(folder, config, fromStep) {
    worker.start([this] { run(); });
  }

  void run() {
    for (;;) {
      std::deque<Snapshot> batch;
      std::uint64_t syncWanted = 0;
      const bool going =
          worker.waitAndTake([](const Shared& s) { return !s.queue.empty() || s.syncWanted > s.syncedThrough; },
                             [&](Shared& s) {
                               batch.swap(s.queue);
                               if (s.syncWanted > s.syncedThrough) syncWanted = s.syncWanted;
                             });
      if (!going) return;
      write(batch, syncWanted);
    }
  }

  void write(const std::deque<Snapshot>& batch, std::uint64_t syncWanted) {
    std::optional<std::string> error;
    try {
      for (const auto& snapshot : batch) writer.append(snapshot);
      if (syncWanted) writer.sync();
    } catch (const std::runtime_error& e) {
      error = e.what();
    }
    worker.post([&](Shared& s) {
      s.written += batch.size();
      if (syncWanted) s.syncedThrough = std::max(s.syncedThrough, syncWanted);
      if (error && !s.error) s.error = error;
    });
  }
};

RunRecorder::RunRecorder(std::string folder, const TrainConfig& config, std::int64_t fromStep)
    : m_folder(std::move(folder)), m_impl(std::make_unique<Impl>(m_folder, config, fromStep)) {}

RunRecorder::~RunRecorder() {
  flush();
  m_impl->worker.stop();
}

void RunRecorder::take(const Snapshot& snapshot) {
  if (snapshot.kind == Snapshot::Kind::Model) return;
  m_impl->worker.post([&](Shared& s) {
    s.queue.push_back(snapshot);
    ++s.taken;
  });
}

std::optional<std::string> RunRecorder::flush() {
  std::uint64_t target = 0;
  m_impl->worker.post([&](Shared& s) { target = s.syncWanted = s.taken + 1; });
  // Not a timing device: the writer answers as soon as the disk has the bytes.
  return *m_impl->worker.waitFor(
      std::chrono::milliseconds(std::numeric_limits<int>::max()),
      [&](const Shared& s) { return s.syncedThrough >= target; }, [](Shared& s) { return s.error; });
}

}  // namespace gan
