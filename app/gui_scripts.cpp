#include "app/gui_scripts.h"

#include <sys/resource.h>

#include <QCheckBox>
#include <QElapsedTimer>
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <utility>

#include "app/gui_probes.h"
#include "engine/core/runtime.h"
#include "ui/quality_panel.h"
#include "ui/tools/compare_window.h"
#include "ui/tools/divergence_lab.h"
#include "ui/tools/latent_explorer_window.h"
#include "ui/tools/run_overlay.h"
#include "ui/training_controller.h"
#include "ui/widgets/time_scrubber.h"
#include "ui/widgets/toy_canvas.h"

namespace gan::app {

namespace {

// Saves `widget` to the screenshot file (if one was asked for) after `delayMs`, then closes the window.
void screenshotAndClose(ui::MainWindow& window, QWidget* widget, const GuiOptions& options, int delayMs) {
  QTimer::singleShot(delayMs, widget, [&window, widget, file = options.screenshot] {
    if (!file.isEmpty()) widget->grab().save(file);
    window.close();
  });
}

// A scripted explorer session in three stages, one timer tick at a time: wait for the model (and
// label it), set the requested codes and start dragging, then report and close.
class ExplorerScript : public QObject {
 public:
  ExplorerScript(ui::MainWindow& window, ui::LatentExplorerWindow* explorer, GuiOptions options)
      : QObject(explorer), m_window(window), m_explorer(explorer), m_options(std::move(options)) {
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    m_timer.start();
  }

 private:
  void tick() {
    ++m_waited;
    if (m_stage == 0) return waitForModel();
    if (m_stage == 1) return setCodesAndDrag();
    finish();
  }

  void waitForModel() {
    if (!m_explorer->model() || m_explorer->preview().image().isNull()) return;
    if (m_options.exploreLabel) m_explorer->labelCategories();
    m_stage = 1;
    m_waited = 0;
  }

  void setCodesAndDrag() {
    if (m_options.exploreLabel && !m_explorer->categoriesLabelled() && m_waited < 600) return;
    for (const auto& part : m_options.exploreCode.split(',', Qt::SkipEmptyParts)) {
      const auto key = part.section('=', 0, 0), value = part.section('=', 1);
      const int code = m_explorer->codeIndex(key);
      if (key == "cat") m_explorer->pressCategoryButton(value.toInt());
      if (code >= 0 && m_explorer->codeSlider(code)) {
        m_explorer->codeSlider(code)->setValue(int(value.toDouble() * 100));
        m_explorer->setSweptCode(code);
      }
    }
    m_stage = 2;
    m_waited = 0;
    if (m_options.exploreBenchMoves > 0) startDrag();
  }

  void startDrag() {
    m_explorer->clearLatencies();
    auto* drag = new QTimer(this);
    drag->setInterval(16);  // a mouse drag delivers ~60 moves a second
    connect(drag, &QTimer::timeout, this, [this, drag, move = 0]() mutable {
      auto* slider = m_explorer->codeSlider(0);
      if (!slider || !slider->isEnabled()) slider = m_explorer->findChild<QSlider*>("direction:0");
      slider->setValue(int(std::lround(slider->maximum() * std::sin(2 * M_PI * double(move) / 60.0))));
      if (++move >= m_options.exploreBenchMoves) drag->stop();
    });
    drag->start();
  }

  void finish() {
    const int moves = m_options.exploreBenchMoves;
    // Give the last frame time to arrive and paint.
    if (moves > 0 && m_waited < moves * 16 / 100 + 10) return;
    m_timer.stop();
    if (moves > 0) printLatencies();
    screenshotAndClose(m_window, m_explorer, m_options, 300);
  }

  void printLatencies() const {
    auto latencies = m_explorer->latenciesMs();
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
      return latencies.empty() ? 0.0 : latencies[std::size_t(p * (latencies.size() - 1))];
    };
    std::cout << "{\"engine\":\"gan-studio-explorer\",\"moves\":" << m_options.exploreBenchMoves
              << ",\"requests\":" << m_explorer->requestsMade()
              << ",\"frames_rendered\":" << m_explorer->framesRendered() << ",\"frames_painted\":" << latencies.size()
              << ",\"strip\":" << (m_explorer->stripBox()->isChecked() ? "true" : "false")
              << ",\"training_steps\":" << m_window.controller().stepsDone()
              << ",\"latency_ms_p50\":" << percentile(0.5) << ",\"latency_ms_p95\":" << percentile(0.95)
              << ",\"latency_ms_max\":" << (latencies.empty() ? 0.0 : latencies.back()) << "}" << std::endl;
  }

  ui::MainWindow& m_window;
  ui::LatentExplorerWindow* m_explorer;
  GuiOptions m_options;
  QTimer m_timer;
  int m_stage = 0;
  int m_waited = 0;  // ticks in the current stage
};

// CPU the calling (UI) thread has used: drawing must stay a small share of a core.
double threadCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_THREAD, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}  // namespace

void trainWhenReady(ui::MainWindow& window, bool afterLoad) {
  auto& controller = window.controller();
  // A recovered run trains once it is loaded (loading may switch variant, which pauses).
  if (afterLoad) {
    QObject::connect(&controller, &ui::TrainingController::checkpointLoaded, &window,
                     [&controller, started = false]() mutable {
                       if (!std::exchange(started, true)) controller.start();
                     });
    return;
  }
  // Train once the data are loaded: the first state change out of Loading.
  QObject::connect(&controller, &ui::TrainingController::stateChanged, &window,
                   [&controller, started = false](TrainerState state) mutable {
                     if (started || state != TrainerState::Ready) return;
                     started = true;
                     controller.start();
                   });
}

void scriptExplorer(ui::MainWindow& window, const GuiOptions& options) {
  auto* explorer = window.showLatentExplorer();
  if (options.explore != "live") explorer->openCheckpoint(options.explore);
  if (options.exploreNoStrip) explorer->stripBox()->setChecked(false);
  new ExplorerScript(window, explorer, options);
}

void scriptLab(ui::MainWindow& window, const GuiOptions& options) {
  auto* lab = window.showDivergenceLab();
  lab->applyPreset(options.labPreset - 1);
  if (options.screenshot.isEmpty()) return;
  // A continuous preset's sweep is computed off the UI thread: the picture waits for it.
  if (lab->sweepComputing())
    QObject::connect(lab, &ui::DivergenceLab::sweepFinished, lab,
                     [&window, lab, options] { screenshotAndClose(window, lab, options, 300); });
  else
    screenshotAndClose(window, lab, options, 800);
}

void scriptCompare(ui::MainWindow& window, const GuiOptions& options) {
  std::vector<std::string> names;
  for (const auto& name : options.compare) names.push_back(name.toStdString());
  auto* compare = window.showCompare();
  compare->startComparison(names, options.config.dataset.empty() ? "ring" : options.config.dataset, 1);
  if (options.exitAfterSteps <= 0) return;
  QObject::connect(compare, &ui::CompareWindow::roundFinished, compare, [&window, compare, options](qint64 round) {
    if (round * ui::CompareWindow::kStepsPerRound < options.exitAfterSteps) return;
    compare->stopComparison();
    screenshotAndClose(window, compare, options, 600);
  });
}

namespace {
// The picture once the last quality measurement is in (one at the final step if none is running).
void finishWithQuality(ui::MainWindow& window, const GuiOptions& options) {
  auto& panel = window.qualityPanel();
  QObject::connect(&panel, &ui::QualityPanel::evaluated, &window,
                   [&window, options] { screenshotAndClose(window, &window, options, 500); });
  if (!panel.isBusy()) window.evaluateSampleQuality();
}
}  // namespace

void measureTraining(ui::MainWindow& window, const GuiOptions& options) {
  if (options.quality) {
    window.qualityPanel().show();
    window.qualityPanel().setEveryThousandSteps(true);
  }
  struct Measure {
    QElapsedTimer clock;
    qint64 firstStep = -1;
    int paintsAtStart = 0;
    bool done = false;
    double coldStartSeconds = 0;  // process start → the event loop's first turn with the window shown
    LatenessProbe* lateness = nullptr;
  };
  auto measure = std::make_shared<Measure>();
  QTimer::singleShot(0, &window, [measure] { measure->coldStartSeconds = processAgeSeconds(); });
  QObject::connect(&window.controller(), &ui::TrainingController::progress, &window,
                   [&window, options, measure](qint64 step, qint64, double, const QString&) {
                     if (measure->firstStep < 0 && step > 0) {
                       measure->firstStep = step;
                       measure->paintsAtStart = window.toyCanvas().paints();
                       measure->lateness = new LatenessProbe(&window);
                       measure->clock.start();
                     }
                     if (measure->done || step < options.exitAfterSteps) return;
                     measure->done = true;
                     const double seconds = measure->clock.elapsed() / 1000.0;
                     const qint64 steps = step - measure->firstStep;
                     const int paints = window.toyCanvas().paints() - measure->paintsAtStart;
                     std::cout << "{\"engine\":\"gan-studio-gui\",\"steps\":" << steps << ",\"seconds\":" << seconds
                               << ",\"train_steps_per_s\":" << (seconds > 0 ? steps / seconds : 0)
                               << ",\"ui_thread_cpu_s\":" << threadCpuSeconds()
                               << ",\"toy_canvas_paints_per_s\":" << (seconds > 0 ? paints / seconds : 0)
                               << ",\"ui_lateness_p99_ms\":" << measure->lateness->percentileMs(0.99)
                               << ",\"ui_lateness_max_ms\":" << measure->lateness->maxMs()
                               << ",\"ui_lateness_ticks\":" << measure->lateness->ticks()
                               << ",\"cold_start_s\":" << measure->coldStartSeconds
                               << ",\"peak_rss_mib\":" << peakResidentMiB() << "}" << std::endl;
                     window.controller().pause();
                     if (options.showRuns) window.showRunsPanel();
                     // The recorder writes on its own thread: scrub once the last grids are in.
                     if (options.scrubTo >= 0)
                       QTimer::singleShot(400, &window,
                                          [&window, options] { window.scrubber().scrubTo(options.scrubTo); });
                     if (options.quality) return finishWithQuality(window, options);
                     // Let the last grid and plots arrive and paint before the picture.
                     screenshotAndClose(window, &window, options, 800);
                   });
}

void scriptOverlay(ui::MainWindow& window, const GuiOptions& options) {
  auto* overlay = window.showOverlay(options.overlay);
  QObject::connect(overlay, &ui::RunOverlay::loaded, overlay,
                   [&window, overlay, options] { screenshotAndClose(window, overlay, options, 300); });
}

}  // namespace gan::app
