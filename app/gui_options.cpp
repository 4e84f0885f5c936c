#include "app/gui_options.h"
#include "engine/core/resources.h"

#include <QApplication>
#include <QCommandLineParser>

#include <iostream>
#include <stdexcept>

#include "engine/core/dataset_catalog.h"
#include "engine/core/run_library.h"
#include "engine/core/variant_catalog.h"
#include "ui/autosave.h"
#include "ui/language.h"
#include "ui/tools/divergence_lab.h"

namespace gan::app {

namespace {

struct Options {
  QCommandLineOption train{"train", "Start training as soon as the data are loaded."};
  QCommandLineOption variant{"variant", "Variant to open (e.g. gan, gan-ns).", "name"};
  QCommandLineOption dataset{"dataset", "mnist, or the 2D toy distribution ring.", "name"};
  QCommandLineOption data{"data", "MNIST folder.", "dir", QString::fromStdString(defaultMnistDir())};
  QCommandLineOption autosave{"autosave-seconds", "Save the run this often while it trains (0: never).", "n",
                              QString::number(ui::Autosave::kDefaultSeconds)};
  QCommandLineOption recover{"recover", "Open the last autosaved run without asking."};
  QCommandLineOption language{"language", "UI language: en, zh_CN or system (default: the one chosen in Settings).",
                              "code"};
  QCommandLineOption exitAfter{"exit-after-steps", "Quit after this many steps and print the GUI's steps/s.", "n"};
  QCommandLineOption compare{"compare", "Open the compare view and start comparing these variants.", "name,name,…"};
  QCommandLineOption lab{"lab", "Open the divergence lab on one of the tutorial's presets (1-5).", "preset"};
  QCommandLineOption screenshot{"screenshot", "Save a picture of the window before quitting.", "file.png"};
  QCommandLineOption scrubTo{"scrub-to", "With --exit-after-steps: show the recorded step n before quitting.", "n"};
  QCommandLineOption runs{"runs", "With --exit-after-steps: show the Runs panel."};
  QCommandLineOption quality{"quality",
                             "With --exit-after-steps: measure sample quality every 1,000 steps and at the end."};
  QCommandLineOption overlay{"overlay", "Overlay the curves of these runs (folders or names in the run library).",
                             "run,run,…"};
  QCommandLineOption explore{
      "explore",
      "Open the latent explorer on a checkpoint, or on the live run ('live'; the bundled InfoGAN until it trains).",
      "file|live"};
  QCommandLineOption exploreLabel{"explore-label", "Label InfoGAN categories with the test digits first."};
  QCommandLineOption exploreCode{"explore-code",
                                 "Set the explorer's controls, e.g. cat=3,slant=-2 or c1=-2 (cat = button).", "codes"};
  QCommandLineOption exploreBench{
      "explore-bench", "Drag c1 (or z direction 1) through N positions, 16 ms apart; print latency JSON.", "n"};
  QCommandLineOption noStrip{"explore-no-strip", "Explorer: the single preview image only, no sweep strip."};
};

// Throws std::invalid_argument naming the flag.
qint64 wholeNumber(const QCommandLineParser& parser, const QCommandLineOption& option, const char* flag) {
  if (!parser.isSet(option)) return 0;
  bool ok = false;
  const qint64 value = parser.value(option).toLongLong(&ok);
  if (!ok || value < 0)
    throw std::invalid_argument(std::string(flag) + " expects a whole number, got '" +
                                parser.value(option).toStdString() + "'");
  return value;
}

void readRun(const QCommandLineParser& parser, const Options& o, GuiOptions& options) {
  options.config.variant.clear();
  options.config.dataset.clear();
  options.config.dataDir = parser.value(o.data).toStdString();
  if (parser.isSet(o.dataset)) {
    options.config.dataset = parser.value(o.dataset).toStdString();
    requireKnownDataset(options.config.dataset);
    if (options.config.dataset == kDrawnDataset)
      throw std::invalid_argument("'drawn' is drawn in the window: start on another dataset");
  }
  if (parser.isSet(o.variant)) options.config.variant = findVariant(parser.value(o.variant).toStdString()).name;
  options.train = parser.isSet(o.train);
  if (parser.isSet(o.autosave)) options.autosaveSeconds = int(wholeNumber(parser, o.autosave, "--autosave-seconds"));
  options.recover = parser.isSet(o.recover);
  options.language = parser.value(o.language);
  if (!options.language.isEmpty() && options.language != ui::Language::kSystem &&
      !ui::Language::available().contains(options.language))
    throw std::invalid_argument("--language expects " + ui::Language::available().join(", ").toStdString() +
                                " or system, got '" + options.language.toStdString() + "'");
}

void readScripts(const QCommandLineParser& parser, const Options& o, GuiOptions& options) {
  options.exitAfterSteps = wholeNumber(parser, o.exitAfter, "--exit-after-steps");
  options.screenshot = parser.value(o.screenshot);
  options.compare = parser.value(o.compare).split(',', Qt::SkipEmptyParts);
  for (const auto& name : options.compare) findVariant(name.toStdString());
  options.labPreset = int(wholeNumber(parser, o.lab, "--lab"));
  const auto presets = ui::DivergenceLab::presetNames().size();
  if (parser.isSet(o.lab) && (options.labPreset < 1 || options.labPreset > presets))
    throw std::invalid_argument("--lab expects a preset from 1 to " + std::to_string(presets));
  options.explore = parser.value(o.explore);
  options.exploreLabel = parser.isSet(o.exploreLabel);
  options.exploreCode = parser.value(o.exploreCode);
  options.exploreBenchMoves = int(wholeNumber(parser, o.exploreBench, "--explore-bench"));
  options.exploreNoStrip = parser.isSet(o.noStrip);
  if (parser.isSet(o.scrubTo)) options.scrubTo = wholeNumber(parser, o.scrubTo, "--scrub-to");
  options.showRuns = parser.isSet(o.runs);
  options.quality = parser.isSet(o.quality);
  for (const auto& run : parser.value(o.overlay).split(',', Qt::SkipEmptyParts))
    options.overlay << QString::fromStdString(findRun(run.toStdString()));
}

}  // namespace

std::optional<GuiOptions> parseGuiOptions(const QApplication& app) {
  QCommandLineParser parser;
  parser.setApplicationDescription("GAN Studio: watch GANs train");
  parser.addHelpOption();
  parser.addVersionOption();
  const Options o;
  parser.addOptions({o.train,        o.variant, o.dataset, o.data,       o.autosave, o.recover,      o.language,
                     o.exitAfter,    o.compare, o.lab,     o.screenshot, o.explore,  o.exploreLabel, o.exploreCode,
                     o.exploreBench, o.noStrip, o.scrubTo, o.runs,       o.overlay,  o.quality});
  parser.process(app);
  GuiOptions options;
  try {
    readRun(parser, o, options);
    readScripts(parser, o, options);
  } catch (const std::exception& e) {
    std::cerr << "gan-studio: " << e.what() << '\n';
    return std::nullopt;
  }
  return options;
}

}  // namespace gan::app
