#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "engine/data/idx_file.h"
#include "tests/engine/test_support.h"

using namespace gan;

namespace {
std::vector<std::uint8_t> header(std::uint8_t type, std::vector<std::uint32_t> dims) {
  std::vector<std::uint8_t> bytes = {0, 0, type, static_cast<std::uint8_t>(dims.size())};
  for (auto d : dims)
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<std::uint8_t>(d >> shift));
  return bytes;
}

std::string writeBytes(const std::string& name, const std::vector<std::uint8_t>& bytes) {
  const auto path = (test::tempDir("idx") / name).string();
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  return path;
}

std::string messageOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const IdxError& e) {
    return e.what();
  }
  return "(no error)";
}
}  // namespace

TEST_CASE("IDX reader loads real MNIST with the published shapes and first labels", "[idx]") {
  const auto images = readIdx(test::mnistDir() + "/train-images-idx3-ubyte", 3, {28, 28});
  CHECK(images.dims == std::vector<std::uint32_t>{60000, 28, 28});
  const auto labels = readIdx(test::mnistDir() + "/train-labels-idx1-ubyte", 1);
  REQUIRE(labels.dims == std::vector<std::uint32_t>{60000});
  CHECK(std::vector<int>(labels.data.begin(), labels.data.begin() + 5) == std::vector<int>{5, 0, 4, 1, 9});
  const auto testImages = readIdx(test::mnistDir() + "/t10k-images-idx3-ubyte", 3, {28, 28});
  CHECK(testImages.dims[0] == 10000);
}

TEST_CASE("IDX reader names the file and the problem for damaged input", "[idx]") {
  auto valid = header(0x08, {2, 28, 28});
  valid.resize(valid.size() + 2 * 28 * 28, 7);

  SECTION("truncated data") {
    auto bytes = valid;
    bytes.resize(bytes.size() - 100);
    const auto path = writeBytes("truncated-idx3-ubyte", bytes);
    const auto message = messageOf([&] { readIdx(path, 3, {28, 28}); });
    CHECK_THAT(message, Catch::Contains("truncated-idx3-ubyte") && Catch::Contains("expected 1584 bytes") &&
                            Catch::Contains("found 1484"));
  }
  SECTION("truncated header") {
    const auto path = writeBytes("short-header", {0, 0, 8, 3, 0, 0});
    CHECK_THAT(messageOf([&] { readIdx(path); }),
               Catch::Contains("short-header") && Catch::Contains("truncated header"));
  }
  SECTION("wrong magic") {
    auto bytes = valid;
    bytes[0] = 0x1f;
    const auto path = writeBytes("bad-magic", bytes);
    CHECK_THAT(messageOf([&] { readIdx(path); }), Catch::Contains("bad-magic") && Catch::Contains("not an IDX file"));
  }
  SECTION("wrong data type") {
    auto bytes = valid;
    bytes[2] = 0x0d;
    CHECK_THAT(messageOf([&] { readIdx(writeBytes("floats", bytes)); }), Catch::Contains("unsupported IDX data type"));
  }
  SECTION("wrong dimensions") {
    auto bytes = header(0x08, {2, 27, 28});
    bytes.resize(bytes.size() + 2 * 27 * 28);
    const auto path = writeBytes("wrong-dims", bytes);
    CHECK_THAT(messageOf([&] {
                 readIdx(path, 3, {28, 28});
               }),
               Catch::Contains("wrong-dims") && Catch::Contains("expected items of 28×28, found 27×28"));
  }
  SECTION("wrong rank") {
    const auto path = writeBytes("labels-as-images", valid);
    CHECK_THAT(messageOf([&] { readIdx(path, 1); }), Catch::Contains("expected rank 1, found 3"));
  }
  SECTION("empty file") {
    const auto path = writeBytes("empty", {});
    CHECK_THAT(messageOf([&] { readIdx(path); }), Catch::Contains("empty") && Catch::Contains("found 0"));
  }
  SECTION("missing file") {
    CHECK_THAT(messageOf([&] { readIdx("/nonexistent/train-images-idx3-ubyte"); }),
               Catch::Contains("train-images-idx3-ubyte") && Catch::Contains("cannot open"));
  }
  SECTION("the valid file parses") {
    CHECK(readIdx(writeBytes("valid", valid), 3, {28, 28}).data.size() == 2 * 28 * 28);
  }
}

TEST_CASE("IDX writer output reads back identically", "[idx]") {
  IdxArray array{{3, 2, 2}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255}};
  const auto path = (test::tempDir("idx-write") / "out.idx").string();
  writeIdx(path, array);
  const auto back = readIdx(path, 3, {2, 2});
  CHECK(back.dims == array.dims);
  CHECK(back.data == array.data);
}

TEST_CASE("IDX reader reads gzip-compressed files and rejects corrupt ones", "[idx]") {
  const auto dir = test::tempDir("idx-gzip");
  IdxArray array{{2, 28, 28}, std::vector<std::uint8_t>(2 * 28 * 28, 9)};
  const auto plain = (dir / "images-idx3-ubyte").string();
  writeIdx(plain, array);
  REQUIRE(std::system(("gzip -k " + plain).c_str()) == 0);
  std::filesystem::remove(plain);
  // Asked for by its plain name, found as .gz beside it.
  const auto back = readIdx(plain, 3, {28, 28});
  CHECK(back.data == array.data);

  std::ifstream in(plain + ".gz", std::ios::binary);
  std::vector<std::uint8_t> packed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  packed.resize(packed.size() / 2);
  const auto cut = writeBytes("cut.gz", packed);
  CHECK_THAT(messageOf([&] { readIdx(cut); }), Catch::Contains("cut.gz") && Catch::Contains("gzip"));
}

TEST_CASE("IDX reader refuses pipes, folders and gzip bombs at once, naming the file", "[idx]") {
  const auto dir = test::tempDir("idx-hostile");
  // A pipe nobody writes to would block a reader forever; it is refused before it is opened.
  const auto fifo = (dir / "pipe-idx3-ubyte").string();
  REQUIRE(std::system(("mkfifo " + fifo).c_str()) == 0);
  CHECK_THAT(messageOf([&] { readIdx(fifo); }), Catch::Contains("pipe-idx3-ubyte") && Catch::Contains("regular file"));
  CHECK_THAT(messageOf([&] { readIdx(dir.string()); }), Catch::Contains("regular file"));

  // A valid header for one 28×28 image, then 64 MiB of zeros: inflating stops just past the
  // promised 800 bytes instead of unpacking everything.
  auto bytes = header(0x08, {1, 28, 28});
  bytes.resize(bytes.size() + (std::size_t(64) << 20), 0);
  const auto plain = writeBytes("bomb-idx3-ubyte", bytes);
  REQUIRE(std::system(("gzip -1 -f " + plain).c_str()) == 0);
  CHECK_THAT(messageOf([&] { readIdx(plain + ".gz"); }),
             Catch::Contains("bomb-idx3-ubyte.gz") && Catch::Contains("more data than its header promises"));
}
