// gan-studio-cli: the engine headless. Everything the GUI does to a run, scripted.
#include <CLI/CLI.hpp>

#include <iostream>
#include <stdexcept>
#include <string>

#include "app/cli_commands.h"
#include "app/cli_setup.h"
#include "app/version.h"
#include "engine/core/dataset_catalog.h"
#include "engine/core/run_library.h"
#include "engine/core/runtime.h"

namespace {

// Every subcommand's options, filled by CLI11 as it parses.
struct Arguments {
  int threads = 0;
  gan::cli::TrainOptions train;
  gan::cli::SampleOptions sample;
  std::string evalCheckpoint, evalData;
  std::string exportCheckpoint, exportOut, exportData;
  gan::cli::BenchCommand bench;
  bool benchPeak = false, benchAll = false;
  std::string benchPeers;
  gan::cli::DivergenceOptions divergence;
  bool variantsJson = false;
  gan::cli::RunsOptions runs;
  gan::cli::ExportGifOptions gif;
  gan::cli::ClassifierOptions classifier;
  gan::cli::EvaluateOptions evaluate;
  gan::cli::SetupOptions setup;
};

// A dataset by name, or folder:PATH (a folder of one's own pictures).
const CLI::Validator kDatasetName(
    [](std::string& text) -> std::string {
      try {
        gan::requireKnownDataset(text);
        return {};
      } catch (const std::invalid_argument& e) {
        return e.what();
      }
    },
    "DATASET");

// A seed is a whole number from 0 to 2^64 − 1, written plainly: CLI11 alone would wrap "-1" and
// "18446744073709551616" round to 2^64 − 1 without a word.
const CLI::Validator kSeedText(
    [](std::string& text) -> std::string {
      const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
      if (!digits) return "a seed is a whole number from 0 to 18446744073709551615, got '" + text + "'";
      try {
        (void)std::stoull(text);
      } catch (const std::out_of_range&) {
        return "a seed is at most 18446744073709551615, got " + text;
      }
      return {};
    },
    "SEED");

CLI::App* addTrain(CLI::App& app, gan::cli::TrainOptions& train) {
  auto* command =
      app.add_subcommand("train",
                         "Train a variant; records the run (metrics.csv, grids.log, events.jsonl) and saves "
                         "checkpoint.pt, config.json, samples.png into a new folder of the run library "
                         "or --out");
  command->add_option("--variant", train.variant, "Variant name (see `variants`)")->capture_default_str();
  command
      ->add_option("--dataset", train.dataset,
                   "mnist, fashion, folder:PATH (your pictures), or a 2D toy: ring, grid, moons, spiral, line")
      ->check(kDatasetName)
      ->capture_default_str();
  command->add_option("--steps", train.steps, "Training steps to run")
      ->check(CLI::Range(1L, 100000000L))
      ->capture_default_str();
  command->add_option("--seed", train.seed, "Seed for weights, data order and noise")
      ->check(kSeedText)
      ->capture_default_str();
  command->add_option("--out", train.outDir,
                      "Run folder (default: a new one in the run library; with --resume, the checkpoint's)");
  command->add_option("--data", train.dataDir, "MNIST folder (default: the installed data/mnist)");
  command->add_option("--set", train.settings, "Hyperparameter, e.g. --set learning_rate_g=1e-4 (repeatable)");
  command->add_option("--sample-every", train.sampleEverySteps, "Steps between sample grids")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  command->add_option("--resume", train.resumeFrom,
                      "Continue from this checkpoint (its variant, data and seed; --set changes live settings)");
  command->add_flag("--force", train.force, "Write into an --out folder that already holds another run's files");
  command
      ->add_option("--checkpoint-every", train.checkpointEvery,
                   "Steps between saves of the whole run folder (0: only at the end and on Ctrl-C)")
      ->check(CLI::Range(0L, 100000000L))
      ->capture_default_str();
  return command;
}

CLI::App* addSample(CLI::App& app, gan::cli::SampleOptions& sample) {
  auto* command = app.add_subcommand("sample", "Generate images from a checkpoint as IDX (+ PNG grid beside it)");
  command->add_option("--checkpoint", sample.checkpoint, "Checkpoint file")->required();
  command->add_option("--count", sample.count, "Number of images")->check(CLI::Range(1, 100000))->capture_default_str();
  command->add_option("--seed", sample.seed, "Seed of the latent codes")->check(kSeedText)->capture_default_str();
  command->add_option("--out", sample.out, "Output IDX file (the PNG goes beside it)")->capture_default_str();
  command->add_option("--code", sample.codes,
                      "Fix InfoGAN codes, e.g. cat=3,c1=-1.5 or, with a model's stored match and code names, "
                      "digit=7,slant=2 (others as drawn)");
  return command;
}

CLI::App* addInfoganEval(CLI::App& app, Arguments& args) {
  auto* command = app.add_subcommand(
      "infogan-eval",
      "Match an InfoGAN's categories to digits on the MNIST test set; print mapping and accuracy as JSON");
  command->add_option("--checkpoint", args.evalCheckpoint, "InfoGAN checkpoint")->required();
  command->add_option("--data", args.evalData, "MNIST folder (default: the run's)");
  return command;
}

CLI::App* addExportGenerator(CLI::App& app, Arguments& args) {
  auto* command =
      app.add_subcommand("export-generator",
                         "Write a checkpoint's generator alone (a small model file to ship or explore), with InfoGAN's "
                         "category → digit match");
  command->add_option("--checkpoint", args.exportCheckpoint, "Checkpoint of an image model")->required();
  command->add_option("--out", args.exportOut, "Model file to write")->required();
  command->add_option("--data", args.exportData, "MNIST folder for the match (default: the run's)");
  return command;
}

CLI::App* addBench(CLI::App& app, Arguments& args) {
  auto* command = app.add_subcommand("bench", "Print training steps/s and generator latency as JSON");
  command->add_option("--variant", args.bench.variant, "Variant")->capture_default_str();
  command->add_option("--dataset", args.bench.dataset, "mnist or a 2D toy")->check(kDatasetName)->capture_default_str();
  command->add_option("--steps", args.bench.steps, "Timed steps")->check(CLI::Range(1, 100000))->capture_default_str();
  command->add_option("--batch", args.bench.batchSize, "Batch size")->check(CLI::Range(2, 1024))->capture_default_str();
  command->add_option("--data", args.bench.dataDir, "MNIST folder");
  command->add_option("--set", args.bench.settings, "Hyperparameter, e.g. --set channels=64 (repeatable)");
  command->add_option("--layers", args.bench.layers,
                      "Fully connected and upsampling layers on oneDNN, or on LibTorch's own paths (the before)")
      ->check(CLI::IsMember({"onednn", "libtorch"}))
      ->capture_default_str();
  command->add_flag("--peak", args.benchPeak, "Only the machine's single-precision GEMM limit (GFLOP/s)");
  command->add_flag("--all", args.benchAll, "Every variant at its default batch, with the GEMM limit");
  command->add_option("--profile", args.bench.profileFile,
                      "Record the timed steps with LibTorch's autograd profiler into this Chrome trace file");
  command->add_option("--peers", args.benchPeers,
                      "With --all: a folder with the Python peers (peer_dcgan.py, peer_infogan.py) to run too");
  return command;
}

CLI::App* addDivergence(CLI::App& app, gan::cli::DivergenceOptions& divergence) {
  auto* command =
      app.add_subcommand("divergence", "KL, JS, every f-divergence and W1 between two distributions, computed exactly");
  command
      ->add_option("--p", divergence.p,
                   "P: masses 0.5,0.1,0.4 or normal:MEAN,SD, uniform:LOW,HIGH, "
                   "mixture:W,MEAN,SD,…")
      ->required();
  command->add_option("--q", divergence.q, "Q, in the same form as P")->required();
  command->add_option("--x", divergence.positions, "Positions of the discrete points (default 1,2,3,…)");
  command->add_option("--cost", divergence.costFile, "CSV file: ground-cost matrix for W1 (discrete)");
  command->add_flag("--json", divergence.json, "Print JSON (infinite values as \"inf\")");
  return command;
}

CLI::App* addRuns(CLI::App& app, gan::cli::RunsOptions& runs) {
  auto* command = app.add_subcommand("runs", "The run library (" + gan::runLibraryFolder() + "): list, show, remove");
  command->require_subcommand(1);
  command->add_subcommand("list", "List the runs, most recently active first")
      ->add_flag("--json", runs.json, "Print JSON");
  auto* show = command->add_subcommand("show", "A run's settings, progress and events");
  show->add_option("run", runs.runs, "Run folder or name in the library")->required();
  show->add_flag("--json", runs.json, "Print JSON");
  command->add_subcommand("rm", "Move runs to the trash (runs restore undoes it)")
      ->add_option("run", runs.runs, "Run folder or name in the library")
      ->required();
  command->add_subcommand("restore", "Put trashed runs back where they were")
      ->add_option("trashed", runs.runs, "The path in the trash that `runs rm` printed")
      ->required();
  return command;
}

CLI::App* addExportGif(CLI::App& app, gan::cli::ExportGifOptions& gif) {
  auto* command = app.add_subcommand(
      "export-gif", "The samples of a run as they evolved: an animated GIF and/or PNG frames, the step on each");
  command->add_option("--run", gif.run, "Run folder or name in the library")->required();
  command->add_option("--out", gif.out, "GIF file to write");
  command->add_option("--frames-dir", gif.framesDir, "New folder for a PNG sequence");
  command->add_option("--from", gif.from, "First step")->check(CLI::Range(0L, INT64_MAX));
  command->add_option("--to", gif.to, "Last step")->check(CLI::Range(0L, INT64_MAX));
  command->add_option("--fps", gif.fps, "Frames per second")->check(CLI::Range(0.5, 50.0))->capture_default_str();
  return command;
}

CLI::App* addTrainClassifier(CLI::App& app, gan::cli::ClassifierOptions& classifier) {
  auto* command = app.add_subcommand("train-classifier",
                                     "Train the reference classifier whose features `evaluate` measures samples in");
  command->add_option("--dataset", classifier.dataset, "mnist or fashion")
      ->check(CLI::IsMember({gan::kMnistDataset, gan::kFashionDataset}))
      ->capture_default_str();
  command->add_option("--epochs", classifier.epochs, "Passes over the training images")
      ->check(CLI::Range(1, 50))
      ->capture_default_str();
  command->add_option("--seed", classifier.seed, "Seed of the weights and the batch order")
      ->check(kSeedText)
      ->capture_default_str();
  command->add_option("--data", classifier.dataDir, "MNIST folder (default: the installed data/mnist)");
  command->add_option("--out", classifier.out, "Model file (default resources/models/<dataset>-classifier.pt)");
  return command;
}

CLI::App* addEvaluate(CLI::App& app, gan::cli::EvaluateOptions& evaluate) {
  auto* command = app.add_subcommand(
      "evaluate", "Sample quality of a checkpoint: FID, KID, precision/recall, classes covered (reference classifier)");
  command->add_option("--checkpoint", evaluate.checkpoint, "Checkpoint of an image model");
  command->add_flag("--real", evaluate.real, "The real baseline: real test images against real training images");
  command->add_option("--dataset", evaluate.dataset, "With --real: mnist or fashion")
      ->check(CLI::IsMember({gan::kMnistDataset, gan::kFashionDataset}));
  command->add_option("--count", evaluate.count, "Samples (and real images they are compared with)")
      ->check(CLI::Range(10L, 60000L))
      ->capture_default_str();
  command->add_option("--seed", evaluate.seed, "Seed of the samples' codes and the real subset")->check(kSeedText);
  command->add_option("--classifier", evaluate.classifier, "Reference classifier (default: the shipped one)");
  command->add_option("--data", evaluate.dataDir, "MNIST folder (default: the run's)");
  command->add_flag("--json", evaluate.json, "Print JSON");
  return command;
}

// Runs the subcommand that was given: 0 done, 1 it failed, 2 bad input (a message names it).
int dispatch(const CLI::App& app, const Arguments& args) {
  using namespace gan::cli;
  const auto given = [&](const char* name) { return app.got_subcommand(name); };
  try {
    if (given("train")) return train(args.train);
    if (given("sample")) return sample(args.sample);
    if (given("infogan-eval")) return infoganEval(args.evalCheckpoint, args.evalData);
    if (given("export-generator")) return exportGeneratorFile(args.exportCheckpoint, args.exportOut, args.exportData);
    if (given("bench") && args.benchPeak) return benchPeak();
    if (given("bench") && args.benchAll) return benchAll(args.bench.steps, args.bench.dataDir, args.benchPeers);
    if (given("bench"))
      return bench(args.bench);
    if (given("variants")) return listVariants(args.variantsJson);
    if (given("divergence")) return divergence(args.divergence);
    if (given("export-gif")) return exportGif(args.gif);
    if (given("train-classifier")) return trainClassifier(args.classifier);
    if (given("evaluate")) return evaluate(args.evaluate);
    if (const int done = runSetupCommand(app, args.setup); done >= 0) return done;
    if (given("runs")) {
      const auto* runs = app.get_subcommand("runs");
      if (runs->got_subcommand("list")) return runsList(args.runs);
      if (runs->got_subcommand("show")) return runsShow(args.runs);
      if (runs->got_subcommand("rm")) return runsRemove(args.runs);
      if (runs->got_subcommand("restore")) return runsRestore(args.runs);
    }
  } catch (const std::invalid_argument& e) {
    std::cerr << "gan-studio-cli: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "gan-studio-cli: " << e.what() << '\n';
    return 1;
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"GAN Studio command line: train, sample and benchmark GANs without the GUI"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Print the help of every subcommand (the man page is made from it)");
  app.set_version_flag("--version", std::string("gan-studio-cli ") + GAN_STUDIO_FULL_VERSION);
  Arguments args;
  app.add_option("--threads", args.threads, "LibTorch threads (0 = all cores); OpenBLAS always gets one")
      ->check(CLI::Range(0, 256));
  auto* train = addTrain(app, args.train);
  addSample(app, args.sample);
  addInfoganEval(app, args);
  addExportGenerator(app, args);
  addBench(app, args);
  addDivergence(app, args.divergence);
  addRuns(app, args.runs);
  addExportGif(app, args.gif);
  addTrainClassifier(app, args.classifier);
  addEvaluate(app, args.evaluate);
  gan::cli::addSetupCommands(app, args.setup);
  app.add_subcommand("variants", "List the variants")->add_flag("--json", args.variantsJson, "Print JSON");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  args.train.variantGiven = train->count("--variant") > 0;
  args.train.datasetGiven = train->count("--dataset") > 0;
  args.train.seedGiven = train->count("--seed") > 0;
  gan::configureRuntime(args.threads);
  return dispatch(app, args);
}
