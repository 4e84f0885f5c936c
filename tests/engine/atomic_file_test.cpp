#include "engine/core/atomic_file.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "test_support.h"

namespace fs = std::filesystem;

namespace {
std::string readText(const fs::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A pid that names no process: the largest one the kernel could hand out, plus one.
std::string deadPid() {
  std::ifstream in("/proc/sys/kernel/pid_max");
  long max = 4194304;
  in >> max;
  return std::to_string(max + 1);
}
}  // namespace

TEST_CASE("A folder is replaced as a whole, keeping what the writer did not make", "[atomic]") {
  const auto dir = gan::test::tempDir("atomic-folder");
  const auto run = dir / "run";
  gan::writeFolderAtomically(run.string(), [](const std::string& staging) {
    gan::writeFileAtomically(staging + "/a.txt", "old a");
    gan::writeFileAtomically(staging + "/b.txt", "old b");
  });
  gan::writeFileAtomically((run / "notes.txt").string(), "the user's");
  gan::writeFolderAtomically((run.string() + "/"),
                             [](const std::string& staging) { gan::writeFileAtomically(staging + "/a.txt", "new a"); });
  CHECK(readText(run / "a.txt") == "new a");
  CHECK(readText(run / "b.txt") == "old b");
  CHECK(readText(run / "notes.txt") == "the user's");
  // Nothing but the run is left beside it.
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("A writer that fails leaves the old folder untouched and no debris", "[atomic]") {
  const auto dir = gan::test::tempDir("atomic-fail");
  const auto run = dir / "run";
  gan::writeFolderAtomically(run.string(), [](const std::string& s) { gan::writeFileAtomically(s + "/a.txt", "1"); });
  CHECK_THROWS_AS(gan::writeFolderAtomically(run.string(),
                                             [](const std::string& staging) {
                                               gan::writeFileAtomically(staging + "/a.txt", "2");
                                               throw std::runtime_error("disk full");
                                             }),
                  std::runtime_error);
  CHECK(readText(run / "a.txt") == "1");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("Temp files and staging folders of killed writers are cleaned on the next write", "[atomic]") {
  const auto dir = gan::test::tempDir("atomic-stale");
  const std::string dead = deadPid(), alive = std::to_string(::getppid());
  fs::create_directory(dir / (".run.staging." + dead + ".0"));
  fs::create_directory(dir / (".run.staging." + alive + ".0"));  // another live writer's: kept
  gan::writeFolderAtomically((dir / "run").string(), [](const std::string&) {});
  CHECK_FALSE(fs::exists(dir / (".run.staging." + dead + ".0")));
  CHECK(fs::exists(dir / (".run.staging." + alive + ".0")));

  gan::writeFileAtomically((dir / ("f.txt.tmp." + dead + ".3")).string(), "debris");
  gan::writeFileAtomically((dir / "f.txt").string(), "data");
  CHECK_FALSE(fs::exists(dir / ("f.txt.tmp." + dead + ".3")));
  CHECK(readText(dir / "f.txt") == "data");
}

TEST_CASE("A rename that fails says why and leaves no temp file", "[atomic]") {
  const auto dir = gan::test::tempDir("atomic-rename");
  fs::create_directories(dir / "taken" / "inside");  // a non-empty folder cannot be replaced by a file
  try {
    gan::writeFileAtomically((dir / "taken").string(), "x");
    FAIL("the write should have failed");
  } catch (const std::runtime_error& e) {
    const std::string message = e.what();
    CHECK(message.find("taken") != std::string::npos);
    CHECK(message.find("Success") == std::string::npos);
  }
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}
