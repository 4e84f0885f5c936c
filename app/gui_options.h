#pragma once
// gan-studio's command line: what a person uses (--train, --variant, --dataset, --data) and what
// scripts use to measure the GUI and take the README's screenshots (--exit-after-steps,
// --screenshot, --compare, --lab, --explore…). Parsed and checked before any window opens.
#include <QString>
#include <QStringList>

#include <optional>

#include "engine/core/train_config.h"
#include "ui/autosave.h"

class QApplication;

namespace gan::app {

struct GuiOptions {
  TrainConfig config;  // variant and dataset empty: as last time
  bool train = false;
  int autosaveSeconds = ui::Autosave::kDefaultSeconds;  // interactive sessions only; 0: off
  bool recover = false;                                 // open the last autosave without asking
  QString language;                                     // en, zh_CN, system; empty: the Settings choice
  qint64 exitAfterSteps = 0;                            // 0: run until closed
  QString screenshot;                                   // empty: none
  QStringList compare;                                  // variants to compare, empty: no compare view
  int labPreset = 0;                                    // 1-based, 0: no lab
  QString explore;                                      // checkpoint path or "live", empty: no explorer
  bool exploreLabel = false;
  QString exploreCode;
  int exploreBenchMoves = 0;
  bool exploreNoStrip = false;
  qint64 scrubTo = -1;    // with --exit-after-steps: scrub to this step before the screenshot
  bool showRuns = false;  // with --exit-after-steps: the Runs panel open in the screenshot
  QStringList overlay;    // run folders or names to overlay (a window of its own)
  bool quality = false;   // with --exit-after-steps: sample quality every 1,000 steps, shown at the end

  // No script given: a person uses the window (autosave and crash recovery are on).
  bool interactive() const {
    return exitAfterSteps == 0 && screenshot.isEmpty() && compare.isEmpty() && labPreset == 0 && explore.isEmpty() &&
           overlay.isEmpty();
  }
};

// Parses and checks the arguments; prints a one-line error naming the flag and returns nullopt
// when one is wrong (QCommandLineParser itself exits on --help and --version).
std::optional<GuiOptions> parseGuiOptions(const QApplication& app);

}  // namespace gan::app
