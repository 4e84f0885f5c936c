#include "engine/core/append_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace gan {

AppendFile::AppendFile(const std::string& path) : m_path(path) {
  m_fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (m_fd < 0) throw std::runtime_error(path + ": cannot open for writing: " + std::strerror(errno));
}

AppendFile::~AppendFile() {
  if (m_fd >= 0) ::close(m_fd);
}

void AppendFile::append(const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const auto wrote = ::write(m_fd, bytes.data() + done, bytes.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) throw std::runtime_error(m_path + ": cannot write: " + std::strerror(errno));
    done += std::size_t(wrote);
  }
}

void AppendFile::sync() {
  if (::fdatasync(m_fd) != 0) throw std::runtime_error(m_path + ": cannot sync: " + std::strerror(errno));
}

}  // namespace gan
