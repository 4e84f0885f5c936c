#pragma once
// What gan-studio does on its own when a script asks (docs/screenshots/take.sh, the GUI
// benchmarks): train at once, drive the latent explorer, open the lab or the compare view, measure
// steps/s, and save a screenshot before closing.
#include "app/gui_options.h"
#include "ui/main_window.h"

namespace gan::app {

// Starts training once the first data are loaded.
// `afterLoad`: a checkpoint is being loaded (a recovered run); start once it is in.
void trainWhenReady(ui::MainWindow& window, bool afterLoad = false);
// Each sets up its part on `window`; the caller then runs the event loop.
void scriptExplorer(ui::MainWindow& window, const GuiOptions& options);
void scriptLab(ui::MainWindow& window, const GuiOptions& options);
void scriptCompare(ui::MainWindow& window, const GuiOptions& options);
// Opens the overlay of options.overlay; screenshot and close once its runs are read.
void scriptOverlay(ui::MainWindow& window, const GuiOptions& options);
// After options.exitAfterSteps steps: print the GUI's training speed as JSON, pause, screenshot, close.
void measureTraining(ui::MainWindow& window, const GuiOptions& options);

}  // namespace gan::app
