#pragma once
// What the GUI's benchmark mode (--exit-after-steps) measures about the GUI itself: how late the
// event loop serves a timer while training runs, how long the process took to show its window,
// and its peak memory.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace gan::app {

// A 5 ms precise timer; each tick's lateness is the time since the previous tick minus 5 ms.
// A busy event loop (a long paint, a blocking call) shows up as a late tick.
class LatenessProbe : public QObject {
 public:
  explicit LatenessProbe(QObject* parent);
  double percentileMs(double fraction) const;  // e.g. 0.99
  double maxMs() const;
  int ticks() const { return int(m_latenessMs.size()); }

 private:
  static constexpr int kIntervalMs = 5;
  QTimer m_timer;
  QElapsedTimer m_clock;
  std::vector<double> m_latenessMs;
};

// Seconds since this process started (the kernel's start time, so the dynamic loader and
// LibTorch's static initialisation count too).
double processAgeSeconds();

}  // namespace gan::app
