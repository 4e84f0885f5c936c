#include "engine/core/runtime.h"

#include <dlfcn.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <torch/torch.h>

namespace gan {

namespace {
using SetThreads = void (*)(int);
using GetThreads = int (*)();

template <typename F>
F blasSymbol(const char* name) {
  return reinterpret_cast<F>(dlsym(RTLD_DEFAULT, name));
}
}  // namespace

RuntimeInfo runtimeInfo() {
  RuntimeInfo info;
  info.torchThreads = torch::get_num_threads();
  auto get = blasSymbol<GetThreads>("openblas_get_num_threads");
  info.blasThreads = get ? get() : -1;
  Dl_info where{};
  if (void* gemm = dlsym(RTLD_DEFAULT, "sgemm_"); gemm && dladdr(gemm, &where) && where.dli_fname)
    info.blasLibrary = std::filesystem::canonical(where.dli_fname).string();
  return info;
}

namespace {
std::atomic<int> configuredThreads{0};
}

void useThreadsForModelSize(bool smallModel) {
  const int wanted = smallModel ? 1 : std::max(1, configuredThreads.load());
  if (configuredThreads.load() > 0 && torch::get_num_threads() != wanted) torch::set_num_threads(wanted);
}

namespace {
// OMP_NUM_THREADS is the usual way to pin a LibTorch program's threads (the portability script
// runs the tests with 1 and 2); without it, every core.
int defaultThreadCount() {
  if (const char* text = std::getenv("OMP_NUM_THREADS")) {
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end != text && *end == '\0' && value > 0 && value <= 1024) return static_cast<int>(value);
  }
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}
}  // namespace

RuntimeInfo configureRuntime(int torchThreads) {
  if (torchThreads <= 0) torchThreads = defaultThreadCount();
  configuredThreads = torchThreads;
  torch::set_num_threads(torchThreads);
  // Long runs can drift into subnormal floats (Adam's second moments), which x86 computes far more
  // slowly; flushing them to zero changes no result that matters.
  at::globalContext().setFlushDenormal(true);
  setBlasThreads(1);
  return runtimeInfo();
}

double peakResidentMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // Linux reports KiB
}

void setBlasThreads(int threads) {
  if (auto set = blasSymbol<SetThreads>("openblas_set_num_threads")) set(threads);
}

namespace {
// sched_setattr(2) on the calling thread (glibc 2.36 has no wrapper): a nice value, and the time
// slice the kernel should give it (0: the default).
bool setOwnScheduling(int nice, std::uint64_t sliceNs) {
  struct SchedAttr {
    std::uint32_t size, policy;
    std::uint64_t flags;
    std::int32_t nice;
    std::uint32_t priority;
    std::uint64_t runtime, deadline, period;
  } attr{};
  attr.size = sizeof attr;
  attr.policy = SCHED_OTHER;
  attr.nice = nice;
  attr.runtime = sliceNs;
  return syscall(SYS_sched_setattr, 0, &attr, 0) == 0;
}

pid_t ownThreadId() { return static_cast<pid_t>(syscall(SYS_gettid)); }
}  // namespace

bool requestShortTimeSlice() {
  constexpr std::uint64_t kSliceNs = 500'000;  // 0.5 ms; the kernel accepts 0.1–100 ms
  return setOwnScheduling(getpriority(PRIO_PROCESS, static_cast<id_t>(ownThreadId())), kSliceNs);
}

void lowerCurrentThreadPriority() {
  // On Linux a nice value is per thread, and threads this one creates later (LibTorch's OpenMP
  // pool) inherit it. The default slice too: a training thread started from the UI thread would
  // otherwise inherit its short one.
  if (!setOwnScheduling(10, 0)) setpriority(PRIO_PROCESS, static_cast<id_t>(ownThreadId()), 10);
}

}  // namespace gan
