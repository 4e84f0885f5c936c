#pragma once
// Process-wide compute settings. Torch-free so the GUI and CLI mains can call it.
#include <string>

namespace gan {

struct RuntimeInfo {
  int torchThreads = 0;
  int blasThreads = 0;      // -1 when the BLAS offers no thread control
  std::string blasLibrary;  // the shared object that actually provides sgemm_
};

// LibTorch parallelises with OpenMP; OpenBLAS's own pthreads on top of that oversubscribe the
// cores (on 2 cores the DCGAN runs at half speed). So: LibTorch gets `torchThreads` (0 = all
// cores, or OMP_NUM_THREADS when set), OpenBLAS gets one thread.
RuntimeInfo configureRuntime(int torchThreads = 0);
RuntimeInfo runtimeInfo();

// The process's peak resident memory so far, in MiB (getrusage).
double peakResidentMiB();

// OpenBLAS's own thread count (configureRuntime sets 1); no effect with another BLAS.
void setBlasThreads(int threads);

// The 2D toys' MLPs are too small to split across cores: one thread runs them faster (362 against
// 308 steps/s on 2 cores) and leaves the other core to the UI. Images get configureRuntime's count.
void useThreadsForModelSize(bool smallModel);

// Lowers the calling thread's OS priority so training never starves the UI thread.
void lowerCurrentThreadPriority();

// Asks Linux for a short time slice for the calling thread (the UI thread): under EEVDF (Linux
// 6.6+) a running task may finish its slice before a woken one runs, so a timer or input waited
// behind the training threads; a task with a shorter slice preempts on wakeup (Linux 6.12+).
// Older kernels ignore the request. The nice value stays as it is. True if the kernel took it.
bool requestShortTimeSlice();

}  // namespace gan
