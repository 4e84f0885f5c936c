#pragma once
// Before a run trains on a folder of one's own pictures: what the networks will see (the first 64,
// grey, 28×28), how many pictures are used, and which files were skipped and why. The folder is
// read on a pool thread; OK starts the run on it.
#include <QDialog>
#include <QFutureWatcher>

#include "engine/data/image_folder.h"

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gan::ui {

class SampleGridWidget;

class PictureFolderDialog : public QDialog {
  Q_OBJECT

 public:
  PictureFolderDialog(const QString& folder, QWidget* parent = nullptr);
  QString folder() const { return m_folder; }
  const SampleGridWidget& preview() const { return *m_preview; }

 Q_SIGNALS:
  void read(bool usable);

 private:
  struct Reading {
    PictureFolder pictures;
    QString error;
  };
  void show(const Reading& reading);

  QString m_folder;
  QFutureWatcher<Reading> m_reading;
  SampleGridWidget* m_preview = nullptr;
  QLabel* m_counts = nullptr;
  QPlainTextEdit* m_skipped = nullptr;
  QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace gan::ui
