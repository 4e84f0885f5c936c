#include "engine/data/idx_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <zlib.h>

#include "engine/core/atomic_file.h"

namespace gan {

namespace {
constexpr std::uint8_t kUnsignedByte = 0x08;

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::string dimsText(const std::vector<std::uint32_t>& dims) {
  std::ostringstream out;
  for (std::size_t i = 0; i < dims.size(); ++i) out << (i ? "×" : "") << dims[i];
  return out.str();
}
}  // namespace

IdxArray parseIdx(const std::string& name, const std::vector<std::uint8_t>& bytes, std::size_t expectedRank,
                  const std::vector<std::uint32_t>& expectedInnerDims) {
  auto fail = [&](const std::string& problem) -> IdxError { return IdxError(name + ": " + problem); };
  if (bytes.size() < 4) throw fail("expected an IDX header of at least 4 bytes, found " + std::to_string(bytes.size()));
  if (bytes[0] != 0 || bytes[1] != 0) throw fail("not an IDX file (magic must start with two zero bytes)");
  if (bytes[2] != kUnsignedByte)
    throw fail("unsupported IDX data type 0x" + std::to_string(bytes[2]) + " (expected 0x08, unsigned byte)");
  const std::size_t rank = bytes[3];
  if (rank == 0) throw fail("IDX rank is 0");
  if (expectedRank && rank != expectedRank)
    throw fail("expected rank " + std::to_string(expectedRank) + ", found " + std::to_string(rank));
  const std::size_t headerSize = 4 + 4 * rank;
  if (bytes.size() < headerSize)
    throw fail("truncated header: expected " + std::to_string(headerSize) + " bytes, found " +
               std::to_string(bytes.size()));

  IdxArray array;
  std::uint64_t count = 1;
  for (std::size_t i = 0; i < rank; ++i) {
    const std::uint8_t* p = bytes.data() + 4 + 4 * i;
    const std::uint32_t dim =
        (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
    array.dims.push_back(dim);
    count *= dim;
    if (count > (std::uint64_t(1) << 34)) throw fail("dimensions " + dimsText(array.dims) + " are implausibly large");
  }
  if (!expectedInnerDims.empty() &&
      !std::equal(expectedInnerDims.begin(), expectedInnerDims.end(), array.dims.begin() + 1, array.dims.end())) {
    std::vector<std::uint32_t> inner(array.dims.begin() + 1, array.dims.end());
    throw fail("expected items of " + dimsText(expectedInnerDims) + ", found " + dimsText(inner));
  }
  if (bytes.size() != headerSize + count)
    throw fail("expected " + std::to_string(headerSize + count) + " bytes for " + dimsText(array.dims) + ", found " +
               std::to_string(bytes.size()));
  array.data.assign(bytes.begin() + static_cast<std::ptrdiff_t>(headerSize), bytes.end());
  return array;
}

namespace {
bool isGzip(const std::vector<std::uint8_t>& bytes) {
  return bytes.size() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
}

// The bytes an IDX file holds in all, once `bytes` reaches past its header; 0 before that.
std::uint64_t promisedSize(const std::vector<std::uint8_t>& bytes) {
  if (bytes.size() < 4) return 0;
  const std::size_t headerSize = 4 + 4 * std::size_t(bytes[3]);
  if (bytes.size() < headerSize) return 0;
  std::uint64_t total = 1;
  for (std::size_t i = 0; i < bytes[3]; ++i) {
    std::uint32_t d = 0;
    for (std::size_t k = 0; k < 4; ++k) d = (d << 8) | bytes[4 + 4 * i + k];
    total = std::min<std::uint64_t>(total * d, kMaxIdxBytes + 1);
  }
  return headerSize + total;
}

// MNIST is often distributed as .gz; zlib is already on every machine that has LibTorch. Inflating
// stops as soon as the output passes what the header promises (or kMaxIdxBytes), so a small
// "gzip bomb" costs a few megabytes, not gigabytes.
std::vector<std::uint8_t> gunzip(const std::string& name, const std::vector<std::uint8_t>& packed) {
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) throw IdxError(name + ": cannot start gzip decoder");
  std::vector<std::uint8_t> out;
  std::vector<std::uint8_t> chunk(1 << 20);
  stream.next_in = const_cast<Bytef*>(packed.data());
  stream.avail_in = static_cast<uInt>(packed.size());
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = chunk.data();
    stream.avail_out = static_cast<uInt>(chunk.size());
    status = inflate(&stream, Z_NO_FLUSH);
    out.insert(out.end(), chunk.data(), chunk.data() + (chunk.size() - stream.avail_out));
    const std::uint64_t promised = promisedSize(out);
    if (out.size() > kMaxIdxBytes || (promised > 0 && out.size() > promised)) {
      inflateEnd(&stream);
      throw IdxError(name + ": unpacks to more data than its header promises (or over " +
                     std::to_string(kMaxIdxBytes >> 20) + " MiB); not an IDX file");
    }
    if (status == Z_BUF_ERROR && stream.avail_in == 0) break;
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) throw IdxError(name + ": corrupt or truncated gzip data");
  return out;
}
}  // namespace

IdxArray readIdx(const std::string& path, std::size_t expectedRank,
                 const std::vector<std::uint32_t>& expectedInnerDims) {
  std::string actual = path;
  if (!std::filesystem::exists(actual) && std::filesystem::exists(path + ".gz")) actual = path + ".gz";
  std::error_code error;
  if (std::filesystem::exists(actual, error) && !std::filesystem::is_regular_file(actual, error))
    throw IdxError(baseName(actual) + ": " + actual + " is not a regular file (a folder, device or pipe?)");
  if (std::filesystem::is_regular_file(actual, error) && std::filesystem::file_size(actual, error) > kMaxIdxBytes)
    throw IdxError(baseName(actual) + ": " + actual + " is over " + std::to_string(kMaxIdxBytes >> 20) +
                   " MiB; not an IDX file this program reads");
  std::ifstream in(actual, std::ios::binary);
  if (!in) throw IdxError(baseName(path) + ": cannot open " + path + " (missing? run packaging/fetch_mnist.sh)");
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return decodeIdx(baseName(actual), bytes, expectedRank, expectedInnerDims);
}

IdxArray decodeIdx(const std::string& name, const std::vector<std::uint8_t>& bytes, std::size_t expectedRank,
                   const std::vector<std::uint32_t>& expectedInnerDims) {
  if (isGzip(bytes)) return parseIdx(name, gunzip(name, bytes), expectedRank, expectedInnerDims);
  return parseIdx(name, bytes, expectedRank, expectedInnerDims);
}

void writeIdx(const std::string& path, const IdxArray& array) {
  std::string bytes = {0, 0, char(kUnsignedByte), char(array.dims.size())};
  for (std::uint32_t d : array.dims)
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(char((d >> shift) & 0xff));
  bytes.append(array.data.begin(), array.data.end());
  writeFileAtomically(path, bytes);
}

}  // namespace gan
