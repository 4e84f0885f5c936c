// The worker-thread pattern both engine threads use: latest wins, no lost wake-up, clean stop.
#include "engine/core/worker_thread.h"

#include <catch2/catch.hpp>

#include <vector>

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
