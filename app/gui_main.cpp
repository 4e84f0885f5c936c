// gan-studio: the GUI. `--train` starts training at once (README command 1); the scripting
// options (gui_options.h) let scripts measure the GUI and take the README's screenshots.
#include <QApplication>
#include <QIcon>
#include <QTimer>

#include "app/gui_options.h"
#include "app/gui_scripts.h"
#include "app/version.h"
#include "engine/core/run_library.h"
#include "engine/core/runtime.h"
#include "ui/autosave.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/training_controller.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("GAN Studio");
  QApplication::setApplicationName("gan-studio");
  QApplication::setApplicationVersion(GAN_STUDIO_FULL_VERSION);
  QApplication::setWindowIcon(QIcon(":/icons/gan-studio.png"));  // resources/gan-studio.qrc
  QApplication::setDesktopFileName("gan-studio");                // Wayland matches the entry's icon
  const auto options = gan::app::parseGuiOptions(app);
  if (!options) return 2;
  gan::configureRuntime();
  gan::requestShortTimeSlice();  // the UI thread wakes ahead of the training threads (runtime.h)
  namespace Language = gan::ui::Language;
  Language::apply(options->language.isEmpty() ? Language::storedChoice() : options->language);

  gan::ui::MainWindow window(options->config);
  window.show();
  // Every run the window trains is recorded in the run library (engine/core/run_library.h).
  const QString library = QString::fromStdString(gan::runLibraryFolder());
  window.controller().enableRecording(library);
  window.enableRunsPanel(library);
  // Asked once the window is on screen, so the question shows above it.
  if (options->interactive() && window.needsMnist())
    QTimer::singleShot(0, &window, [&window] { window.offerMnistFetch(); });
  bool recovering = false;
  if (options->interactive() && options->autosaveSeconds > 0) {
    // The autosave goes into the run's own folder; the one saved last is offered after a crash.
    const QString last = gan::ui::Autosave::lastRunFolder();
    recovering = window.recoverAutosave(last.isEmpty() ? gan::ui::Autosave::defaultFolder() : last, !options->recover);
    window.enableAutosave({}, options->autosaveSeconds);
  }
  if (options->train) gan::app::trainWhenReady(window, recovering);
  // One scripted view at most, checked in this order; the plain window measures training.
  if (!options->explore.isEmpty())
    gan::app::scriptExplorer(window, *options);
  else if (options->labPreset > 0)
    gan::app::scriptLab(window, *options);
  else if (!options->compare.isEmpty())
    gan::app::scriptCompare(window, *options);
  else if (!options->overlay.isEmpty())
    gan::app::scriptOverlay(window, *options);
  else if (options->exitAfterSteps > 0)
    gan::app::measureTraining(window, *options);
  return app.exec();
}
