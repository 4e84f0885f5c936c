// gan-studio: the GUI. `--train` starts training at once (README command 1); `--exit-after-steps`
// and `--screenshot` let scripts measure the GUI and take the README's screenshots.
#include <sys/resource.h>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScreen>
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <iostream>

#include "engine/core/runtime.h"
#include "engine/core/toy_datasets.h"
#include "engine/core/train_config.h"
#include "engine/core/variant_catalog.h"
#include "ui/main_window.h"
#include "ui/tools/compare_window.h"
#include "ui/tools/divergence_lab.h"
#include "ui/tools/latent_explorer_window.h"
#include "ui/training_controller.h"
#include "ui/widgets/toy_canvas.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("GAN Studio");
  QApplication::setApplicationName("gan-studio");
  QApplication::setApplicationVersion("0.1.0");

  QCommandLineParser parser;
  parser.setApplicationDescription("GAN Studio: watch GANs train");
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption trainOption("train", "Start training as soon as the data are loaded.");
  QCommandLineOption variantOption("variant", "Variant to open (e.g. gan, gan-ns).", "name");
  QCommandLineOption datasetOption("dataset", "mnist, or the 2D toy distribution ring.", "name");
  QCommandLineOption dataOption("data", "MNIST folder.", "dir", QString::fromStdString(gan::defaultMnistDir()));
  QCommandLineOption exitOption("exit-after-steps", "Quit after this many steps and print the GUI's steps/s.", "n");
  QCommandLineOption compareOption("compare", "Open the compare view and start comparing these variants.",
                                   "name,name,…");
  QCommandLineOption labOption("lab", "Open the divergence lab on one of the seed's presets (1-5).", "preset");
  QCommandLineOption screenshotOption("screenshot", "Save a picture of the window before quitting.", "file.png");
  QCommandLineOption exploreOption("explore", "Open the latent explorer on a checkpoint, or on the live run ('live').",
                                   "file|live");
  QCommandLineOption exploreLabelOption("explore-label", "Label InfoGAN categories with the test digits first.");
  QCommandLineOption exploreCodeOption("explore-code", "Set the explorer's controls, e.g. cat=3,c1=-2 (cat = button).",
                                       "codes");
  QCommandLineOption exploreBenchOption(
      "explore-bench", "Drag c1 (or z direction 1) through N positions, 16 ms apart; print latency JSON.", "n");
  QCommandLineOption noStripOption("explore-no-strip", "Explorer: the single preview image only, no sweep strip.");
  parser.addOptions({trainOption, variantOption, datasetOption, dataOption, exitOption, compareOption, labOption,
                     screenshotOption, exploreOption, exploreLabelOption, exploreCodeOption, exploreBenchOption,
                     noStripOption});
  parser.process(app);

  gan::configureRuntime();
  gan::TrainConfig config;
  config.variant.clear();  // empty: as last time, unless chosen below
  config.dataset.clear();
  config.dataDir = parser.value(dataOption).toStdString();
  if (parser.isSet(datasetOption)) {
    config.dataset = parser.value(datasetOption).toStdString();
    try {
      gan::requireKnownDataset(config.dataset);
      if (config.dataset == "drawn")
        throw std::invalid_argument("'drawn' is drawn in the window: start on another dataset");
    } catch (const std::exception& e) {
      std::cerr << "gan-studio: " << e.what() << '\n';
      return 2;
    }
  }
  if (parser.isSet(variantOption)) {
    try {
      gan::findVariant(parser.value(variantOption).toStdString());
    } catch (const std::exception& e) {
      std::cerr << "gan-studio: " << e.what() << '\n';
      return 2;
    }
    config.variant = parser.value(variantOption).toStdString();
  }
  bool stepsOk = true;
  const qint64 exitAfter = parser.isSet(exitOption) ? parser.value(exitOption).toLongLong(&stepsOk) : 0;
  if (!stepsOk || exitAfter < 0) {
    std::cerr << "gan-studio: --exit-after-steps expects a whole number, got '"
              << parser.value(exitOption).toStdString() << "'\n";
    return 2;
  }

  gan::ui::MainWindow window(config);
  window.show();
  auto& controller = window.controller();
  if (parser.isSet(trainOption)) {
    // Train once the data are loaded: the first state change out of Loading.
    QObject::connect(&controller, &gan::ui::TrainingController::stateChanged, &window,
                     [&controller, started = false](gan::TrainerState state) mutable {
                       if (started || state != gan::TrainerState::Ready) return;
                       started = true;
                       controller.start();
                     });
  }
  if (parser.isSet(exploreOption)) {
    auto* explorer = window.showLatentExplorer();
    if (parser.value(exploreOption) != "live") explorer->openCheckpoint(parser.value(exploreOption));
    if (parser.isSet(noStripOption)) explorer->stripBox()->setChecked(false);
    const int benchMoves = parser.value(exploreBenchOption).toInt();
    // A scripted session: wait for the model, label, set codes, drag, then report and close.
    auto* script = new QTimer(explorer);
    script->setInterval(100);
    QObject::connect(
        script, &QTimer::timeout, explorer, [&, explorer, script, benchMoves, stage = 0, waited = 0]() mutable {
          ++waited;
          if (stage == 0) {
            if (!explorer->model() || explorer->preview().image().isNull()) return;
            if (parser.isSet(exploreLabelOption)) explorer->labelCategories();
            stage = 1;
            waited = 0;
            return;
          }
          if (stage == 1) {
            if (parser.isSet(exploreLabelOption) && !explorer->categoriesLabelled() && waited < 600) return;
            for (const auto& part : parser.value(exploreCodeOption).split(',', Qt::SkipEmptyParts)) {
              const auto key = part.section('=', 0, 0), value = part.section('=', 1);
              bool isCode = false;
              const int code = key.startsWith('c') ? key.mid(1).toInt(&isCode) - 1 : -1;
              if (key == "cat") explorer->pressCategoryButton(value.toInt());
              if (isCode && explorer->codeSlider(code)) {
                explorer->codeSlider(code)->setValue(int(value.toDouble() * 100));
                explorer->setSweptCode(code);
              }
            }
            stage = 2;
            if (benchMoves <= 0) return;
            explorer->clearLatencies();
            auto* drag = new QTimer(explorer);
            drag->setInterval(16);  // a mouse drag delivers ~60 moves a second
            QObject::connect(drag, &QTimer::timeout, explorer, [explorer, drag, benchMoves, move = 0]() mutable {
              auto* slider = explorer->codeSlider(0);
              if (!slider || !slider->isEnabled()) slider = explorer->findChild<QSlider*>("direction:0");
              const double phase = double(move) / 60.0;
              slider->setValue(int(std::lround(slider->maximum() * std::sin(2 * M_PI * phase))));
              if (++move >= benchMoves) drag->stop();
            });
            drag->start();
            return;
          }
          if (stage == 2) {
            // Give the last frame time to arrive and paint.
            if (benchMoves > 0 && waited < benchMoves * 16 / 100 + 10) return;
            script->stop();
            if (benchMoves > 0) {
              auto latencies = explorer->latenciesMs();
              std::sort(latencies.begin(), latencies.end());
              auto percentile = [&](double p) {
                return latencies.empty() ? 0.0 : latencies[std::size_t(p * (latencies.size() - 1))];
              };
              std::cout << "{\"engine\":\"gan-studio-explorer\",\"moves\":" << benchMoves
                        << ",\"requests\":" << explorer->requestsMade()
                        << ",\"frames_rendered\":" << explorer->framesRendered()
                        << ",\"frames_painted\":" << latencies.size()
                        << ",\"strip\":" << (explorer->stripBox()->isChecked() ? "true" : "false")
                        << ",\"training_steps\":" << window.controller().stepsDone()
                        << ",\"latency_ms_p50\":" << percentile(0.5) << ",\"latency_ms_p95\":" << percentile(0.95)
                        << ",\"latency_ms_max\":" << (latencies.empty() ? 0.0 : latencies.back()) << "}" << std::endl;
            }
            QTimer::singleShot(300, explorer, [&, explorer] {
              if (parser.isSet(screenshotOption)) explorer->grab().save(parser.value(screenshotOption));
              window.close();
            });
          }
        });
    script->start();
    return app.exec();
  }
  if (parser.isSet(labOption)) {
    const int preset = parser.value(labOption).toInt();
    if (preset < 1 || preset > gan::ui::DivergenceLab::presetNames().size()) {
      std::cerr << "gan-studio: --lab expects a preset from 1 to " << gan::ui::DivergenceLab::presetNames().size()
                << '\n';
      return 2;
    }
    auto* lab = window.showDivergenceLab();
    lab->applyPreset(preset - 1);
    if (parser.isSet(screenshotOption))
      QTimer::singleShot(800, lab, [&, lab] {
        lab->grab().save(parser.value(screenshotOption));
        window.close();
      });
    return app.exec();
  }
  if (parser.isSet(compareOption)) {
    std::vector<std::string> names;
    for (const auto& name : parser.value(compareOption).split(',', Qt::SkipEmptyParts)) {
      try {
        gan::findVariant(name.toStdString());
      } catch (const std::exception& e) {
        std::cerr << "gan-studio: " << e.what() << '\n';
        return 2;
      }
      names.push_back(name.toStdString());
    }
    auto* compare = window.showCompare();
    compare->startComparison(names, config.dataset.empty() ? "ring" : config.dataset, 1);
    if (exitAfter > 0) {
      QObject::connect(compare, &gan::ui::CompareWindow::roundFinished, compare, [&, compare](qint64 round) {
        if (round * gan::ui::CompareWindow::kStepsPerRound < exitAfter) return;
        compare->stopComparison();
        QTimer::singleShot(600, compare, [&, compare] {
          if (parser.isSet(screenshotOption)) compare->grab().save(parser.value(screenshotOption));
          window.close();
        });
      });
    }
    return app.exec();
  }
  QElapsedTimer clock;
  qint64 firstStep = -1;
  int paintsAtStart = 0;
  if (exitAfter > 0) {
    QObject::connect(&controller, &gan::ui::TrainingController::progress, &window,
                     [&, done = false](qint64 step, qint64, double, const QString&) mutable {
                       if (firstStep < 0 && step > 0) {
                         firstStep = step;
                         paintsAtStart = window.toyCanvas().paints();
                         clock.start();
                       }
                       if (done || step < exitAfter) return;
                       done = true;
                       const double seconds = clock.elapsed() / 1000.0;
                       // CPU the UI thread itself spent: drawing must stay a small share of a core.
                       rusage usage{};
                       getrusage(RUSAGE_THREAD, &usage);
                       const double uiSeconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
                                                (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
                       std::cout << "{\"engine\":\"gan-studio-gui\",\"steps\":" << step - firstStep
                                 << ",\"seconds\":" << seconds
                                 << ",\"train_steps_per_s\":" << (seconds > 0 ? (step - firstStep) / seconds : 0)
                                 << ",\"ui_thread_cpu_s\":" << uiSeconds << ",\"toy_canvas_paints_per_s\":"
                                 << (seconds > 0 ? (window.toyCanvas().paints() - paintsAtStart) / seconds : 0) << "}"
                                 << std::endl;
                       controller.pause();
                       // Let the last grid and plots arrive and paint before the picture.
                       QTimer::singleShot(600, &window, [&] {
                         if (parser.isSet(screenshotOption)) window.grab().save(parser.value(screenshotOption));
                         window.close();
                       });
                     });
  }
  return app.exec();
}
