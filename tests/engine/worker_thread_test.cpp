// The worker-thread pattern both engine threads use (latest wins, no lost wake-up, clean stop),
// and how the UI and training threads ask the kernel to schedule them.
#include "engine/core/worker_thread.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <vector>

#include "engine/core/runtime.h"
#include "tests/engine/test_support.h"

using namespace gan;

namespace {
struct Shared {
  std::optional<int> request;  // latest wins
  std::vector<int> served;     // what the worker has taken, in order
};
}  // namespace

TEST_CASE("A worker takes only the latest request and ends on the last one", "[worker]") {
  WorkerThread<Shared> worker;
  worker.start([&] {
    std::optional<int> taken;
    while (worker.waitAndTake([](const Shared& shared) { return shared.request.has_value(); },
                              [&](Shared& shared) { taken = std::exchange(shared.request, std::nullopt); }))
      worker.post([&](Shared& shared) { shared.served.push_back(*taken); });
  });
  for (int i = 0; i < 1000; ++i) worker.post([&](Shared& shared) { shared.request = i; });
  const auto served = worker.waitFor(
      test::kHangGuard, [](const Shared& shared) { return !shared.served.empty() && shared.served.back() == 999; },
      [](Shared& shared) { return shared.served; });
  REQUIRE(served);
  CHECK(served->size() <= 1000);
  for (std::size_t i = 1; i < served->size(); ++i) CHECK((*served)[i] > (*served)[i - 1]);  // never an older one
  worker.stop();
  worker.stop();  // a second stop is harmless
}

TEST_CASE("A sleeping worker wakes at once for a command", "[worker]") {
  WorkerThread<Shared> worker;
  worker.start([&] {
    // Would sleep for the whole hang guard unless the request ends the sleep.
    worker.sleepFor(std::chrono::duration_cast<std::chrono::milliseconds>(test::kHangGuard),
                    [](const Shared& shared) { return shared.request.has_value(); });
    worker.post([](Shared& shared) { shared.served.push_back(1); });
  });
  worker.post([](Shared& shared) { shared.request = 1; });
  const auto woke = worker.waitFor(
      test::kHangGuard, [](const Shared& shared) { return !shared.served.empty(); }, [](Shared&) { return true; });
  CHECK(woke);
}

namespace {
// The calling thread's time slice in ns as /proc reports it (Linux with EEVDF), or -1.
long long ownSliceNs() {
  std::ifstream sched("/proc/thread-self/sched");
  for (std::string line; std::getline(sched, line);)
    if (line.rfind("se.slice", 0) == 0) return std::stoll(line.substr(line.find(':') + 1));
  return -1;
}
}  // namespace

TEST_CASE("The UI thread's short slice keeps its nice value and a training thread it starts drops it",
          "[runtime]") {
  std::thread([] {
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 3);
    const long long defaultSlice = ownSliceNs();
    const bool taken = requestShortTimeSlice();
    CHECK(getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid))) == 3);
    if (!taken || defaultSlice < 0) return;  // an older kernel: nothing more to see
    CHECK(ownSliceNs() == 500000);
    std::thread([defaultSlice] {  // a thread started here, as the trainer is by the window
      CHECK(ownSliceNs() == 500000);  // inherited
      lowerCurrentThreadPriority();
      CHECK(getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid))) == 10);
      CHECK(ownSliceNs() == defaultSlice);
    }).join();
  }).join();
}
