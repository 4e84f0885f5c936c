#include "engine/core/grid_log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace gan {

namespace {

constexpr char kMagic[4] = {'G', 'S', 'R', '1'};
constexpr std::size_t kHeaderBytes = 4 + 1 + 8 + 4 + 4;
constexpr std::uint32_t kMaxPayload = 64u << 20;    // a 10×10 panel of 64×64 images is ~0.4 MB
constexpr std::uint32_t kMaxUnpacked = 256u << 20;  // what a damaged size may ask to allocate

template <typename T>
void put(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));  // x86-64 and arm64 Linux: little-endian
  out.append(bytes, sizeof(T));
}

class Reader {
 public:
  explicit Reader(const std::string& bytes) : m_bytes(bytes) {}
  template <typename T>
  T get() {
    need(sizeof(T));
    T value;
    std::memcpy(&value, m_bytes.data() + m_at, sizeof(T));
    m_at += sizeof(T);
    return value;
  }
  std::string text() {
    const auto size = get<std::uint32_t>();
    need(size);
    std::string value = m_bytes.substr(m_at, size);
    m_at += size;
    return value;
  }
  std::vector<float> floats() {
    const auto count = get<std::uint32_t>();
    need(std::size_t(count) * sizeof(float));
    std::vector<float> values(count);
    if (count > 0) std::memcpy(values.data(), m_bytes.data() + m_at, values.size() * sizeof(float));
    m_at += values.size() * sizeof(float);
    return values;
  }
  ImageBatch batch() {
    ImageBatch batch;
    batch.count = get<std::int32_t>();
    batch.width = get<std::int32_t>();
    batch.height = get<std::int32_t>();
    if (batch.count < 0 || batch.width < 0 || batch.height < 0) throw std::runtime_error("negative image size");
    const std::size_t pixels = std::size_t(batch.count) * std::size_t(batch.width) * std::size_t(batch.height);
    need(pixels);
    batch.pixels.resize(pixels);
    for (std::size_t i = 0; i < pixels; ++i) batch.pixels[i] = std::uint8_t(m_bytes[m_at + i]) / 255.0f;
    m_at += pixels;
    return batch;
  }
  void need(std::size_t count) const {
    if (count > m_bytes.size() - m_at) throw std::runtime_error("the record ends early");
  }
  bool done() const { return m_at == m_bytes.size(); }

 private:
  const std::string& m_bytes;
  std::size_t m_at = 0;
};

void putText(std::string& out, const std::string& text) {
  put(out, std::uint32_t(text.size()));
  out += text;
}

void putFloats(std::string& out, const std::vector<float>& values) {
  put(out, std::uint32_t(values.size()));
  out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float));
}

void putBatch(std::string& out, const ImageBatch& batch) {
  put(out, std::int32_t(batch.count));
  put(out, std::int32_t(batch.width));
  put(out, std::int32_t(batch.height));
  for (float pixel : batch.pixels) out.push_back(char(toByte(pixel)));
}

std::uint32_t crcOf(const std::string& bytes, std::size_t from = 0) {
  return std::uint32_t(
      crc32_z(crc32_z(0, Z_NULL, 0), reinterpret_cast<const Bytef*>(bytes.data()) + from, bytes.size() - from));
}

std::string record(GridKind kind, std::int64_t step, const std::string& body) {
  uLongf packedSize = compressBound(body.size());
  std::string payload(4 + packedSize, '\0');
  std::uint32_t unpacked = std::uint32_t(body.size());
  std::memcpy(payload.data(), &unpacked, 4);
  if (compress2(reinterpret_cast<Bytef*>(payload.data() + 4), &packedSize, reinterpret_cast<const Bytef*>(body.data()),
                body.size(), 6) != Z_OK)
    throw std::runtime_error("cannot compress a sample grid");
  payload.resize(4 + packedSize);
  std::string out(kMagic, 4);
  put(out, std::uint8_t(kind));
  put(out, step);
  put(out, std::uint32_t(payload.size()));
  std::string checked;
  put(checked, std::uint8_t(kind));
  put(checked, step);
  put(out, crcOf(checked + payload));
  return out + payload;
}

std::string unpack(const std::string& payload) {
  Reader reader(payload);
  const auto size = reader.get<std::uint32_t>();
  if (size > kMaxUnpacked) throw std::runtime_error("a record claims more than 256 MiB");
  std::string body(size, '\0');
  uLongf bodySize = size;
  if (uncompress(reinterpret_cast<Bytef*>(body.data()), &bodySize, reinterpret_cast<const Bytef*>(payload.data()) + 4,
                 payload.size() - 4) != Z_OK ||
      bodySize != size)
    throw std::runtime_error("a record does not unpack");
  return body;
}

}  // namespace

std::string encodeGridRecord(const SampleGrid& grid) {
  std::string body;
  putBatch(body, grid.images);
  put(body, std::uint32_t(grid.panels.size()));
  for (const auto& panel : grid.panels) {
    putText(body, panel.title);
    put(body, std::int32_t(panel.columns));
    put(body, std::uint32_t(panel.rowLabels.size()));
    for (const auto& label : panel.rowLabels) putText(body, label);
    putBatch(body, panel.images);
  }
  return record(GridKind::Samples, grid.step, body);
}

std::string encodeGridRecord(const ToyView& toy) {
  std::string body;
  put(body, toy.extent);
  putFloats(body, toy.real);
  putFloats(body, toy.fake);
  putFloats(body, toy.arrows);
  put(body, std::int32_t(toy.heatmapSide));
  putFloats(body, toy.heatmap);
  put(body, std::int32_t(toy.meshSide));
  putFloats(body, toy.mesh);
  return record(GridKind::Toy, toy.step, body);
}

SampleGrid decodeSamples(const std::string& payload) {
  const auto body = unpack(payload);
  Reader in(body);
  SampleGrid grid;
  grid.images = in.batch();
  const auto panels = in.get<std::uint32_t>();
  for (std::uint32_t k = 0; k < panels; ++k) {
    ImagePanel panel;
    panel.title = in.text();
    panel.columns = in.get<std::int32_t>();
    const auto labels = in.get<std::uint32_t>();
    for (std::uint32_t i = 0; i < labels; ++i) panel.rowLabels.push_back(in.text());
    panel.images = in.batch();
    if (panel.columns < 1) throw std::runtime_error("a panel has no columns");
    grid.panels.push_back(std::move(panel));
  }
  if (!in.done()) throw std::runtime_error("a record has bytes after its grid");
  return grid;
}

ToyView decodeToy(const std::string& payload) {
  const auto body = unpack(payload);
  Reader in(body);
  ToyView toy;
  toy.extent = in.get<float>();
  toy.real = in.floats();
  toy.fake = in.floats();
  toy.arrows = in.floats();
  toy.heatmapSide = in.get<std::int32_t>();
  toy.heatmap = in.floats();
  toy.meshSide = in.get<std::int32_t>();
  toy.mesh = in.floats();
  if (!in.done()) throw std::runtime_error("a record has bytes after its toy view");
  if (toy.heatmapSide < 0 || std::size_t(toy.heatmapSide) * std::size_t(toy.heatmapSide) != toy.heatmap.size() ||
      toy.meshSide < 0 || std::size_t(toy.meshSide) * std::size_t(toy.meshSide) * 2 != toy.mesh.size())
    throw std::runtime_error("a toy view's heatmap or mesh does not match its side");
  return toy;
}

GridLog::GridLog(std::string path) : m_path(std::move(path)) { refresh(); }

std::size_t GridLog::refresh() {
  struct stat info {};
  std::ifstream in(m_path, std::ios::binary);
  if (!in || ::stat(m_path.c_str(), &info) != 0) return 0;
  const auto fileSize = std::uint64_t(info.st_size);
  const auto before = m_entries.size();
  // A record the writer has not finished yet ends beyond the file: it is not there yet.
  while (m_end + kHeaderBytes <= fileSize) {
    std::string header(kHeaderBytes, '\0');
    in.seekg(std::streamoff(m_end));
    if (!in.read(header.data(), std::streamsize(header.size())) || header.compare(0, 4, kMagic, 4) != 0) break;
    Reader fields(header);
    fields.get<std::uint32_t>();
    const auto kind = fields.get<std::uint8_t>();
    const auto step = fields.get<std::int64_t>();
    const auto size = fields.get<std::uint32_t>();
    const auto crc = fields.get<std::uint32_t>();
    if ((kind != 1 && kind != 2) || step < 0 || size > kMaxPayload || m_end + kHeaderBytes + size > fileSize) break;
    m_entries.push_back({GridKind(kind), step, m_end + kHeaderBytes, size, crc});
    m_end += kHeaderBytes + size;
  }
  return m_entries.size() - before;
}

std::vector<GridLog::Entry> GridLog::samples() const {
  std::vector<Entry> found;
  for (const auto& entry : m_entries)
    if (entry.kind == GridKind::Samples) found.push_back(entry);
  return found;
}

const GridLog::Entry* GridLog::atOrBefore(GridKind kind, std::int64_t step) const {
  const Entry* found = nullptr;
  for (const auto& entry : m_entries)
    if (entry.kind == kind && entry.step <= step) found = &entry;
  return found;
}

std::string GridLog::payload(const Entry& entry) const {
  std::ifstream in(m_path, std::ios::binary);
  std::string bytes(entry.size, '\0');
  in.seekg(std::streamoff(entry.offset));
  if (!in.read(bytes.data(), std::streamsize(bytes.size())))
    throw std::runtime_error(m_path + ": cannot read a record");
  std::string checked;
  put(checked, std::uint8_t(entry.kind));
  put(checked, entry.step);
  if (crcOf(checked + bytes) != entry.crc)
    throw std::runtime_error(m_path + ": the record of step " + std::to_string(entry.step) + " is damaged (CRC)");
  return bytes;
}

namespace {
// A decoded record stamped with its step; a decoding error names the file and the step.
template <typename Decode>
auto decodedAt(const std::string& path, std::int64_t step, Decode decode) {
  try {
    auto value = decode();
    value.step = step;
    return value;
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path + " step " + std::to_string(step) + ": " + e.what());
  }
}
}  // namespace

SampleGrid GridLog::readSamples(const Entry& entry) const {
  return decodedAt(m_path, entry.step, [&] { return decodeSamples(payload(entry)); });
}

ToyView GridLog::readToy(const Entry& entry) const {
  return decodedAt(m_path, entry.step, [&] { return decodeToy(payload(entry)); });
}

void truncateGridLog(const std::string& path, std::int64_t step) {
  GridLog log(path);
  std::uint64_t keep = 0;
  for (const auto& entry : log.entries())
    if (entry.step <= step) keep = entry.offset + entry.size;
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || std::uint64_t(info.st_size) == keep) return;
  if (::truncate(path.c_str(), off_t(keep)) != 0)
    throw std::runtime_error(path + ": cannot truncate: " + std::strerror(errno));
}

}  // namespace gan
