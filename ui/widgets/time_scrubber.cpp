#include "ui/widgets/time_scrubber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include "engine/core/run_log.h"

namespace gan::ui {

TimeScrubber::TimeScrubber(QWidget* parent) : QWidget(parent) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  m_play = new QToolButton(this);
  m_play->setObjectName("scrubPlay");
  m_play->setCheckable(true);
  m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  m_play->setToolTip(tr("Play the recorded steps"));
  layout->addWidget(m_play);
  m_speed = new QComboBox(this);
  m_speed->setObjectName("scrubSpeed");
  for (int fps : {2, 5, 10, 25}) m_speed->addItem(tr("%1 frames/s").arg(fps), fps);
  m_speed->setCurrentIndex(2);
  layout->addWidget(m_speed);
  m_slider = new QSlider(Qt::Horizontal, this);
  m_slider->setObjectName("scrubSlider");
  m_slider->setToolTip(tr("Step: drag, or use the arrow keys; every plot shows a cursor there"));
  m_slider->setRange(0, 0);
  layout->addWidget(m_slider, 1);
  m_label = new QLabel(this);
  m_label->setMinimumWidth(110);
  layout->addWidget(m_label);
  m_live = new QCheckBox(tr("Live"), this);
  m_live->setObjectName("scrubLive");
  m_live->setToolTip(tr("Follow the newest step"));
  m_live->setChecked(true);
  layout->addWidget(m_live);
  m_playTimer = new QTimer(this);

  connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
    if (m_following) return;
    setLive(false);
    showFrame(index);
  });
  connect(m_live, &QCheckBox::toggled, this, &TimeScrubber::setLive);
  connect(m_play, &QToolButton::toggled, this, &TimeScrubber::setPlaying);
  connect(m_speed, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this] { m_playTimer->setInterval(1000 / m_speed->currentData().toInt()); });
  connect(m_playTimer, &QTimer::timeout, this, &TimeScrubber::advance);
  m_playTimer->setInterval(1000 / m_speed->currentData().toInt());
  updateLabel();
}

TimeScrubber::~TimeScrubber() = default;

void TimeScrubber::setRunFolder(const QString& folder) {
  if (folder == m_folder && m_log) return refresh();
  m_folder = folder;
  m_frames.clear();
  m_log = folder.isEmpty() ? nullptr : std::make_unique<GridLog>(QDir(folder).filePath(kGridLogName).toStdString());
  setLive(true);
  refresh();
}

int TimeScrubber::framesPerSecond() const { return m_speed->currentData().toInt(); }

bool TimeScrubber::isLive() const { return m_live->isChecked(); }

std::int64_t TimeScrubber::currentStep() const {
  const int index = m_slider->value();
  return index >= 0 && index < frameCount() ? m_frames[std::size_t(index)].step : -1;
}

void TimeScrubber::refresh() {
  if (!m_log) {
    m_slider->setRange(0, 0);
    return updateLabel();
  }
  m_log->refresh();
  auto frames = m_log->samples();
  if (frames.empty())
    for (const auto& entry : m_log->entries())
      if (entry.kind == GridKind::Toy) frames.push_back(entry);
  m_frames = std::move(frames);
  m_following = true;
  m_slider->setRange(0, std::max(0, frameCount() - 1));
  if (isLive()) m_slider->setValue(m_slider->maximum());
  m_following = false;
  updateLabel();
}

void TimeScrubber::scrubTo(qint64 step) {
  refresh();
  int index = -1;
  for (int k = 0; k < frameCount() && m_frames[std::size_t(k)].step <= step; ++k) index = k;
  if (index < 0) return;
  setLive(false);
  m_following = true;
  m_slider->setValue(index);
  m_following = false;
  showFrame(index);
}

void TimeScrubber::setLive(bool live) {
  if (m_live->isChecked() != live) m_live->setChecked(live);  // re-enters through toggled
  if (!live) return;
  setPlaying(false);
  m_following = true;
  m_slider->setValue(m_slider->maximum());
  m_following = false;
  updateLabel();
  Q_EMIT cursorMoved(-1);
}

void TimeScrubber::setPlaying(bool playing) {
  if (m_play->isChecked() != playing) m_play->setChecked(playing);
  m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  if (!playing) return m_playTimer->stop();
  if (isLive() || m_slider->value() >= m_slider->maximum()) {  // play from the start
    setLive(false);
    m_following = true;
    m_slider->setValue(0);
    m_following = false;
    showFrame(0);
  }
  m_playTimer->start();
}

void TimeScrubber::advance() {
  if (m_slider->value() >= m_slider->maximum()) return setPlaying(false);
  m_slider->setValue(m_slider->value() + 1);
}

void TimeScrubber::showFrame(int index) {
  updateLabel();
  if (index < 0 || index >= frameCount()) return;
  const auto& entry = m_frames[std::size_t(index)];
  try {
    if (entry.kind == GridKind::Samples) {
      Q_EMIT gridChosen(m_log->readSamples(entry));
      if (const auto* toy = m_log->atOrBefore(GridKind::Toy, entry.step)) Q_EMIT toyChosen(m_log->readToy(*toy));
    } else {
      Q_EMIT toyChosen(m_log->readToy(entry));
    }
  } catch (const std::exception& e) {
    Q_EMIT failed(QString::fromStdString(e.what()));
  }
  Q_EMIT cursorMoved(entry.step);
}

void TimeScrubber::updateLabel() {
  if (frameCount() == 0) return m_label->setText(tr("no steps recorded"));
  m_label->setText(isLive() ? tr("live, step %1").arg(m_frames.back().step)
                            : tr("step %1 of %2").arg(currentStep()).arg(m_frames.back().step));
}

}  // namespace gan::ui
