#include "engine/core/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace gan {

namespace fs = std::filesystem;

namespace {

std::string systemError(int code) { return std::strerror(code); }

// fsync a file or folder (Linux needs the folder synced for a rename to survive power loss).
void syncPath(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error(path + ": cannot open to sync (" + systemError(errno) + ")");
  const int result = ::fsync(fd);
  const int code = errno;
  ::close(fd);
  if (result != 0) throw std::runtime_error(path + ": cannot sync to disk (" + systemError(code) + ")");
}

// "<prefix><pid>.<n>": pid says whose it is, n keeps two writes of one process apart.
std::string tempName(const std::string& prefix) {
  static std::atomic<unsigned> counter{0};
  return prefix + std::to_string(::getpid()) + "." + std::to_string(counter++);
}

// True when the temp entry's writer is gone: its pid (after `prefix`) names no live process.
bool writerIsGone(const std::string& name, const std::string& prefix) {
  if (name.rfind(prefix, 0) != 0) return false;
  const char* begin = name.data() + prefix.size();
  long pid = 0;
  const auto [end, error] = std::from_chars(begin, name.data() + name.size(), pid);
  if (error != std::errc() || end == begin || pid <= 0 || pid == ::getpid()) return false;
  return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

// A killed writer's temp files (or staging folders) beside `target` are debris: remove them.
void removeStale(const fs::path& folder, const std::string& prefix) {
  std::error_code error;
  for (fs::directory_iterator it(folder.empty() ? fs::path(".") : folder, error), end; !error && it != end;
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    std::error_code ignored;
    if (writerIsGone(name, prefix)) fs::remove_all(it->path(), ignored);
  }
}

std::string tempPrefix(const fs::path& target) { return target.filename().string() + ".tmp."; }
std::string stagingPrefix(const fs::path& target) { return "." + target.filename().string() + ".staging."; }

// `folder` without a trailing separator, so filename() and parent_path() mean the folder itself.
fs::path plainFolder(const std::string& folder) {
  fs::path path = fs::path(folder).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  if (path.empty() || path.filename() == "." || path.filename() == "..")
    throw std::runtime_error(folder + ": name a folder of its own (not . or ..) to write a run into");
  return path;
}

void removeQuietly(const fs::path& path) {
  std::error_code ignored;
  fs::remove_all(path, ignored);
}

// Entries of `from` that `into` lacks, linked (or copied) across: what the writer did not replace.
void carryOver(const fs::path& from, const fs::path& into) {
  std::error_code error;
  if (!fs::is_directory(from, error)) return;
  for (const auto& entry : fs::directory_iterator(from)) {
    const fs::path destination = into / entry.path().filename();
    if (fs::exists(fs::symlink_status(destination))) continue;
    fs::create_hard_link(entry.path(), destination, error);
    if (error) fs::copy(entry.path(), destination, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
  }
}

void syncTree(const fs::path& folder) {
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_regular_file()) syncPath(entry.path().string());
  syncPath(folder.string());
}

// Puts `staging` where `target` is, atomically when the file system can exchange two names;
// afterwards `staging` holds the old folder (or nothing).
void exchangeFolders(const fs::path& staging, const fs::path& target) {
  if (!fs::exists(target)) {
    fs::rename(staging, target);
    return;
  }
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) return;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    throw std::runtime_error(target.string() + ": cannot replace folder (" + systemError(errno) + ")");
  // No exchange here (e.g. NFS): a short window in which only the two side names exist.
  const fs::path old = staging.string() + ".old";
  fs::rename(target, old);
  fs::rename(staging, target);
  fs::rename(old, staging);
}

}  // namespace

void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& write) {
  const fs::path target(path);
  const fs::path folder = target.parent_path();
  if (!folder.empty()) fs::create_directories(folder);
  removeStale(folder, tempPrefix(target));
  const fs::path temp = folder / tempName(tempPrefix(target));
  try {
    write(temp.string());
    syncPath(temp.string());
    if (::rename(temp.c_str(), target.c_str()) != 0)
      throw std::runtime_error(path + ": cannot replace file (" + systemError(errno) + ")");
    syncPath(folder.empty() ? "." : folder.string());
  } catch (...) {
    removeQuietly(temp);
    throw;
  }
}

void writeFileAtomically(const std::string& path, const std::string& bytes) {
  writeAtomically(path, [&](const std::string& temp) {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(path + ": cannot write (" + systemError(errno) + ")");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw std::runtime_error(path + ": write failed (disk full?)");
  });
}

StagedFolder::StagedFolder(const std::string& folder) : m_folder(folder) {
  const fs::path target = plainFolder(folder);
  const fs::path parent = target.parent_path();
  try {
    if (!parent.empty()) fs::create_directories(parent);
    removeStale(parent, stagingPrefix(target));
    const fs::path staging = parent / tempName(stagingPrefix(target));
    fs::create_directory(staging);
    m_target = target.string();
    m_staging = staging.string();
  } catch (const fs::filesystem_error& e) {
    throw std::runtime_error(folder + ": cannot write the folder (" + e.code().message() + ")");
  }
}

// Uncommitted: abandoned. Committed: the staging name now holds the previous folder.
StagedFolder::~StagedFolder() { removeQuietly(m_staging); }

void StagedFolder::commit() {
  if (m_committed) throw std::logic_error(m_folder + ": committed twice");
  const fs::path target(m_target), staging(m_staging);
  try {
    carryOver(target, staging);
    syncTree(staging);
    exchangeFolders(staging, target);
    syncPath(target.parent_path().empty() ? "." : target.parent_path().string());
  } catch (const fs::filesystem_error& e) {
    throw std::runtime_error(m_folder + ": cannot write the folder (" + e.code().message() + ")");
  }
  m_committed = true;
}

void writeFolderAtomically(const std::string& folder, const std::function<void(const std::string&)>& write) {
  StagedFolder staged(folder);
  write(staged.staging());
  staged.commit();
}

}  // namespace gan
