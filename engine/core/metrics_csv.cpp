#include "engine/core/metrics_csv.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <stdexcept>

#include "engine/core/atomic_file.h"

namespace gan {

namespace {
std::vector<std::size_t> shownMetrics(const TrainConfig& config) {
  const auto& metrics = findVariant(config.variant).metrics;
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < metrics.size(); ++i)
    if (metricShown(metrics[i], config)) shown.push_back(i);
  return shown;
}
}  // namespace

std::string metricsCsvHeader(const TrainConfig& config) {
  const auto& metrics = findVariant(config.variant).metrics;
  std::string header = "step,epoch";
  for (auto i : shownMetrics(config)) header += ',' + metrics[i].key;
  return header + '\n';
}

std::string metricsCsvRow(const TrainConfig& config, const MetricsRow& row) {
  std::ostringstream out;
  out << std::setprecision(9) << row.step << ',' << row.epoch;
  // A metric not measured at this step is an empty cell; one that broke is written nan.
  for (auto i : shownMetrics(config)) {
    out << ',';
    if (i < row.values.size() && row.values[i]) out << *row.values[i];
  }
  out << '\n';
  return out.str();
}

std::string metricsCsv(const TrainConfig& config, const std::vector<MetricsRow>& rows) {
  std::string text = metricsCsvHeader(config);
  for (const auto& row : rows) text += metricsCsvRow(config, row);
  return text;
}

void writeMetricsCsv(const std::string& path, const TrainConfig& config, const std::vector<MetricsRow>& rows) {
  writeFileAtomically(path, metricsCsv(config, rows));
}

namespace {

constexpr std::uintmax_t kMaxCsvBytes = 256u << 20;

std::vector<std::string> splitFields(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    const auto comma = line.find(',', start);
    fields.push_back(line.substr(start, comma - start));
    if (comma == std::string::npos) return fields;
    start = comma + 1;
  }
}

std::int64_t wholeField(const std::string& field) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
  if (error != std::errc() || end != field.data() + field.size() || value < 0)
    throw std::runtime_error("'" + field.substr(0, 40) + "' is not a whole number");
  return value;
}

MetricValue valueField(const std::string& field) {
  if (field.empty()) return std::nullopt;
  if (field == "nan" || field == "-nan") return std::nan("");
  char* end = nullptr;
  const double value = std::strtod(field.c_str(), &end);
  if (end != field.c_str() + field.size()) throw std::runtime_error("'" + field.substr(0, 40) + "' is not a number");
  return value;
}

// Column k of the file → index into the variant's metrics.
std::vector<std::size_t> columnsOf(const std::string& header, const TrainConfig& config) {
  const auto& metrics = findVariant(config.variant).metrics;
  const auto names = splitFields(header);
  if (names.size() < 2 || names[0] != "step" || names[1] != "epoch")
    throw std::runtime_error("the header does not start with step,epoch");
  std::vector<std::size_t> columns;
  for (std::size_t k = 2; k < names.size(); ++k) {
    const auto found = std::find_if(metrics.begin(), metrics.end(), [&](const auto& m) { return m.key == names[k]; });
    if (found == metrics.end())
      throw std::runtime_error("column '" + names[k].substr(0, 40) + "' is not a metric of " + config.variant);
    columns.push_back(std::size_t(found - metrics.begin()));
  }
  return columns;
}

MetricsRow parseRow(const std::string& line, const std::vector<std::size_t>& columns, std::size_t metricCount) {
  const auto fields = splitFields(line);
  if (fields.size() != columns.size() + 2)
    throw std::runtime_error(std::to_string(fields.size()) + " fields, the header has " +
                             std::to_string(columns.size() + 2));
  MetricsRow row;
  row.step = wholeField(fields[0]);
  row.epoch = wholeField(fields[1]);
  row.values.assign(metricCount, std::nullopt);
  for (std::size_t k = 0; k < columns.size(); ++k) row.values[columns[k]] = valueField(fields[k + 2]);
  return row;
}

}  // namespace

std::vector<MetricsRow> parseMetricsCsv(const std::string& text, const TrainConfig& config, const std::string& name) {
  std::istringstream in(text);
  std::string line;
  std::size_t lineNumber = 1;
  try {
    if (!std::getline(in, line)) throw std::runtime_error("empty");
    const auto columns = columnsOf(line, config);
    const auto metricCount = findVariant(config.variant).metrics.size();
    std::vector<MetricsRow> rows;
    while (std::getline(in, line)) {
      ++lineNumber;
      rows.push_back(parseRow(line, columns, metricCount));
      if (rows.size() > 1 && rows.back().step <= rows[rows.size() - 2].step)
        throw std::runtime_error("step " + std::to_string(rows.back().step) + " does not follow step " +
                                 std::to_string(rows[rows.size() - 2].step));
    }
    return rows;
  } catch (const std::invalid_argument& e) {  // findVariant: the config names no variant
    throw std::runtime_error(name + ": " + e.what());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(name + " line " + std::to_string(lineNumber) + ": " + e.what());
  }
}

std::vector<MetricsRow> readMetricsCsv(const std::string& path, const TrainConfig& config) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) throw std::runtime_error(path + ": not a regular file");
  if (std::filesystem::file_size(path, error) > kMaxCsvBytes) throw std::runtime_error(path + ": larger than 256 MiB");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw std::runtime_error(path + ": cannot read");
  // The file may be growing (a run appends its rows): a last line without its newline is a row
  // still being written, not yet there.
  auto whole = text.str();
  whole.erase(whole.find_last_of('\n') == std::string::npos ? 0 : whole.find_last_of('\n') + 1);
  return parseMetricsCsv(whole, config, path);
}

}  // namespace gan
