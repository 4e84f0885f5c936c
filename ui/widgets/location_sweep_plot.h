#pragma once
// The divergence lab's sweep plot: JS, W₁, total variation, Hellinger and KL as Q's shape slides
// past P. The 97 exact comparisons run on a pool thread; a newer P and Q cancel an older sweep
// (latest wins), and only the newest is drawn.
#include <qcustomplot.h>

#include <QFutureWatcher>
#include <atomic>
#include <memory>

#include "engine/math/location_sweep.h"

namespace gan::ui {

class LocationSweepPlot : public QCustomPlot {
  Q_OBJECT

 public:
  explicit LocationSweepPlot(QWidget* parent = nullptr);
  ~LocationSweepPlot() override;
  // Starts a sweep for P and Q; the plot shows "computing" until it is drawn.
  void compute(const Distribution1D& p, const Distribution1D& q);
  bool computing() const { return m_watcher->isRunning(); }

 Q_SIGNALS:
  void finished();  // the plot now shows the sweep of the last P and Q given

 private:
  void draw(const LocationSweep& sweep);

  QFutureWatcher<LocationSweep>* m_watcher;
  std::shared_ptr<std::atomic<bool>> m_cancel;  // set when a newer sweep replaces this one
  double m_offset = 0;                          // Q's location minus P's, now
};

}  // namespace gan::ui
