#pragma once
// Spreads the live plots' redraws over time. Rows arrive every drain (30 Hz); redrawing every
// plot on each drain made bursts of several milliseconds on the UI thread (its timer probe's p99)
// and cost the training threads CPU. The pacer redraws at most one plot per turn of its timer,
// and each plot at most every kMinimumGapMs: input, the toy canvas and the explorer never wait
// behind a burst, and a plot still follows the run ten times a second.
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

class QCustomPlot;

namespace gan::ui {

class RedrawPacer : public QObject {
 public:
  static constexpr int kTurnMs = 20;
  static constexpr int kMinimumGapMs = 100;

  static RedrawPacer& instance();  // the UI thread's
  // Redraw `plot` soon: once, however often it is asked before its turn.
  void request(QCustomPlot* plot);
  int waiting() const { return int(m_waiting.size()); }
  // One turn: redraws the longest-waiting plot whose gap has passed; true if it redrew one.
  bool redrawNext();

 private:
  RedrawPacer();
  std::deque<QPointer<QCustomPlot>> m_waiting;
  QElapsedTimer m_clock;  // each plot keeps its last redraw on this clock (a property, gone with it)
  QTimer m_timer;
};

}  // namespace gan::ui
