// The latent explorer's controls, built section by section: where the model comes from, InfoGAN's
// codes, z, the path between grid samples, the encoder, export; then the pictures.
#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <random>
#include "engine/core/resources.h"
#include "engine/core/variant_catalog.h"
#include "engine/training/checkpoint.h"
#include "ui/tools/latent_explorer_settings.h"
#include "ui/tools/latent_explorer_window.h"
#include "ui/training_controller.h"
#include "ui/widgets/sample_grid_widget.h"

namespace gan::ui {

void LatentExplorerWindow::buildSourceRow(QVBoxLayout* controls) {
  auto* source = new QHBoxLayout;
  m_modelLabel = new QLabel(tr("Model: waiting for the live run…"), this);
  m_modelLabel->setObjectName("modelLabel");
  m_modelLabel->setWordWrap(true);
  auto* live = new QPushButton(tr("Follow live run"), this);
  auto* open = new QPushButton(tr("Open checkpoint…"), this);
  source->addWidget(live);
  source->addWidget(open);
  controls->addWidget(m_modelLabel);
  controls->addLayout(source);
  connect(live, &QPushButton::clicked, this, [this] {
    m_followLive = true;
    m_lastRequestedStep = -1;
    m_controller->requestModel();
  });
  connect(open, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Explore a checkpoint"), QDir::homePath(),
                                                      tr("GAN Studio checkpoints (*.pt);;All files (*)"));
    if (!path.isEmpty()) openCheckpoint(path);
  });
}

QGroupBox* LatentExplorerWindow::buildCodesGroup() {
  // InfoGAN: category buttons and one slider per continuous code.
  m_codesGroup = new QGroupBox(tr("InfoGAN codes"), this);
  m_codeLayout = new QVBoxLayout(m_codesGroup);
  auto* categoryGrid = new QGridLayout;
  m_categoryButtons = new QButtonGroup(this);
  m_categoryButtons->setExclusive(true);
  for (int i = 0; i < 10; ++i) {
    auto* button = new QPushButton(QString::number(i), m_codesGroup);
    button->setCheckable(true);
    button->setObjectName(QString("category:%1").arg(i));
    button->setMinimumWidth(34);
    m_categoryButtons->addButton(button, i);
    categoryGrid->addWidget(button, i / 5, i % 5);
  }
  m_categoryButtons->button(0)->setChecked(true);
  m_codeLayout->addLayout(categoryGrid);
  connect(m_categoryButtons, &QButtonGroup::idClicked, this, [this](int id) {
    m_category = id;
    requestImages();
  });
  auto* label = new QPushButton(tr("Label categories with test digits"), m_codesGroup);
  m_labelButton = label;
  label->setToolTip(
      tr("Pass the 10,000 MNIST test digits through Q, match categories to digits one-to-one "
         "(an exact assignment by network simplex), and order the buttons 0–9 by digit"));
  m_labelResult = new QLabel(tr("Categories are unlabelled: category i is not digit i"), m_codesGroup);
  m_labelResult->setWordWrap(true);
  m_codeLayout->addWidget(label);
  m_codeLayout->addWidget(m_labelResult);
  connect(label, &QPushButton::clicked, this, [this] { labelCategories(); });
  return m_codesGroup;
}

QGroupBox* LatentExplorerWindow::buildNoiseGroup() {
  // Any generator: z directions, a redraw, a random walk.
  auto* zGroup = new QGroupBox(tr("Noise z"), this);
  auto* zLayout = new QGridLayout(zGroup);
  for (int i = 0; i < kDirections; ++i) {
    auto* slider = makeSlider(kDirectionLimit, zGroup);
    slider->setObjectName(QString("direction:%1").arg(i));
    zLayout->addWidget(new QLabel(tr("direction %1").arg(i + 1), zGroup), i, 0);
    zLayout->addWidget(slider, i, 1);
    m_directionSliders.push_back(slider);
    connect(slider, &QSlider::valueChanged, this, [this] { requestImages(); });
  }
  auto* redraw = new QPushButton(tr("New z"), zGroup);
  redraw->setToolTip(tr("Draw another z (the codes stay); z is otherwise locked while you drag"));
  m_walkButton = new QPushButton(tr("▶ Random walk"), zGroup);
  m_walkButton->setCheckable(true);
  zLayout->addWidget(redraw, kDirections, 0);
  zLayout->addWidget(m_walkButton, kDirections, 1);
  connect(redraw, &QPushButton::clicked, this, [this] { redrawZ(); });
  m_walkTimer = new QTimer(this);
  m_walkTimer->setInterval(kWalkIntervalMs);
  connect(m_walkTimer, &QTimer::timeout, this, [this] { walkStep(); });
  connect(m_walkButton, &QPushButton::toggled, this, [this](bool on) {
    m_walkButton->setText(on ? tr("⏸ Pause walk") : tr("▶ Random walk"));
    if (on)
      m_walkTimer->start();
    else
      m_walkTimer->stop();
  });
  return zGroup;
}

QGroupBox* LatentExplorerWindow::buildPathGroup() {
  // Interpolation between samples picked on the main window's grid.
  m_pathGroup = new QGroupBox(tr("Path between grid samples"), this);
  auto* pathLayout = new QVBoxLayout(m_pathGroup);
  m_pathLabel = new QLabel(tr("Click samples in the main window's grid to add path points"), m_pathGroup);
  m_pathLabel->setWordWrap(true);
  m_pathSlider = new QSlider(Qt::Horizontal, m_pathGroup);
  m_pathSlider->setRange(0, 1000);
  m_spherical = new QCheckBox(tr("Spherical (slerp)"), m_pathGroup);
  m_spherical->setChecked(true);
  auto* clearPath = new QPushButton(tr("Clear path"), m_pathGroup);
  pathLayout->addWidget(m_pathLabel);
  pathLayout->addWidget(m_pathSlider);
  auto* pathRow = new QHBoxLayout;
  pathRow->addWidget(m_spherical);
  pathRow->addWidget(clearPath);
  pathLayout->addLayout(pathRow);
  connect(m_pathSlider, &QSlider::valueChanged, this, [this] { requestImages(); });
  connect(m_spherical, &QCheckBox::toggled, this, [this] { requestImages(); });
  connect(clearPath, &QPushButton::clicked, this, [this] {
    m_path.clear();
    m_pathLabel->setText(tr("Click samples in the main window's grid to add path points"));
    requestImages();
  });
  return m_pathGroup;
}

QGroupBox* LatentExplorerWindow::buildEncodeGroup() {
  // VAE-GAN / BiGAN: a real test digit through the encoder.
  m_encodeGroup = new QGroupBox(tr("Encode a test digit"), this);
  auto* encodeLayout = new QHBoxLayout(m_encodeGroup);
  m_testIndex = new QSpinBox(m_encodeGroup);
  m_testIndex->setRange(0, 9999);
  m_testIndex->setPrefix(tr("test image #"));
  auto* encode = new QPushButton(tr("Encode"), m_encodeGroup);
  m_encodedView = new ExplorerImageView(2, {112, 56}, m_encodeGroup);
  encodeLayout->addWidget(m_testIndex);
  encodeLayout->addWidget(encode);
  encodeLayout->addWidget(m_encodedView, 1);
  connect(encode, &QPushButton::clicked, this, [this] { encodeTestDigit(); });
  return m_encodeGroup;
}

void LatentExplorerWindow::buildExportRow(QVBoxLayout* controls) {
  auto* exportRow = new QHBoxLayout;
  m_showStrip = new QCheckBox(tr("Sweep strip"), this);
  m_showStrip->setChecked(true);
  auto* exportStripButton = new QPushButton(tr("Export strip PNG…"), this);
  auto* exportSequenceButton = new QPushButton(tr("Export PNG sequence…"), this);
  exportRow->addWidget(m_showStrip);
  exportRow->addWidget(exportStripButton);
  exportRow->addWidget(exportSequenceButton);
  controls->addLayout(exportRow);
  controls->addStretch(1);
  connect(m_showStrip, &QCheckBox::toggled, this, [this](bool on) {
    m_strip->setVisible(on);
    m_stripCaption->setVisible(on);
    requestImages();
  });
  connect(exportStripButton, &QPushButton::clicked, this, [this] { exportStrip(); });
  connect(exportSequenceButton, &QPushButton::clicked, this, [this] { exportSequence(); });
}

QVBoxLayout* LatentExplorerWindow::buildViews() {
  auto* views = new QVBoxLayout;
  m_preview = new ExplorerImageView(1, {336, 336}, this);
  m_preview->setObjectName("explorerPreview");
  m_stripCaption = new QLabel(this);
  m_strip = new ExplorerImageView(kStripImages, {560, 56}, this);
  views->addWidget(m_preview, 1);
  views->addWidget(m_stripCaption);
  views->addWidget(m_strip);
  connect(m_preview, &ExplorerImageView::framePainted, this, [this](std::uint64_t id) {
    auto it = m_requestClock.find(id);
    if (it != m_requestClock.end()) m_latenciesMs.push_back(double(it->second.nsecsElapsed()) / 1e6);
    m_requestClock.erase(m_requestClock.begin(), m_requestClock.upper_bound(id));
  });
  return views;
}

bool LatentExplorerWindow::showBundledModel() {
  if (m_showingBundled) return true;
  if (!m_bundledModel) {
    const auto path = m_bundledUnreadable ? std::string() : findResource(kBundledInfoganModel);
    if (path.empty()) return false;
    try {
      m_bundledModel = std::make_shared<const ModelCopy>(checkpointModel(path));
    } catch (const std::exception& e) {
      m_modelLabel->setText(tr("The bundled model could not be read: %1").arg(QString::fromStdString(e.what())));
      m_bundledUnreadable = true;  // said once; the live run is shown from now on
      return false;
    }
  }
  m_showingBundled = true;
  m_explorer->setModel(m_bundledModel);
  return true;
}

void LatentExplorerWindow::followLiveModel() {
  connect(m_controller, &TrainingController::modelArrived, this, [this](std::shared_ptr<const ModelCopy> model) {
    if (!m_followLive || !model) return;
    // A 2D run or nothing trained yet: the bundled InfoGAN has more to show, until the live run
    // trains an image model.
    const bool liveImages = isImageDataset(model->config.dataset);
    if ((!liveImages || model->step == 0) && showBundledModel()) return;
    if (!liveImages) return;
    m_showingBundled = false;
    m_explorer->setModel(std::move(model));
  });
  m_refreshTimer = new QTimer(this);
  m_refreshTimer->setInterval(kRefreshMs);
  connect(m_refreshTimer, &QTimer::timeout, this, [this] {
    if (!m_followLive || !isImageDataset(m_controller->config().dataset)) return;
    if (m_controller->stepsDone() != m_lastRequestedStep) {
      m_lastRequestedStep = m_controller->stepsDone();
      m_controller->requestModel();
    }
  });
}

}  // namespace gan::ui
