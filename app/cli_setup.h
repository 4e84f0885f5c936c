#pragma once
// The CLI's subcommands about the installation itself: `paths` (where data and resources are
// looked for and found) and `completion bash` (a completion script generated from the parser, so
// it never drifts from the options).
#include <CLI/CLI.hpp>

namespace gan::cli {

struct SetupOptions {
  bool pathsJson = false;
};

void addSetupCommands(CLI::App& app, SetupOptions& options);
// 0 when `app` got one of these subcommands and it ran, -1 when it got none of them.
int runSetupCommand(const CLI::App& app, const SetupOptions& options);

}  // namespace gan::cli
