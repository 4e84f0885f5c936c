#include "ui/tools/latent_explorer_window.h"

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

#include "engine/core/variant_catalog.h"
#include "engine/training/checkpoint.h"
#include "ui/engine_text.h"
#include "ui/tools/latent_explorer_settings.h"
#include "ui/training_controller.h"
#include "ui/widgets/sample_grid_widget.h"

namespace gan::ui {

namespace {
Latent randomUnit(std::mt19937& random, std::size_t size) {
  std::normal_distribution<float> normal;
  Latent v(size);
  double norm = 0;
  for (auto& x : v) {
    x = normal(random);
    norm += double(x) * x;
  }
  for (auto& x : v) x = float(x / std::sqrt(norm));
  return v;
}

Latent randomNormal(std::mt19937& random, std::size_t size) {
  std::normal_distribution<float> normal;
  Latent v(size);
  for (auto& x : v) x = normal(random);
  return v;
}

}  // namespace

LatentExplorerWindow::LatentExplorerWindow(TrainingController* controller, QWidget* parent)
    : QWidget(parent, Qt::Window), m_controller(controller) {
  setObjectName("latentExplorer");
  setWindowTitle(tr("Latent explorer"));
  // Frames arrive on the explorer's thread; they are handed to this (UI) thread by a queued call.
  m_explorer = std::make_unique<LatentExplorer>([this](ExplorerFrame frame) {
    QMetaObject::invokeMethod(
        this, [this, frame = std::move(frame)] { onFrame(frame); }, Qt::QueuedConnection);
  });

  auto* outer = new QHBoxLayout(this);
  auto* controls = new QVBoxLayout;
  outer->addLayout(controls, 0);
  buildSourceRow(controls);
  controls->addWidget(buildCodesGroup());
  controls->addWidget(buildNoiseGroup());
  controls->addWidget(buildPathGroup());
  controls->addWidget(buildEncodeGroup());
  buildExportRow(controls);
  outer->addLayout(buildViews(), 1);
  followLiveModel();
  applyModelInfo();
  resize(1000, 640);
}
LatentExplorerWindow::~LatentExplorerWindow() = default;

QSlider* LatentExplorerWindow::codeSlider(int index) const {
  return index >= 0 && index < int(m_codeSliders.size()) ? m_codeSliders[std::size_t(index)] : nullptr;
}

void LatentExplorerWindow::showEvent(QShowEvent*) {
  m_refreshTimer->start();
  m_lastRequestedStep = -1;
  if (m_followLive) m_controller->requestModel();
}

void LatentExplorerWindow::hideEvent(QHideEvent*) {
  m_refreshTimer->stop();
  m_walkButton->setChecked(false);
}

void LatentExplorerWindow::openCheckpoint(const QString& path) {
  try {
    auto model = std::make_shared<const ModelCopy>(checkpointModel(path.toStdString()));
    if (!isImageDataset(model->config.dataset))
      throw std::runtime_error("the explorer shows image models; this is a 2D run");
    m_followLive = false;
    m_showingBundled = false;
    m_explorer->setModel(std::move(model));
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Open checkpoint"), QString::fromStdString(e.what()));
  }
}

void LatentExplorerWindow::addPathPoint(int gridIndex) {
  if (!m_info || gridIndex < 0 || gridIndex >= int(m_info->gridLatents.size())) return;
  const auto& latent = m_info->gridLatents[std::size_t(gridIndex)];
  m_path.push_back(Latent(latent.begin(), latent.begin() + std::ptrdiff_t(m_info->layout.noise)));
  QStringList names;
  for (std::size_t i = 0; i < m_path.size(); ++i) names << QString(QChar('A' + int(i % 26)));
  m_pathLabel->setText(tr("Path through %1 (grid samples). Drag the slider to move along it.").arg(names.join(" → ")));
  if (m_path.size() == 1) m_baseNoise = m_path.front();
  requestImages();
}

void LatentExplorerWindow::applyModelInfo() {
  const bool categories = m_info && m_info->hasCategories;
  m_codesGroup->setVisible(categories);
  m_encodeGroup->setVisible(m_info && m_info->canEncode);
  if (!m_info) return;
  if (m_showingBundled)
    m_modelLabel->setText(tr("Bundled InfoGAN, %1 % · step %2 (until the live run trains)")
                              .arg(100.0 * m_info->storedCategories.accuracy, 0, 'f', 0)
                              .arg(m_info->step));
  else
    m_modelLabel->setText(tr("Model: %1 at step %2%3")
                              .arg(engineText(findVariant(m_info->variant).displayName))
                              .arg(m_info->step)
                              .arg(m_followLive ? tr(" (live, refreshed while training)") : tr(" (checkpoint)")));
  const auto noise = std::size_t(m_info->layout.noise);
  if (m_baseNoise.size() != noise) {
    std::mt19937 random(1234);
    m_baseNoise = randomNormal(random, noise);
    m_directions.clear();
    for (int i = 0; i < kDirections; ++i) m_directions.push_back(randomUnit(random, noise));
    m_path.clear();
    m_labelOf.clear();
    updateCategoryButtons();
  }
  // One slider per continuous code (made as a model first needs them), labelled with the code's
  // measured name (slant, width, …) or c1, c2, …
  const int codes = m_info->layout.continuous;
  while (int(m_codeSliders.size()) < codes) {
    auto* slider = makeSlider(kCodeLimit, m_codesGroup);
    slider->setObjectName(QString("code:%1").arg(m_codeSliders.size()));
    m_codeSliders.push_back(slider);
  }
  for (std::size_t i = 0; i < m_codeSliders.size(); ++i) {
    if (i >= m_codeValues.size()) {
      auto* row = new QHBoxLayout;
      auto* name = new QLabel(m_codesGroup);
      m_codeNames.push_back(name);
      auto* value = new QLabel("0.00", m_codesGroup);
      value->setMinimumWidth(40);
      row->addWidget(name);
      row->addWidget(m_codeSliders[i], 1);
      row->addWidget(value);
      m_codeLayout->addLayout(row);
      m_codeValues.push_back(value);
      const int index = int(i);
      connect(m_codeSliders[i], &QSlider::valueChanged, this, [this, index, value](int v) {
        value->setText(QString::number(double(v) / kSliderSteps, 'f', 2));
        m_sweptCode = index;
        requestImages();
      });
    }
    m_codeSliders[i]->setEnabled(int(i) < codes);
    m_codeNames[i]->setText(codeLabel(int(i)));
  }
}

Latent LatentExplorerWindow::currentNoise() const {
  Latent noise =
      m_path.size() >= 2 ? pointOnPath(m_path, m_pathSlider->value() / 1000.0, m_spherical->isChecked()) : m_baseNoise;
  for (std::size_t d = 0; d < m_directions.size() && d < m_directionSliders.size(); ++d) {
    const double amount = sliderValue(m_directionSliders[d]);
    for (std::size_t i = 0; i < noise.size(); ++i) noise[i] += float(amount * m_directions[d][i]);
  }
  return noise;
}

Latent LatentExplorerWindow::currentLatent() const {
  CodeSetting setting;
  setting.noise = currentNoise();
  setting.category = m_category;
  for (int i = 0; i < m_info->layout.continuous; ++i)
    setting.codes.push_back(float(sliderValue(m_codeSliders[std::size_t(i)])));
  return composeLatent(m_info->layout, setting);
}

std::vector<Latent> LatentExplorerWindow::stripLatents() const {
  std::vector<Latent> strip;
  const auto& layout = m_info->layout;
  if (layout.continuous > 0) {
    CodeSetting setting;
    setting.noise = currentNoise();
    setting.category = m_category;
    for (int i = 0; i < layout.continuous; ++i)
      setting.codes.push_back(float(sliderValue(m_codeSliders[std::size_t(i)])));
    m_stripCaption->setText(tr("%1 swept from −2 to 2").arg(codeLabel(m_sweptCode)));
    return sweepCode(layout, setting, m_sweptCode, -float(kCodeLimit), float(kCodeLimit), kStripImages);
  }
  for (int k = 0; k < kStripImages; ++k) {
    const double t = double(k) / (kStripImages - 1);
    Latent noise;
    if (m_path.size() >= 2) {
      noise = pointOnPath(m_path, t, m_spherical->isChecked());
    } else {
      noise = m_baseNoise;
      for (std::size_t i = 0; i < noise.size(); ++i)
        noise[i] += float((2 * t - 1) * kDirectionLimit * m_directions[0][i]);
    }
    CodeSetting setting;
    setting.noise = noise;
    strip.push_back(composeLatent(layout, setting));
  }
  m_stripCaption->setText(m_path.size() >= 2 ? tr("Along the path, start to end") : tr("Along direction 1, −3 to 3"));
  return strip;
}

void LatentExplorerWindow::requestImages() {
  // Latest wins in the explorer: a request made while a frame is being drawn replaces the older one.
  if (!m_info) return;
  std::vector<Latent> latents = {currentLatent()};
  if (m_showStrip->isChecked()) {
    const auto strip = stripLatents();
    latents.insert(latents.end(), strip.begin(), strip.end());
  }
  const std::uint64_t id = m_nextId++;
  m_requestClock[id].start();
  m_explorer->render(id, std::move(latents));
}

void LatentExplorerWindow::encodeTestDigit() {
  try {
    if (!m_testImages) m_testImages = readIdx(m_controller->config().dataDir + "/t10k-images-idx3-ubyte", 3, {28, 28});
    ImageBatch digit;
    digit.count = 1;
    digit.width = digit.height = 28;
    const auto offset = std::size_t(m_testIndex->value()) * 784;
    for (std::size_t i = 0; i < 784; ++i) digit.pixels.push_back(m_testImages->data[offset + i] / 255.0f);
    m_explorer->encode(m_nextId++, std::move(digit));
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Encode"), QString::fromStdString(e.what()));
  }
}

void LatentExplorerWindow::onFrame(const ExplorerFrame& frame) {
  switch (frame.kind) {
    case ExplorerFrame::Kind::Images: showImages(frame); break;
    case ExplorerFrame::Kind::ModelReady: onModelReady(); break;
    case ExplorerFrame::Kind::Encoded: showEncoded(frame); break;
    case ExplorerFrame::Kind::Categories: showCategories(frame); break;
    case ExplorerFrame::Kind::Error:
      m_modelLabel->setText(tr("Explorer: %1").arg(QString::fromStdString(frame.message)));
      break;
  }
}

// The first image is the preview; the rest, if any, the strip.
void LatentExplorerWindow::showImages(const ExplorerFrame& frame) {
  ImageBatch first;
  first.count = 1;
  first.width = frame.images.width;
  first.height = frame.images.height;
  const std::size_t pixels = std::size_t(first.width) * first.height;
  first.pixels.assign(frame.images.pixels.begin(), frame.images.pixels.begin() + std::ptrdiff_t(pixels));
  if (frame.images.count > 1) {
    ImageBatch rest = first;
    rest.count = frame.images.count - 1;
    rest.pixels.assign(frame.images.pixels.begin() + std::ptrdiff_t(pixels), frame.images.pixels.end());
    m_strip->setImages(rest, frame.id);
  }
  m_preview->setImages(first, frame.id);
}

// New weights (a live refresh or a checkpoint): redraw what the controls say with them. A
// labelling belongs to one run: another variant, or a run that went back in steps, drops it.
void LatentExplorerWindow::onModelReady() {
  const auto previous = m_info;
  m_info = m_explorer->model();
  const bool otherModel = previous && m_info &&
                          (previous->variant != m_info->variant || m_info->step < previous->step ||
                           !previous->storedCategories.labelOf.empty());
  if (otherModel) {
    m_labelOf.clear();
    m_labelResult->setText(tr("Categories are unlabelled: category i is not digit i"));
    updateCategoryButtons();
  }
  applyModelInfo();
  const bool stored = m_info && !m_info->storedCategories.labelOf.empty();
  m_labelButton->setEnabled(!stored);
  if (stored) showStoredCategories();
  requestImages();
}

// The test digit beside G(E(x)); z continues from its code.
void LatentExplorerWindow::showEncoded(const ExplorerFrame& frame) {
  m_baseNoise = frame.latent;
  m_path.clear();
  ImageBatch pair = frame.images;
  const auto offset = std::size_t(m_testIndex->value()) * 784;
  if (m_testImages) {
    ImageBatch both;
    both.count = 2;
    both.width = both.height = 28;
    for (std::size_t i = 0; i < 784; ++i) both.pixels.push_back(m_testImages->data[offset + i] / 255.0f);
    both.pixels.insert(both.pixels.end(), pair.pixels.begin(), pair.pixels.end());
    pair = both;
  }
  m_encodedView->setImages(pair, frame.id);
  m_encodedView->setToolTip(tr("left: the test digit, right: G(E(x)), its reconstruction; z is now its code"));
  requestImages();
}

void LatentExplorerWindow::redrawZ() {
  static std::mt19937 random(std::random_device{}());
  if (!m_info) return;
  m_baseNoise = randomNormal(random, std::size_t(m_info->layout.noise));
  m_path.clear();
  requestImages();
}

void LatentExplorerWindow::walkStep() {
  if (!m_info) return;
  static std::mt19937 random(99);
  std::normal_distribution<float> normal;
  if (m_walkVelocity.size() != m_baseNoise.size()) m_walkVelocity.assign(m_baseNoise.size(), 0.0f);
  // A smooth walk: velocity follows a damped random force, and z is pulled gently back toward N(0, I).
  for (std::size_t i = 0; i < m_baseNoise.size(); ++i) {
    m_walkVelocity[i] = 0.9f * m_walkVelocity[i] + 0.03f * normal(random);
    m_baseNoise[i] = 0.995f * m_baseNoise[i] + m_walkVelocity[i];
  }
  requestImages();
}

void LatentExplorerWindow::exportStrip() {
  if (m_strip->image().isNull()) return;
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export strip"), QDir::homePath() + "/strip.png", tr("PNG (*.png)"));
  if (path.isEmpty()) return;
  if (!m_strip->image().save(path, "PNG"))
    QMessageBox::warning(this, tr("Export strip"), tr("Could not write %1").arg(path));
}

void LatentExplorerWindow::exportSequence() {
  if (m_strip->image().isNull()) return;
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the PNG sequence"), QDir::homePath());
  if (dir.isEmpty()) return;
  // The strip's frames one by one (frame_00.png …): an animation tool turns them into a GIF or video.
  const QImage& strip = m_strip->image();
  const int side = strip.height() - 2;
  const int frames = (strip.width() - 1) / (side + 1);
  for (int k = 0; k < frames; ++k) {
    const QImage frame = strip.copy(1 + k * (side + 1), 1, side, side).scaled(side * 4, side * 4);
    if (!frame.save(QString("%1/frame_%2.png").arg(dir).arg(k, 2, 10, QChar('0')), "PNG")) {
      QMessageBox::warning(this, tr("Export sequence"), tr("Could not write into %1").arg(dir));
      return;
    }
  }
}

}  // namespace gan::ui
