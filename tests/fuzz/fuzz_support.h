#pragma once
// What the libFuzzer harnesses share. A harness returns normally for input the code refuses with
// the documented exception; anything else (a crash, a sanitizer report, another exception, a
// broken property) is a finding, reported through abort() so libFuzzer saves the input.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace gan::fuzz {

[[noreturn]] inline void finding(const std::string& what) {
  std::fprintf(stderr, "fuzz finding: %s\n", what.c_str());
  std::abort();
}

inline void require(bool holds, const std::string& property) {
  if (!holds) finding(property);
}

inline std::string text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// The input's lines; the harnesses that take several fields read one per line.
inline std::vector<std::string> lines(const std::string& input) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= input.size()) {
    const auto end = input.find('\n', start);
    out.push_back(input.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace gan::fuzz
