#pragma once
// The latent explorer (Tools → Latent explorer): drag InfoGAN's codes and see digit and slant
// change under the finger; walk, interpolate and encode in any image generator's latent space.
// Images come from gan::LatentExplorer's own thread and a copy of the networks refreshed a few
// times a second, so neither the UI nor training ever waits for the other.
#include <QElapsedTimer>
#include <QWidget>
#include <map>
#include <memory>
#include <optional>

#include "engine/data/idx_file.h"
#include "engine/explore/latent_explorer.h"
#include "ui/widgets/explorer_image_view.h"

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;
class QVBoxLayout;
class QGroupBox;

namespace gan::ui {

class TrainingController;

class LatentExplorerWindow : public QWidget {
  Q_OBJECT

 public:
  LatentExplorerWindow(TrainingController* controller, QWidget* parent = nullptr);
  ~LatentExplorerWindow() override;

  // Instrumentation for the latency benchmark: slider move → new image painted, per painted frame.
  const std::vector<double>& latenciesMs() const { return m_latenciesMs; }
  void clearLatencies() { m_latenciesMs.clear(); }
  int framesRendered() const { return m_explorer->framesRendered(); }
  std::uint64_t requestsMade() const { return m_nextId - 1; }
  QSlider* codeSlider(int index) const;
  // A continuous code by its measured name ("slant") or number ("c2"); −1 when there is none.
  int codeIndex(const QString& key) const;
  QCheckBox* stripBox() const { return m_showStrip; }
  ExplorerImageView& preview() const { return *m_preview; }
  std::optional<ExplorerModelInfo> model() const { return m_explorer->model(); }
  void openCheckpoint(const QString& path);
  void addPathPoint(int gridIndex);  // a sample of the main window's grid becomes a path point
  void labelCategories();
  // Presses the category button at `position` (0–9 from the left; after labelling, the digit).
  void pressCategoryButton(int position);
  bool categoriesLabelled() const { return !m_labelOf.empty(); }
  // The code the strip sweeps (otherwise the last one dragged).
  void setSweptCode(int code) {
    m_sweptCode = code;
    requestImages();
  }

 protected:
  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;

 private:
  // The window's sections, top to bottom, then the pictures on the right.
  void buildSourceRow(QVBoxLayout* controls);
  QGroupBox* buildCodesGroup();   // InfoGAN: category buttons, labelling, one slider per code
  QGroupBox* buildNoiseGroup();   // any generator: z directions, a redraw, a random walk
  QGroupBox* buildPathGroup();    // interpolation between samples of the main window's grid
  QGroupBox* buildEncodeGroup();  // VAE-GAN / BiGAN: a real test digit through the encoder
  void buildExportRow(QVBoxLayout* controls);
  QVBoxLayout* buildViews();
  void followLiveModel();  // live weights: asked for a few times a second, applied when they come
  void encodeTestDigit();
  void onFrame(const ExplorerFrame& frame);
  void showImages(const ExplorerFrame& frame);
  void onModelReady();
  void showEncoded(const ExplorerFrame& frame);
  void showCategories(const ExplorerFrame& frame);
  void applyModelInfo();
  void requestImages();
  Latent currentNoise() const;
  Latent currentLatent() const;
  std::vector<Latent> stripLatents() const;
  QString codeLabel(int code) const;
  bool showBundledModel();      // false when none is installed or it cannot be read
  void showStoredCategories();  // the code's measured name, translated, or c1, c2, …
  void redrawZ();
  void exportStrip();
  void exportSequence();
  void walkStep();
  void updateCategoryButtons();

  TrainingController* m_controller;
  std::unique_ptr<LatentExplorer> m_explorer;
  std::optional<ExplorerModelInfo> m_info;
  bool m_followLive = true;
  bool m_showingBundled = false;
  QPushButton* m_labelButton = nullptr;  // off for a shipped model: it has no Q, its labels came with it  // the
                                         // bundled InfoGAN, while the live run has not trained
  std::shared_ptr<const ModelCopy> m_bundledModel;
  bool m_bundledUnreadable = false;
  std::int64_t m_lastRequestedStep = -1;

  // What the user set.
  Latent m_baseNoise;
  std::vector<Latent> m_directions;  // random unit directions in z for the z sliders
  std::vector<Latent> m_path;        // interpolation points
  int m_category = 0;
  int m_sweptCode = 0;
  std::vector<int> m_labelOf;  // category → digit, once labelled
  Latent m_walkVelocity;

  std::uint64_t m_nextId = 1;
  std::map<std::uint64_t, QElapsedTimer> m_requestClock;
  std::vector<double> m_latenciesMs;

  QLabel* m_modelLabel = nullptr;
  QGroupBox* m_codesGroup = nullptr;
  QButtonGroup* m_categoryButtons = nullptr;
  QLabel* m_labelResult = nullptr;
  std::vector<QSlider*> m_codeSliders;
  std::vector<QLabel*> m_codeValues;
  std::vector<QLabel*> m_codeNames;
  QVBoxLayout* m_codeLayout = nullptr;
  std::vector<QSlider*> m_directionSliders;
  QGroupBox* m_pathGroup = nullptr;
  QLabel* m_pathLabel = nullptr;
  QSlider* m_pathSlider = nullptr;
  QCheckBox* m_spherical = nullptr;
  QGroupBox* m_encodeGroup = nullptr;
  QSpinBox* m_testIndex = nullptr;
  ExplorerImageView* m_encodedView = nullptr;
  QCheckBox* m_showStrip = nullptr;
  QPushButton* m_walkButton = nullptr;
  QTimer* m_walkTimer = nullptr;
  QTimer* m_refreshTimer = nullptr;
  ExplorerImageView* m_preview = nullptr;
  ExplorerImageView* m_strip = nullptr;
  QLabel* m_stripCaption = nullptr;
  std::optional<IdxArray> m_testImages;  // MNIST test images, read when first encoded
};

}  // namespace gan::ui
