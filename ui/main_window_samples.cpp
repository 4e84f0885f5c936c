// MainWindow's samples pane: the fixed-z grid with the variant's panels for image runs, the 2D
// canvas with its layers and drawing tools for toy runs.
#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include "engine/core/dataset_catalog.h"
#include "engine/core/variant_catalog.h"
#include "ui/main_window.h"
#include "ui/tools/latent_explorer_window.h"
#include "ui/training_controller.h"
#include "ui/widgets/hyperparameter_panel.h"
#include "ui/widgets/image_panels_widget.h"
#include "ui/widgets/metrics_plot.h"
#include "ui/widgets/sample_grid_widget.h"
#include "ui/widgets/toy_canvas.h"

namespace gan::ui {

QWidget* MainWindow::buildSamples() {
  auto* group = new QGroupBox(tr("Samples"), this);
  auto* layout = new QVBoxLayout(group);
  m_sampleCaption = new QLabel(tr("Fixed-z samples"), group);
  layout->addWidget(m_sampleCaption);
  m_samplePages = new QStackedWidget(group);
  m_samplePages->addWidget(buildImagePage());
  m_samplePages->addWidget(buildToyPage());
  layout->addWidget(m_samplePages, 1);
  auto* exportButton = new QPushButton(tr("Export PNG…"), group);
  layout->addWidget(exportButton);
  connect(exportButton, &QPushButton::clicked, this, [this] { exportSamples(); });
  connect(m_sampleGrid, &SampleGridWidget::sampleClicked, this, &MainWindow::onSampleClicked);
  return group;
}

// Image runs: the fixed-z grid above the variant's own panels (reconstructions, code sweeps).
QWidget* MainWindow::buildImagePage() {
  auto* imagePage = new QSplitter(Qt::Vertical, m_samplePages);
  m_sampleGrid = new SampleGridWidget(imagePage);
  m_imagePanels = new ImagePanelsWidget(imagePage);
  m_imagePanels->hide();
  imagePage->addWidget(m_sampleGrid);
  imagePage->addWidget(m_imagePanels);
  imagePage->setStretchFactor(0, 2);
  imagePage->setStretchFactor(1, 3);
  return imagePage;
}

// Toy runs show the 2D canvas instead of an image grid, with its layers and the drawing tools.
QWidget* MainWindow::buildToyPage() {
  auto* toyPage = new QWidget(m_samplePages);
  auto* toyLayout = new QVBoxLayout(toyPage);
  toyLayout->setContentsMargins(0, 0, 0, 0);
  auto* layers = new QHBoxLayout;
  auto* heatmap = new QCheckBox(tr("D heatmap"), toyPage);
  auto* arrows = new QCheckBox(tr("G's pull"), toyPage);
  auto* mesh = new QCheckBox(tr("manifold"), toyPage);
  for (auto* box : {heatmap, arrows, mesh}) {
    box->setChecked(true);
    layers->addWidget(box);
  }
  toyLayout->addLayout(layers);
  auto* drawRow = new QHBoxLayout;
  auto* draw = new QPushButton(tr("Draw data"), toyPage);
  draw->setObjectName("button:draw");
  draw->setCheckable(true);
  draw->setToolTip(tr("Draw your own distribution: drag on the plane to spray points"));
  auto* clear = new QPushButton(tr("Clear"), toyPage);
  auto* trainOnDrawing = new QPushButton(tr("Train on drawing"), toyPage);
  trainOnDrawing->setObjectName("button:trainOnDrawing");
  drawRow->addWidget(draw);
  drawRow->addWidget(clear);
  drawRow->addWidget(trainOnDrawing);
  toyLayout->addLayout(drawRow);
  m_toyCanvas = new ToyCanvas(toyPage);
  toyLayout->addWidget(m_toyCanvas, 1);
  auto applyLayers = [this, heatmap, arrows, mesh] {
    m_toyCanvas->setLayers(heatmap->isChecked(), arrows->isChecked(), mesh->isChecked());
  };
  for (auto* box : {heatmap, arrows, mesh}) connect(box, &QCheckBox::toggled, this, applyLayers);
  connect(draw, &QPushButton::toggled, m_toyCanvas, &ToyCanvas::setDrawing);
  connect(clear, &QPushButton::clicked, m_toyCanvas, &ToyCanvas::clearDrawing);
  connect(trainOnDrawing, &QPushButton::clicked, this, [this, draw] {
    if (trainOnDrawnPoints(m_toyCanvas->drawnPoints())) draw->setChecked(false);
  });
  return toyPage;
}

void MainWindow::onSampleClicked(int index, const QImage& image) {
  // With the explorer open, a click picks a path point there instead of enlarging the sample.
  if (m_explorer && m_explorer->isVisible()) {
    m_explorer->addPathPoint(index);
    return;
  }
  auto* dialog = new QDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Sample %1 at step %2").arg(index + 1).arg(m_sampleGrid->step()));
  auto* label = new QLabel(dialog);
  label->setPixmap(QPixmap::fromImage(image.scaled(image.size() * 10, Qt::KeepAspectRatio, Qt::FastTransformation)));
  (new QVBoxLayout(dialog))->addWidget(label);
  dialog->show();
}

}  // namespace gan::ui
