#include "ui/widgets/redraw_pacer.h"

#include <qcustomplot.h>

#include <algorithm>

namespace gan::ui {

namespace {
constexpr char kRedrawnAt[] = "ganRedrawnAtMs";
}

RedrawPacer& RedrawPacer::instance() {
  static RedrawPacer pacer;
  return pacer;
}

RedrawPacer::RedrawPacer() {
  m_clock.start();
  m_timer.setInterval(kTurnMs);
  connect(&m_timer, &QTimer::timeout, this, [this] {
    redrawNext();
    if (m_waiting.empty()) m_timer.stop();
  });
}

void RedrawPacer::request(QCustomPlot* plot) {
  const bool queued = std::any_of(m_waiting.begin(), m_waiting.end(), [&](const auto& p) { return p == plot; });
  if (!queued) m_waiting.emplace_back(plot);
  if (!m_timer.isActive()) m_timer.start();
}

bool RedrawPacer::redrawNext() {
  m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(), [](const auto& p) { return p.isNull(); }),
                  m_waiting.end());
  for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
    QCustomPlot* plot = *it;
    const QVariant last = plot->property(kRedrawnAt);
    if (last.isValid() && m_clock.elapsed() - last.toLongLong() < kMinimumGapMs) continue;
    m_waiting.erase(it);
    plot->setProperty(kRedrawnAt, m_clock.elapsed());
    plot->replot(QCustomPlot::rpImmediateRefresh);
    return true;
  }
  return false;
}

}  // namespace gan::ui
