#pragma once
// A run's pictures over time: every sample grid (with the variant's panels) and every toy view,
// appended to one file as they come (`grids.log` in the run folder). Each record is
// zlib-compressed and carries its CRC-32, so a reader that opens the file while the run writes it
// sees only whole records: a torn record at the end is simply not there yet.
//
// Record: "GSR1" · kind (u8) · step (i64) · payload bytes (u32) · CRC-32 of kind, step and
// payload (u32) · payload: its size unpacked (u32), then the grid or toy view, zlib-compressed.
// Little-endian; pixels are stored as bytes (what every view draws).
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/snapshot.h"

namespace gan {

enum class GridKind : std::uint8_t { Samples = 1, Toy = 2 };

// The record bytes of one grid or toy view (appended with AppendFile).
std::string encodeGridRecord(const SampleGrid& grid);
std::string encodeGridRecord(const ToyView& toy);

// Reads a grids.log, also while it grows. Throws std::runtime_error naming the file for a
// record that is whole but damaged (CRC, sizes).
class GridLog {
 public:
  struct Entry {
    GridKind kind;
    std::int64_t step;
    std::uint64_t offset;  // of the payload
    std::uint32_t size;
    std::uint32_t crc;
  };

  explicit GridLog(std::string path);  // a missing file is an empty log
  // Indexes the records appended since the last call; returns how many came.
  std::size_t refresh();
  const std::vector<Entry>& entries() const { return m_entries; }
  // The sample-grid entries only, in step order (the scrubber's frames).
  std::vector<Entry> samples() const;
  // The entry of `kind` at `step`, or the last one before it; nullptr when there is none.
  const Entry* atOrBefore(GridKind kind, std::int64_t step) const;
  SampleGrid readSamples(const Entry& entry) const;
  ToyView readToy(const Entry& entry) const;
  // Where whole records end: a writer resuming the run truncates to this (a torn tail goes).
  std::uint64_t wholeBytes() const { return m_end; }

 private:
  std::string payload(const Entry& entry) const;

  std::string m_path;
  std::vector<Entry> m_entries;
  std::uint64_t m_end = 0;
};

// Decodes one record's payload (for the reader and the fuzzer). Throws std::runtime_error.
SampleGrid decodeSamples(const std::string& payload);
ToyView decodeToy(const std::string& payload);

// Truncates `path` after the last record at or before `step` (and any torn tail). A resumed run
// calls it so the log holds one history.
void truncateGridLog(const std::string& path, std::int64_t step);

}  // namespace gan
