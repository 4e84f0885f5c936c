#pragma once
#include <functional>
#include <string>

namespace gan {

// Writes `bytes` to `path` through a temp file in the same folder, fsync and a rename (the folder
// is synced too), so a crash, kill -9, power loss or full disk never leaves a half-written file
// under the real name. Temp files that killed writers left beside `path` are removed first.
// Throws std::runtime_error naming the file.
void writeFileAtomically(const std::string& path, const std::string& bytes);

// Same, for writers that want a path: `write(tempPath)` must create the file.
void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& write);

// Writes a whole folder as one: `write(stagingFolder)` fills a fresh sibling folder, which then
// takes `folder`'s place in one atomic exchange, so a reader or a kill -9 sees either the old
// folder or the new one, never a mix. Entries of the old folder that `write` did not make are
// carried over (hard links). Staging folders of killed writers are removed first.
void writeFolderAtomically(const std::string& folder, const std::function<void(const std::string&)>& write);

// The same in two halves, for writers that fill the folder asynchronously (the GUI's autosave
// waits for the trainer's thread): fill staging(), then commit(). Dropped uncommitted, the
// staging folder is removed and the old folder stays as it was.
class StagedFolder {
 public:
  explicit StagedFolder(const std::string& folder);
  ~StagedFolder();
  StagedFolder(const StagedFolder&) = delete;
  StagedFolder& operator=(const StagedFolder&) = delete;
  const std::string& staging() const { return m_staging; }
  void commit();

 private:
  std::string m_folder, m_target, m_staging;
  bool m_committed = false;
};

}  // namespace gan
