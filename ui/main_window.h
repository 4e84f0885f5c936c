#pragma once
#include <QMainWindow>

#include "engine/core/train_config.h"

class QAction;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QHBoxLayout;
class QImage;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QVBoxLayout;

namespace gan {
struct SampleGrid;
struct CheckpointInfo;
struct VariantInfo;
}  // namespace gan

namespace gan::ui {

class Autosave;
class HyperparameterPanel;
class MetricsPlot;
class CompareWindow;
class DivergenceLab;
class LatentExplorerWindow;
class SampleGridWidget;
class ImagePanelsWidget;
class ToyCanvas;
class TimeScrubber;
class TrainingController;
class RunsPanel;
class RunOverlay;
class QualityPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // `config` gives the data folder; an empty variant or dataset is taken from QSettings (the
  // last session's), as are seed and hyperparameters.
  explicit MainWindow(TrainConfig config, QWidget* parent = nullptr);
  ~MainWindow() override;

  TrainingController& controller() { return *m_controller; }
  HyperparameterPanel& hyperparameters() { return *m_hyperparameters; }
  SampleGridWidget& sampleGrid() { return *m_sampleGrid; }
  ImagePanelsWidget& imagePanels() { return *m_imagePanels; }
  ToyCanvas& toyCanvas() { return *m_toyCanvas; }
  const std::vector<MetricsPlot*>& plots() const { return m_plots; }
  TimeScrubber& scrubber() { return *m_scrubber; }
  // The Runs panel on the run library at `library` (a dock, hidden until shown); null until enabled.
  RunsPanel* enableRunsPanel(const QString& library);
  RunsPanel* runsPanel() { return m_runsPanel; }
  QualityPanel& qualityPanel() { return *m_qualityPanel; }
  QString bannerText() const;
  // Off in tests and scripted runs: destructive actions then proceed without asking.
  void setConfirmationsEnabled(bool enabled) { m_confirm = enabled; }
  // Saves the run into `folder` every `seconds` while it moves (ui/autosave.h); null until enabled.
  Autosave* enableAutosave(const QString& folder, int seconds);
  Autosave* autosave() { return m_autosave; }
  // Opens the run autosaved in `folder`; with `askFirst`, only after a crash and when the user
  // agrees. True when the run is being loaded.
  bool recoverAutosave(const QString& folder, bool askFirst);
  // True when the run wants MNIST and its data folder lacks it (a first start).
  bool needsMnist() const;
  // The first-run dialog (ui/mnist_setup_dialog.h): fetch MNIST, choose its folder, or use a toy.
  void offerMnistFetch();

 public Q_SLOTS:
  void train();
  void pause();
  void singleStep();
  void resetRun();
  void switchVariant(const QString& name);
  void switchDataset(const QString& dataset);
  // Shows what the networks would see of a folder of pictures; on OK, a new run trains on them.
  // With confirmations off (tests), no dialog: the folder is taken as it is.
  void choosePictureFolder(const QString& folder = {});
  // Starts a new run on the user's drawn points; false (with a message) when there are too few.
  bool trainOnDrawnPoints(const std::vector<float>& points);
  void openCheckpoint(const QString& path = {});
  void startFromBundledModel();
  void saveCheckpoint(const QString& path = {});
  void exportCsv(const QString& path = {});
  void exportSamples(const QString& path = {});
  CompareWindow* showCompare();
  DivergenceLab* showDivergenceLab();
  LatentExplorerWindow* showLatentExplorer();
  void showRunsPanel();
  // Shows the Sample quality panel and measures the live run now.
  void evaluateSampleQuality();
  // Opens a run folder of the library: its checkpoint, curves and recorded grids.
  void openRun(const QString& folder);
  RunOverlay* showOverlay(const QStringList& folders);
  // The recorded sample grids of this run as an animated GIF, written off the UI thread.
  void exportSamplesGif(const QString& path = {});
  // Every plot stacked in one picture: SVG or PNG, by the suffix.
  void exportPlots(const QString& path = {});

 Q_SIGNALS:
  void samplesGifExported(const QString& path, bool ok);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;  // LanguageChange: rebuilds the composed texts
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QWidget* buildCentral();
  void buildStatusBar();
  void connectController();
  QWidget* buildControls();
  QGroupBox* buildVariantGroup(QWidget* panel);
  QGroupBox* buildHyperparameterGroup(QWidget* panel);
  QGridLayout* buildRunButtons(QWidget* panel);
  QHBoxLayout* buildSpeedRow(QWidget* panel);
  QWidget* buildPlots();
  QWidget* buildScrubber(QWidget* parent);
  void connectScrubber();
  void buildQualityPanel();
  void connectPlotToScrubber(MetricsPlot* plot);
  void showRecordedGrid(const SampleGrid& grid);
  QWidget* buildSamples();
  QWidget* buildImagePage();
  QWidget* buildToyPage();
  void onSampleClicked(int index, const QImage& image);
  void buildMenus();
  void buildLanguageMenu();
  static QString variantText(const VariantInfo& info);  // explanation + formula, as rich text
  void rebuildPlots();
  void applyState();
  void showMessage(const QString& text, bool isError);
  bool confirm(const QString& question);
  TrainConfig configFromPanel(const QString& variant) const;
  void loadRun(const QString& path, const CheckpointInfo& info);
  void loadSettings();
  void saveSettings() const;
  QString chooseFile(bool save, const QString& title, const QString& suggestedName, const QString& filter);

  TrainConfig m_baseConfig;
  TrainingController* m_controller = nullptr;
  HyperparameterPanel* m_hyperparameters = nullptr;
  SampleGridWidget* m_sampleGrid = nullptr;
  ImagePanelsWidget* m_imagePanels = nullptr;
  QStackedWidget* m_samplePages = nullptr;
  ToyCanvas* m_toyCanvas = nullptr;
  std::vector<MetricsPlot*> m_plots;
  QVBoxLayout* m_plotLayout = nullptr;
  QComboBox* m_variantBox = nullptr;
  QComboBox* m_datasetBox = nullptr;
  QLabel* m_explanation = nullptr;
  QSpinBox* m_seed = nullptr;
  QSlider* m_smoothing = nullptr;
  QCheckBox* m_autoscale = nullptr;
  QLabel* m_banner = nullptr;
  QLabel* m_sampleCaption = nullptr;
  QPlainTextEdit* m_log = nullptr;
  QLabel* m_stateLabel = nullptr;
  QLabel* m_progressLabel = nullptr;
  QAction* m_trainAction = nullptr;
  QAction* m_pauseAction = nullptr;
  QAction* m_stepAction = nullptr;
  QAction* m_resetAction = nullptr;
  bool m_confirm = true;
  std::vector<float> m_drawnPoints;  // the drawing the "drawn" dataset uses
  CompareWindow* m_compare = nullptr;
  DivergenceLab* m_lab = nullptr;
  LatentExplorerWindow* m_explorer = nullptr;
  Autosave* m_autosave = nullptr;
  TimeScrubber* m_scrubber = nullptr;
  RunsPanel* m_runsPanel = nullptr;
  QualityPanel* m_qualityPanel = nullptr;
};

}  // namespace gan::ui
