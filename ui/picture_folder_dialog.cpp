#include "ui/picture_folder_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "ui/widgets/sample_grid_widget.h"

namespace gan::ui {

PictureFolderDialog::PictureFolderDialog(const QString& folder, QWidget* parent) : QDialog(parent), m_folder(folder) {
  setWindowTitle(tr("Train on your pictures"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("What the networks will see (grey, centre square, 28×28):"), this));
  m_preview = new SampleGridWidget(this);
  layout->addWidget(m_preview, 1);
  m_counts = new QLabel(tr("Reading %1…").arg(folder), this);
  m_counts->setWordWrap(true);
  layout->addWidget(m_counts);
  m_skipped = new QPlainTextEdit(this);
  m_skipped->setReadOnly(true);
  m_skipped->setMaximumHeight(90);
  m_skipped->hide();
  layout->addWidget(m_skipped);
  m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Train on these"));
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
  layout->addWidget(m_buttons);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(&m_reading, &QFutureWatcher<Reading>::finished, this, [this] { show(m_reading.result()); });
  const auto path = folder.toStdString();
  m_reading.setFuture(QtConcurrent::run([path] {
    Reading reading;
    try {
      reading.pictures = readPictureFolder(path);
    } catch (const std::exception& e) {
      reading.error = QString::fromStdString(e.what());
    }
    return reading;
  }));
  resize(460, 560);
}

void PictureFolderDialog::show(const Reading& reading) {
  const auto& report = reading.pictures.report;
  if (!reading.error.isEmpty()) {
    m_counts->setText(reading.error);
  } else {
    SampleGrid grid;
    grid.images = reading.pictures.images;
    grid.images.count = std::min(grid.images.count, 64);
    grid.images.pixels.resize(std::size_t(grid.images.count) * 28 * 28);
    m_preview->setSamples(grid);
    m_counts->setText(tr("%n picture(s) used", nullptr, int(report.used)) + ", " +
                      tr("%n file(s) skipped", nullptr, int(report.skipped.size())));
  }
  if (!report.skipped.empty()) {
    QStringList lines;
    for (const auto& line : report.skipped) lines << QString::fromStdString(line);
    m_skipped->setPlainText(lines.join('\n'));
    m_skipped->show();
  }
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reading.error.isEmpty());
  Q_EMIT read(reading.error.isEmpty());
}

}  // namespace gan::ui
