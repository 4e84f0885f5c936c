#include "engine/core/zip_check.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace gan {

namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50, kCentralHeader = 0x02014b50, kEndOfDirectory = 0x06054b50,
                        kZip64Locator = 0x07064b50, kZip64End = 0x06064b50;
constexpr std::uint32_t kMarker32 = 0xFFFFFFFF;

[[noreturn]] void damaged(const std::string& what) { throw std::runtime_error(what); }

// Little-endian fields, bounds-checked: every read of a damaged file stays inside it.
struct Reader {
  std::string_view bytes;
  std::uint64_t read(std::uint64_t at, int width) const {
    if (at > bytes.size() || std::uint64_t(width) > bytes.size() - at)
      damaged("the zip structure points outside the file");
    std::uint64_t value = 0;
    for (int i = width - 1; i >= 0; --i) value = (value << 8) | std::uint8_t(bytes[std::size_t(at) + std::size_t(i)]);
    return value;
  }
  std::uint32_t u32(std::uint64_t at) const { return std::uint32_t(read(at, 4)); }
  std::uint16_t u16(std::uint64_t at) const { return std::uint16_t(read(at, 2)); }
};

struct Directory {
  std::uint64_t entries = 0, offset = 0, size = 0;
};

// The end-of-central-directory record (and its zip64 twin when a field overflowed).
Directory findDirectory(const Reader& zip) {
  const auto size = zip.bytes.size();
  if (size < 22) damaged("too short to be a zip archive");
  std::uint64_t end = size - 22;
  const std::uint64_t lowest = size > 22 + 65535 ? size - 22 - 65535 : 0;
  while (zip.u32(end) != kEndOfDirectory) {
    if (end == lowest) damaged("no zip directory at the end (truncated?)");
    --end;
  }
  Directory directory{zip.u16(end + 10), zip.u32(end + 16), zip.u32(end + 12)};
  if (directory.entries == 0xFFFF || directory.offset == kMarker32 || directory.size == kMarker32) {
    if (end < 20 || zip.u32(end - 20) != kZip64Locator) damaged("zip64 directory locator missing");
    const std::uint64_t record = zip.read(end - 20 + 8, 8);
    if (zip.u32(record) != kZip64End) damaged("zip64 directory record missing");
    directory = {zip.read(record + 32, 8), zip.read(record + 48, 8), zip.read(record + 40, 8)};
  }
  if (directory.entries == 0) damaged("the zip archive is empty");
  return directory;
}

struct Entry {
  std::string name;
  std::uint32_t crc = 0;
  std::uint64_t size = 0, compressedSize = 0, localHeader = 0;
  std::uint16_t method = 0;
};

// Sizes and offset that did not fit 32 bits come from the zip64 extra field, in this order.
void readZip64Extra(const Reader& zip, std::uint64_t extra, std::uint64_t extraLength, Entry& entry) {
  for (std::uint64_t at = extra; at + 4 <= extra + extraLength;) {
    const auto id = zip.u16(at), length = zip.u16(at + 2);
    if (id == 1) {
      std::uint64_t field = at + 4;
      for (auto* value : {&entry.size, &entry.compressedSize, &entry.localHeader})
        if (*value == kMarker32) {
          *value = zip.read(field, 8);
          field += 8;
        }
      return;
    }
    at += 4 + std::uint64_t(length);
  }
}

// One central-directory entry at `at`; returns where the next one starts.
std::uint64_t readEntry(const Reader& zip, std::uint64_t at, Entry& entry) {
  if (zip.u32(at) != kCentralHeader) damaged("a zip directory entry is damaged");
  entry.method = zip.u16(at + 10);
  entry.crc = zip.u32(at + 16);
  entry.compressedSize = zip.u32(at + 20);
  entry.size = zip.u32(at + 24);
  const std::uint64_t nameLength = zip.u16(at + 28), extraLength = zip.u16(at + 30), commentLength = zip.u16(at + 32);
  entry.localHeader = zip.u32(at + 42);
  zip.read(at + 46, 0);
  if (nameLength > zip.bytes.size() - (at + 46)) damaged("a zip entry's name runs past the file");
  entry.name.assign(zip.bytes.substr(std::size_t(at + 46), std::size_t(nameLength)));
  readZip64Extra(zip, at + 46 + nameLength, extraLength, entry);
  return at + 46 + nameLength + extraLength + commentLength;
}

std::string hex(std::uint32_t value) {
  char text[11];
  std::snprintf(text, sizeof text, "0x%08x", value);
  return text;
}

// A deflated entry inflated; damage when it inflates to other than the directory's size. Only
// small entries (LibTorch deflates its code/ text) are inflated: more is refused, not allocated.
std::string inflateEntry(const std::string& name, const Bytef* data, std::uint64_t size, std::uint64_t expected) {
  constexpr std::uint64_t kMaxInflated = 16u << 20;
  if (expected > kMaxInflated) damaged(name + " is a compressed entry over 16 MiB; checkpoints have none");
  std::string out(std::size_t(expected) + 1, '\0');  // one spare byte tells "too long" from "exact"
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) damaged("cannot start zlib");
  stream.next_in = const_cast<Bytef*>(data);
  stream.avail_in = uInt(std::min<std::uint64_t>(size, kMaxInflated * 2));
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = uInt(out.size());
  const int status = inflate(&stream, Z_FINISH);
  const std::uint64_t produced = out.size() - stream.avail_out;
  inflateEnd(&stream);
  if (status != Z_STREAM_END || produced != expected) damaged(name + ": its compressed data are damaged");
  out.resize(std::size_t(expected));
  return out;
}

std::uint32_t crcOf(std::string_view data) {
  return std::uint32_t(crc32_z(crc32_z(0, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.data()), data.size()));
}

void checkEntry(const Reader& zip, const Entry& entry, const ZipVisitor& visit) {
  const std::string name = "entry '" + entry.name.substr(0, 80) + "'";
  if (entry.method != 0 && entry.method != 8) damaged(name + " uses an unknown compression method");
  if (entry.method == 0 && entry.compressedSize != entry.size) damaged(name + ": its sizes disagree");
  if (zip.u32(entry.localHeader) != kLocalHeader) damaged(name + ": its local header is damaged");
  const std::uint64_t data = entry.localHeader + 30 + zip.u16(entry.localHeader + 26) + zip.u16(entry.localHeader + 28);
  if (data > zip.bytes.size() || entry.compressedSize > zip.bytes.size() - data)
    damaged(name + " runs past the end of the file");
  const auto* begin = reinterpret_cast<const Bytef*>(zip.bytes.data() + data);
  std::string inflated;
  if (entry.method == 8) inflated = inflateEntry(name, begin, entry.compressedSize, entry.size);
  const std::string_view content =
      entry.method == 8 ? std::string_view(inflated) : zip.bytes.substr(std::size_t(data), std::size_t(entry.size));
  const auto crc = crcOf(content);
  if (crc != entry.crc)
    damaged(name + ": its data give CRC-32 " + hex(crc) + " but the archive stores " + hex(entry.crc) +
            " (the file is damaged)");
  if (visit) visit(entry.name, content);
}

}  // namespace

void verifyZipArchive(std::string_view bytes, const ZipVisitor& visit) {
  const Reader zip{bytes};
  const Directory directory = findDirectory(zip);
  // Each directory entry is at least 46 bytes: a count beyond that is damage, not a loop bound.
  if (directory.entries > bytes.size() / 46) damaged("the zip directory claims more entries than fit the file");
  std::uint64_t at = directory.offset;
  for (std::uint64_t i = 0; i < directory.entries; ++i) {
    Entry entry;
    at = readEntry(zip, at, entry);
    checkEntry(zip, entry, visit);
  }
}

}  // namespace gan
