#include "engine/core/module_code_check.h"

#include <cctype>
#include <stdexcept>

namespace gan {

namespace {

constexpr std::size_t kMaxCodeBytes = 1u << 20;

// Removes `prefix` from the front of `text`; false (and `text` untouched) when it is not there.
bool take(std::string_view& text, std::string_view prefix) {
  if (text.substr(0, prefix.size()) != prefix) return false;
  text.remove_prefix(prefix.size());
  return true;
}

// A quoted name: no quote, backslash or line break inside, at most 256 characters.
bool takeName(std::string_view& text) {
  if (!take(text, "\"")) return false;
  const auto end = text.find('"');
  if (end == std::string_view::npos || end > 256 || text.substr(0, end).find('\\') != std::string_view::npos)
    return false;
  text.remove_prefix(end + 1);
  return true;
}

bool isIdentifier(std::string_view text) {
  if (text.empty() || text.size() > 128 || std::isdigit(static_cast<unsigned char>(text[0]))) return false;
  for (char c : text)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

// Tensor, bool, int, float, str, Tuple[float, int, …] of up to 8 scalars, or a module class.
bool isType(std::string_view type) {
  for (std::string_view plain : {"Tensor", "bool", "int", "float", "str", "__torch__.Module"})
    if (type == plain) return true;
  if (take(type, "__torch__.___torch_mangle_")) {
    const auto digits = type.find_first_not_of("0123456789");
    return digits > 0 && digits <= 7 && type.substr(digits) == ".Module";
  }
  if (!take(type, "Tuple[") || type.empty() || type.back() != ']') return false;
  type.remove_suffix(1);
  for (int count = 1; count <= 8; ++count) {
    if (!take(type, "float") && !take(type, "int") && !take(type, "bool")) return false;
    if (type.empty()) return true;
    if (!take(type, ", ")) return false;
  }
  return false;
}

// One line of a class body, as LibTorch writes it.
bool isDeclaration(std::string_view line) {
  if (!take(line, "  ")) return false;
  if (take(line, "__parameters__ = [") || take(line, "__buffers__ = [")) {
    while (takeName(line))
      if (!take(line, ", ")) return false;
    return line == "]";
  }
  if (line == "__annotations__ = []") return true;
  if (take(line, "__annotations__[")) return takeName(line) && take(line, "] = ") && isType(line);
  const auto colon = line.find(" : ");
  return colon != std::string_view::npos && isIdentifier(line.substr(0, colon)) && isType(line.substr(colon + 3));
}

}  // namespace

void verifyModuleCode(const std::string& entry, std::string_view text) {
  const auto refuse = [&](std::size_t line, const std::string& why) {
    throw std::runtime_error("entry '" + entry.substr(0, 80) + "' line " + std::to_string(line) + ": " + why);
  };
  if (text.size() > kMaxCodeBytes) refuse(0, "over 1 MiB of module code");
  std::size_t number = 0, start = 0;
  while (start < text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    ++number;
    if (number == 1 ? line != "class Module(Module):" : !isDeclaration(line))
      refuse(number, "not a module declaration LibTorch writes");
    start = end + 1;
  }
  if (number == 0) refuse(0, "empty module code");
}

void verifyCheckpointEntry(const std::string& name, std::string_view content) {
  const bool code = name.find("/code/") != std::string::npos;
  if (code && name.size() > 3 && name.compare(name.size() - 3, 3, ".py") == 0) verifyModuleCode(name, content);
}

}  // namespace gan
