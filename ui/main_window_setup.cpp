// MainWindow at first start: MNIST missing from every data folder is a question, not an error.
#include "engine/core/dataset_catalog.h"
#include "engine/core/resources.h"
#include "engine/core/variant_catalog.h"
#include "ui/main_window.h"
#include "ui/mnist_setup_dialog.h"
#include "ui/training_controller.h"

namespace gan::ui {

bool MainWindow::needsMnist() const {
  const auto& config = m_controller->config();
  return config.dataset == kMnistDataset && !hasMnistFiles(config.dataDir);
}

void MainWindow::offerMnistFetch() {
  MnistSetupDialog dialog(QString::fromStdString(userDataFolder() + "/mnist"), this);
  if (dialog.exec() == QDialog::Accepted) {
    m_baseConfig.dataDir = dialog.mnistFolder().toStdString();
    m_controller->resetWith(configFromPanel(QString::fromStdString(m_controller->config().variant)));
    m_banner->hide();  // the "cannot open" error of the first load is answered
    showMessage(tr("MNIST is ready in %1").arg(dialog.mnistFolder()), false);
    return;
  }
  // A 2D toy trains without any download; image-only variants give way to the plain GAN.
  if (m_controller->variant().imagesOnly) switchVariant("gan-ns");
  switchDataset("ring");
}

}  // namespace gan::ui
