// gan-studio-cli: the engine headless. Everything the GUI does to a run, scripted.
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/cli_commands.h"
#include "engine/core/runtime.h"
#include "engine/core/toy_datasets.h"

int main(int argc, char** argv) {
  CLI::App app{"GAN Studio command line: train, sample and benchmark GANs without the GUI"};
  app.require_subcommand(1);
  int threads = 0;
  app.add_option("--threads", threads, "LibTorch threads (0 = all cores); OpenBLAS always gets one")
      ->check(CLI::Range(0, 256));

  gan::cli::TrainOptions train;
  auto* trainCommand = app.add_subcommand("train",
                                          "Train a variant on MNIST; writes metrics.csv, samples.png, "
                                          "checkpoint.pt and config.json into --out");
  trainCommand->add_option("--variant", train.variant, "Variant name (see `variants`)")->capture_default_str();
  trainCommand->add_option("--dataset", train.dataset, "mnist, or a 2D toy: ring, grid, moons, spiral, line")
      ->check(CLI::IsMember(gan::datasetNames()))
      ->capture_default_str();
  trainCommand->add_option("--steps", train.steps, "Training steps to run")
      ->check(CLI::Range(1L, 100000000L))
      ->capture_default_str();
  trainCommand->add_option("--seed", train.seed, "Seed for weights, data order and noise")->capture_default_str();
  trainCommand->add_option("--out", train.outDir, "Output folder")->capture_default_str();
  trainCommand->add_option("--data", train.dataDir, "MNIST folder (default: the installed data/mnist)");
  trainCommand->add_option("--set", train.settings, "Hyperparameter, e.g. --set learning_rate_g=1e-4 (repeatable)");
  trainCommand->add_option("--sample-every", train.sampleEverySteps, "Steps between sample grids")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  trainCommand->add_option("--resume", train.resumeFrom, "Continue from this checkpoint (its variant and config)");

  gan::cli::SampleOptions sample;
  auto* sampleCommand = app.add_subcommand("sample", "Generate images from a checkpoint as IDX (+ PNG grid beside it)");
  sampleCommand->add_option("--checkpoint", sample.checkpoint, "Checkpoint file")->required();
  sampleCommand->add_option("--count", sample.count, "Number of images")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  sampleCommand->add_option("--seed", sample.seed, "Seed of the latent codes")->capture_default_str();
  sampleCommand->add_option("--out", sample.out, "Output IDX file (the PNG goes beside it)")->capture_default_str();
  sampleCommand->add_option("--code", sample.codes, "Fix InfoGAN codes, e.g. cat=3,c1=-1.5,c2=0.5 (others as drawn)");

  std::string evalCheckpoint, evalData;
  auto* evalCommand = app.add_subcommand(
      "infogan-eval",
      "Match an InfoGAN's categories to digits on the MNIST test set; print mapping and accuracy as JSON");
  evalCommand->add_option("--checkpoint", evalCheckpoint, "InfoGAN checkpoint")->required();
  evalCommand->add_option("--data", evalData, "MNIST folder (default: the run's)");

  std::string benchVariant = "gan-ns", benchData, benchDataset = "mnist";
  int benchSteps = 30, benchBatch = 64;
  auto* benchCommand = app.add_subcommand("bench", "Print training steps/s and generator latency as JSON");
  benchCommand->add_option("--variant", benchVariant, "Variant")->capture_default_str();
  benchCommand->add_option("--dataset", benchDataset, "mnist or a 2D toy")
      ->check(CLI::IsMember(gan::datasetNames()))
      ->capture_default_str();
  benchCommand->add_option("--steps", benchSteps, "Timed steps")->check(CLI::Range(1, 100000))->capture_default_str();
  benchCommand->add_option("--batch", benchBatch, "Batch size")->check(CLI::Range(2, 1024))->capture_default_str();
  benchCommand->add_option("--data", benchData, "MNIST folder");

  gan::cli::DivergenceOptions divergence;
  auto* divergenceCommand =
      app.add_subcommand("divergence", "KL, JS, every f-divergence and W1 between two distributions, computed exactly");
  divergenceCommand
      ->add_option("--p", divergence.p,
                   "P: masses 0.5,0.1,0.4 or normal:MEAN,SD, uniform:LOW,HIGH, "
                   "mixture:W,MEAN,SD,…")
      ->required();
  divergenceCommand->add_option("--q", divergence.q, "Q, in the same form as P")->required();
  divergenceCommand->add_option("--x", divergence.positions, "Positions of the discrete points (default 1,2,3,…)");
  divergenceCommand->add_option("--cost", divergence.costFile, "CSV file: ground-cost matrix for W1 (discrete)");
  divergenceCommand->add_flag("--json", divergence.json, "Print JSON (infinite values as \"inf\")");

  bool json = false;
  auto* variantsCommand = app.add_subcommand("variants", "List the variants");
  variantsCommand->add_flag("--json", json, "Print JSON");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }

  gan::configureRuntime(threads);
  try {
    if (*trainCommand) return gan::cli::train(train);
    if (*sampleCommand) return gan::cli::sample(sample);
    if (*evalCommand) return gan::cli::infoganEval(evalCheckpoint, evalData);
    if (*benchCommand) return gan::cli::bench(benchVariant, benchDataset, benchSteps, benchBatch, benchData);
    if (*variantsCommand) return gan::cli::listVariants(json);
    if (*divergenceCommand) return gan::cli::divergence(divergence);
  } catch (const std::invalid_argument& e) {
    std::cerr << "gan-studio-cli: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "gan-studio-cli: " << e.what() << '\n';
    return 1;
  }
  return 2;
}
