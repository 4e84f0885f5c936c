#pragma once
// The first-run dialog: MNIST is found in none of the data folders (engine/core/resources.h), so
// instead of an error the user is offered to fetch it (with progress and cancel), to point at a
// folder that has it, or to start on a 2D toy dataset.
#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gan::ui {

class MnistDownload;
struct MnistSource;

class MnistSetupDialog : public QDialog {
  Q_OBJECT

 public:
  // `folder`: where a fetch puts the files (the user's data folder's mnist/).
  MnistSetupDialog(const QString& folder, QWidget* parent = nullptr);
  // The folder that now has MNIST (fetched or chosen); empty when the user chose a toy instead.
  QString mnistFolder() const { return m_result; }
  // Starts fetching from `source` (tests pass a local file).
  void fetch(const MnistSource& source);
  MnistDownload& download() { return *m_download; }

 private:
  void chooseFolder();
  void onFinished(bool ok, const QString& message);
  void showProgress(qint64 received, qint64 total);

  QString m_folder, m_result;
  MnistDownload* m_download = nullptr;
  QLabel* m_status = nullptr;
  QProgressBar* m_progress = nullptr;
  QPushButton* m_fetchButton = nullptr;
  QPushButton* m_chooseButton = nullptr;
};

}  // namespace gan::ui
