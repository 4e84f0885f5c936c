#include "app/gui_probes.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace gan::app {

LatenessProbe::LatenessProbe(QObject* parent) : QObject(parent) {
  m_timer.setTimerType(Qt::PreciseTimer);
  m_timer.setInterval(kIntervalMs);
  connect(&m_timer, &QTimer::timeout, this, [this] {
    if (m_clock.isValid()) m_latenessMs.push_back(std::max(0.0, m_clock.nsecsElapsed() / 1e6 - kIntervalMs));
    m_clock.start();
  });
  m_timer.start();
}

double LatenessProbe::percentileMs(double fraction) const {
  if (m_latenessMs.empty()) return 0;
  auto sorted = m_latenessMs;
  std::sort(sorted.begin(), sorted.end());
  return sorted[std::min(sorted.size() - 1, std::size_t(fraction * double(sorted.size())))];
}

double LatenessProbe::maxMs() const {
  return m_latenessMs.empty() ? 0 : *std::max_element(m_latenessMs.begin(), m_latenessMs.end());
}

double processAgeSeconds() {
  // Field 22 of /proc/self/stat: start time in clock ticks after boot; /proc/uptime: now.
  std::ifstream stat("/proc/self/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  const auto afterName = text.rfind(')');  // the command name may hold spaces
  if (afterName == std::string::npos) return 0;
  std::istringstream fields(text.substr(afterName + 2));
  std::string field;
  for (int i = 3; i <= 22 && fields >> field; ++i) {}
  double uptime = 0;
  std::ifstream("/proc/uptime") >> uptime;
  return uptime - std::stod(field) / double(sysconf(_SC_CLK_TCK));
}

}  // namespace gan::app
