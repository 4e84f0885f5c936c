#pragma once
// A file that only grows: each append() is one write() at the end (O_APPEND), so a reader sees
// earlier appends whole; sync() makes them durable. The run logs (metrics.csv, events.jsonl,
// grids.log) are written through it. A run folder swapped whole by StagedFolder carries these
// files over as hard links, so appends through an open AppendFile land in the new folder.
#include <string>

namespace gan {

class AppendFile {
 public:
  explicit AppendFile(const std::string& path);  // creates the file; throws naming it
  ~AppendFile();
  AppendFile(const AppendFile&) = delete;
  AppendFile& operator=(const AppendFile&) = delete;
  void append(const std::string& bytes);
  void sync();

 private:
  std::string m_path;
  int m_fd = -1;
};

}  // namespace gan
