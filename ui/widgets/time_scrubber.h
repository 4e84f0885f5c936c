#pragma once
// One step slider for a run: moves a cursor on every plot and shows the sample grid, panels and
// toy view recorded at that step (grids.log of the run's folder, read while the run writes it).
// Play/pause with a speed, arrow keys step one frame, "Live" follows the newest step.
#include <QWidget>
#include <memory>
#include <vector>

#include "engine/core/grid_log.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace gan::ui {

class TimeScrubber : public QWidget {
  Q_OBJECT

 public:
  explicit TimeScrubber(QWidget* parent = nullptr);
  ~TimeScrubber() override;

  // The run whose grids.log to scrub (empty: none); goes live.
  void setRunFolder(const QString& folder);
  QString runFolder() const { return m_folder; }
  int frameCount() const { return int(m_frames.size()); }
  bool isLive() const;
  std::int64_t currentStep() const;
  QSlider* slider() const { return m_slider; }
  int framesPerSecond() const;

 public Q_SLOTS:
  // Picks up the frames appended since (a new grid arrived); in live mode the slider follows.
  void refresh();
  // Shows the last frame at or before `step` (clicking a plot); leaves live mode.
  void scrubTo(qint64 step);
  void setLive(bool live);
  void setPlaying(bool playing);

 Q_SIGNALS:
  void gridChosen(const gan::SampleGrid& grid);
  void toyChosen(const gan::ToyView& view);
  // The cursor's step; -1 when live (no cursor).
  void cursorMoved(qint64 step);
  void failed(const QString& message);

 private:
  void showFrame(int index);
  void advance();
  void updateLabel();

  QString m_folder;
  std::unique_ptr<GridLog> m_log;
  std::vector<GridLog::Entry> m_frames;  // one per recorded step, the grids or else the toy views
  QSlider* m_slider = nullptr;
  QToolButton* m_play = nullptr;
  QComboBox* m_speed = nullptr;
  QCheckBox* m_live = nullptr;
  QLabel* m_label = nullptr;
  QTimer* m_playTimer = nullptr;
  bool m_following = false;  // the slider is being moved by refresh(), not by a person
};

}  // namespace gan::ui
