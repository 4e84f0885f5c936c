#include "engine/core/run_library.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "engine/core/atomic_file.h"
#include "engine/core/metrics_csv.h"
#include "engine/core/resources.h"
#include "engine/core/run_log.h"
#include "engine/core/variant_catalog.h"

namespace gan {

namespace fs = std::filesystem;

namespace {

constexpr const char* kNotesName = "notes.txt";

std::string readText(const fs::path& path, std::uintmax_t limit = 1u << 20) {
  std::error_code error;
  if (!fs::is_regular_file(path, error) || fs::file_size(path, error) > limit) return {};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string today() {
  const auto now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

// The header and the last whole row of a metrics.csv, read from its ends (a long run's file is large).
std::optional<MetricsRow> lastRow(const fs::path& path, const TrainConfig& config) {
  std::ifstream in(path, std::ios::binary);
  std::string header;
  if (!std::getline(in, header)) return std::nullopt;
  in.clear();
  in.seekg(0, std::ios::end);
  const auto size = std::streamoff(in.tellg());
  const auto from = std::max<std::streamoff>(std::streamoff(header.size()) + 1, size - 65536);
  if (from >= size) return std::nullopt;
  std::string tail(std::size_t(size - from), '\0');
  in.seekg(from);
  in.read(tail.data(), std::streamsize(tail.size()));
  const auto end = tail.find_last_of('\n');
  if (end == std::string::npos) return std::nullopt;
  tail.erase(end);  // what follows the last newline is a row being written
  const auto start = tail.find_last_of('\n');
  const auto line = start == std::string::npos ? tail : tail.substr(start + 1);
  try {
    const auto rows = parseMetricsCsv(header + "\n" + line + "\n", config, path.string());
    if (!rows.empty()) return rows.back();
  } catch (const std::runtime_error&) {}
  return std::nullopt;
}

std::string trashInfoEscape(const std::string& path) {
  std::string out;
  const char* hex = "0123456789ABCDEF";
  for (unsigned char c : path)
    if (std::isalnum(c) || std::string("/-_.~").find(char(c)) != std::string::npos)
      out += char(c);
    else
      out += std::string("%") + hex[c >> 4] + hex[c & 15];
  return out;
}

std::string trashInfoUnescape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '%' && i + 2 < text.size()) {
      out += char(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  return out;
}

void requireRunName(const std::string& name) {
  if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos || name.size() > 200)
    throw std::invalid_argument("'" + name + "' is not a run name (1 to 200 characters, no '/')");
}

}  // namespace

std::string runLibraryFolder() {
  if (const char* runs = std::getenv("GAN_STUDIO_RUNS"); runs && *runs) return runs;
  return userDataFolder() + "/runs";
}

std::string createRunFolder(const std::string& variant, const std::string& library) {
  std::error_code error;
  fs::create_directories(library, error);
  if (error) throw std::runtime_error(library + ": cannot create the run library: " + error.message());
  const auto stem = today() + "-" + variant + "-";
  for (int n = 1; n < 100000; ++n) {
    const auto folder = fs::path(library) / (stem + std::to_string(n));
    // create_directory is the claim: two programs starting runs at once get different folders.
    if (fs::create_directory(folder, error)) return fs::absolute(folder).string();
    if (error) throw std::runtime_error(folder.string() + ": cannot create: " + error.message());
  }
  throw std::runtime_error(library + ": no free run name for " + stem + "<n>");
}

RunSummary summarizeRun(const std::string& folder) {
  const fs::path root = fs::absolute(folder);
  const auto configText = readText(root / "config.json");
  if (configText.empty()) throw std::runtime_error(folder + ": not a run folder (no config.json)");
  RunSummary run;
  run.folder = root.string();
  run.name = root.filename().string();
  try {
    run.config = configFromJson(configText);
  } catch (const std::exception& e) {
    throw std::runtime_error(folder + "/config.json: " + e.what());
  }
  std::error_code error;
  const auto metrics = root / kMetricsLogName;
  if (auto row = lastRow(metrics, run.config)) {
    run.steps = row->step;
    const auto& infos = findVariant(run.config.variant).metrics;
    for (std::size_t i = 0; i < infos.size() && i < row->values.size(); ++i)
      if (row->values[i]) run.lastMetrics.emplace_back(infos[i].key, *row->values[i]);
  }
  const auto stamp = fs::last_write_time(fs::exists(metrics, error) ? metrics : root / "config.json", error);
  if (!error)
    run.modified = std::chrono::duration_cast<std::chrono::seconds>(stamp - fs::file_time_type::clock::now() +
                                                                    std::chrono::system_clock::now().time_since_epoch())
                       .count();
  run.hasCheckpoint = fs::is_regular_file(root / "checkpoint.pt", error);
  run.notes = readText(root / kNotesName);
  return run;
}

std::vector<RunSummary> listRuns(const std::string& library) {
  std::vector<RunSummary> runs;
  std::error_code error;
  for (fs::directory_iterator it(library, error), end; !error && it != end; it.increment(error)) {
    if (!it->is_directory(error) || it->path().filename().string().front() == '.') continue;
    try {
      runs.push_back(summarizeRun(it->path().string()));
    } catch (const std::exception&) {}
  }
  std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) {
    return a.modified != b.modified ? a.modified > b.modified : a.name > b.name;
  });
  return runs;
}

std::string findRun(const std::string& run, const std::string& library) {
  std::error_code error;
  if (fs::is_directory(run, error)) return fs::absolute(run).string();
  if (run.find('/') == std::string::npos && !run.empty() && fs::is_directory(fs::path(library) / run, error))
    return (fs::path(library) / run).string();
  throw std::invalid_argument("run '" + run + "': no such folder, nor a run of that name in " + library);
}

std::string trashRun(const std::string& folder) {
  const fs::path source = fs::absolute(folder).lexically_normal();
  const fs::path trash = fs::path(dataHome()) / "Trash";
  std::error_code error;
  fs::create_directories(trash / "files", error);
  fs::create_directories(trash / "info", error);
  if (error) throw std::runtime_error(trash.string() + ": cannot create the trash: " + error.message());
  auto name = source.filename().string();
  for (int n = 2; fs::exists(trash / "files" / name) || fs::exists(trash / "info" / (name + ".trashinfo")); ++n)
    name = source.filename().string() + "." + std::to_string(n);
  char date[32];
  const auto now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &local);
  const auto info = trash / "info" / (name + ".trashinfo");
  writeFileAtomically(info.string(),
                      "[Trash Info]\nPath=" + trashInfoEscape(source.string()) + "\nDeletionDate=" + date + "\n");
  fs::rename(source, trash / "files" / name, error);
  if (error) {
    fs::remove(info);
    throw std::runtime_error(folder + ": cannot move to the trash (" + trash.string() + "): " + error.message());
  }
  return (trash / "files" / name).string();
}

std::string restoreRun(const std::string& trashed) {
  const fs::path inTrash(trashed);
  const auto info = inTrash.parent_path().parent_path() / "info" / (inTrash.filename().string() + ".trashinfo");
  std::istringstream lines(readText(info));
  std::string line, original;
  while (std::getline(lines, line))
    if (line.rfind("Path=", 0) == 0) original = trashInfoUnescape(line.substr(5));
  if (original.empty()) throw std::runtime_error(info.string() + ": no original path; the run stays in the trash");
  std::error_code error;
  if (fs::exists(original, error)) throw std::runtime_error(original + ": exists now; the run stays in the trash");
  fs::rename(inTrash, original, error);
  if (error) throw std::runtime_error(trashed + ": cannot restore to " + original + ": " + error.message());
  fs::remove(info, error);
  return original;
}

std::string renameRun(const std::string& folder, const std::string& name) {
  requireRunName(name);
  const fs::path from = fs::absolute(folder).lexically_normal();
  const auto to = from.parent_path() / name;
  std::error_code error;
  if (fs::exists(to, error)) throw std::invalid_argument("a run named '" + name + "' exists already");
  fs::rename(from, to, error);
  if (error) throw std::runtime_error(folder + ": cannot rename to " + name + ": " + error.message());
  return to.string();
}

void writeRunNotes(const std::string& folder, const std::string& notes) {
  writeFileAtomically((fs::path(folder) / kNotesName).string(), notes);
}

std::vector<std::pair<std::string, std::vector<std::string>>> configDifferences(
    const std::vector<TrainConfig>& configs) {
  std::map<std::string, std::vector<std::string>> values;
  const auto number = [](double v) {
    std::ostringstream out;
    out << v;
    return out.str();
  };
  for (std::size_t i = 0; i < configs.size(); ++i) {
    const auto& config = configs[i];
    const auto set = [&](const std::string& key, const std::string& value) {
      auto& column = values[key];
      column.resize(configs.size());
      column[i] = value;
    };
    set("variant", config.variant);
    set("dataset", config.dataset);
    set("seed", std::to_string(config.seed));
    for (const auto& [key, value] : config.hyperparameters) set(key, number(value));
  }
  std::vector<std::pair<std::string, std::vector<std::string>>> differences;
  for (auto& [key, column] : values) {
    column.resize(configs.size());
    if (std::adjacent_find(column.begin(), column.end(), std::not_equal_to<>()) != column.end())
      differences.emplace_back(key, column);
  }
  return differences;
}

}  // namespace gan
