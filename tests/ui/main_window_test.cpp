#include <catch2/catch.hpp>

#include <qcustomplot.h>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <cmath>

#include "tests/engine/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/main_window.h"
#include "ui/tools/compare_window.h"
#include "ui/tools/divergence_lab.h"
#include "ui/tools/latent_explorer_window.h"
#include "ui/training_controller.h"
#include "ui/widgets/hyperparameter_panel.h"
#include "ui/widgets/image_panels_widget.h"
#include "ui/widgets/metrics_plot.h"
#include "ui/widgets/sample_grid_widget.h"
#include "ui/widgets/toy_canvas.h"

using namespace gan;
using gan::ui::MainWindow;
using gan::ui::TrainingController;

using test::totalPoints;
using test::waitForState;
using test::waitUntil;
using test::windowConfig;

TEST_CASE("The window builds with a plot per metric group and lists the variants", "[gui]") {
  MainWindow window(windowConfig());
  window.setConfirmationsEnabled(false);
  REQUIRE(window.plots().size() == 3);
  CHECK(window.plots()[0]->group() == "Losses");
  CHECK(window.plots()[2]->group() == "Divergence estimate");
  auto* chooser = window.findChild<QComboBox*>("variantChooser");
  REQUIRE(chooser);
  CHECK(chooser->count() >= 2);
  CHECK(waitForState(window, TrainerState::Ready));
}

TEST_CASE("Train feeds the plots and the sample grid and Pause stops them and Step adds exactly one row", "[gui]") {
  MainWindow window(windowConfig());
  window.setConfirmationsEnabled(false);
  window.show();
  REQUIRE(waitForState(window, TrainerState::Ready));

  window.findChild<QAction*>("train")->trigger();
  REQUIRE(
      waitUntil(window.controller(), &TrainingController::metricsAppended, [&] { return totalPoints(window) >= 15; }));
  REQUIRE(waitUntil(window.controller(), &TrainingController::samplesUpdated,
                    [&] { return window.sampleGrid().step() >= 2; }));
  CHECK(window.sampleGrid().gridImage().width() == 8 * 28 + 9 * 2);

  window.findChild<QAction*>("pause")->trigger();
  REQUIRE(waitForState(window, TrainerState::Paused));
  const int pausedPoints = totalPoints(window);
  const auto pausedStep = window.controller().stepsDone();
  CHECK(pausedPoints == 5 * pausedStep);  // five metrics per step, every row plotted

  window.findChild<QAction*>("step")->trigger();
  REQUIRE(waitUntil(window.controller(), &TrainingController::metricsAppended,
                    [&] { return window.controller().stepsDone() == pausedStep + 1; }));
  REQUIRE(waitForState(window, TrainerState::Paused));
  CHECK(totalPoints(window) == pausedPoints + 5);

  const auto csv = (test::tempDir("gui-csv") / "metrics.csv").string();
  window.exportCsv(QString::fromStdString(csv));
  QFile file(QString::fromStdString(csv));
  REQUIRE(file.open(QIODevice::ReadOnly));
  CHECK(file.readLine().trimmed() == "step,epoch,loss_d,loss_g,d_real,d_fake,js_estimate");
}

TEST_CASE("Bad hyperparameter text is refused visibly and good values reach the trainer", "[gui]") {
  MainWindow window(windowConfig());
  window.setConfirmationsEnabled(false);
  REQUIRE(waitForState(window, TrainerState::Ready));
  auto& panel = window.hyperparameters();
  CHECK(panel.field("toy_width") == nullptr);  // an MNIST run has no MLP to shape
  CHECK_FALSE(panel.submit("learning_rate_d", "fast"));
  CHECK(panel.errorText().contains("Refused"));
  CHECK(panel.errorText().contains("'fast'"));
  CHECK_FALSE(panel.submit("batch_size", "100000"));
  CHECK(panel.values().at("batch_size") == 16);  // the last good value stays

  CHECK(panel.submit("batch_size", "32"));
  window.findChild<QAction*>("step")->trigger();
  REQUIRE(waitUntil(window.controller(), &TrainingController::metricsAppended,
                    [&] { return window.controller().stepsDone() >= 1; }));
  CHECK(window.controller().config().value("batch_size") == 32);
  // The change is marked on every plot's timeline (a line and its label).
  for (auto* plot : window.plots()) CHECK(plot->markerCount() == 2);
}

TEST_CASE("A bad checkpoint shows an error banner and the run carries on", "[gui]") {
  MainWindow window(windowConfig());
  window.setConfirmationsEnabled(false);
  REQUIRE(waitForState(window, TrainerState::Ready));
  const auto bogus = test::tempDir("gui-ckpt") / "bogus.pt";
  QFile file(QString::fromStdString(bogus.string()));
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write("not a checkpoint");
  file.close();
  window.openCheckpoint(QString::fromStdString(bogus.string()));
  CHECK(window.bannerText().contains("not a GAN Studio checkpoint"));
  window.findChild<QAction*>("step")->trigger();
  CHECK(waitUntil(window.controller(), &TrainingController::metricsAppended,
                  [&] { return window.controller().stepsDone() == 1; }));
}

TEST_CASE("Closing the window during training ends cleanly", "[gui]") {
  auto window = std::make_unique<MainWindow>(windowConfig());
  window->setConfirmationsEnabled(false);
  window->show();
  REQUIRE(waitForState(*window, TrainerState::Ready));
  window->train();
  REQUIRE(waitUntil(window->controller(), &TrainingController::metricsAppended,
                    [&] { return window->controller().stepsDone() >= 2; }));
  CHECK(window->close());
  window.reset();
  SUCCEED("closed and destroyed while training");
}

TEST_CASE("Compare mode trains several variants in alternating rounds and overlays their estimates", "[gui]") {
  MainWindow window(windowConfig());
  window.setConfirmationsEnabled(false);
  auto* compare = window.showCompare();
  QSignalSpy rounds(compare, &gan::ui::CompareWindow::roundFinished);
  compare->startComparison({"gan-ns", "wgan-gp", "fgan-kl"}, "ring", 3);
  CHECK(compare->runCount() == 3);
  while (compare->roundsDone() < 3) REQUIRE(rounds.wait(300000));
  compare->stopComparison();
  auto* plot = compare->estimatePlot();
  REQUIRE(plot->graphCount() == 3);
  // Alternating rounds: every run has at least three rounds of points, none ran ahead by a round.
  for (int i = 0; i < 3; ++i) CHECK(plot->graph(i)->dataCount() >= 3 * gan::ui::CompareWindow::kStepsPerRound);
  CHECK(plot->graph(0)->name() == "GAN (non-saturating)");
}

TEST_CASE("The divergence lab's tutorial presets show the tutorial's numbers", "[gui]") {
  gan::ui::DivergenceLab lab;
  QSignalSpy swept(&lab, &gan::ui::DivergenceLab::sweepFinished);
  lab.applyPreset(1);  // ŷ2 against y: JS = log 2, W = 2
  CHECK(lab.valueText("js") == QString::number(std::log(2.0), 'g', 7));
  CHECK(lab.valueText("wasserstein_1") == "2");
  CHECK(lab.valueText("kl") == "∞");
  lab.applyPreset(2);  // earth mover: W = 0.1
  CHECK(lab.valueText("wasserstein_1") == "0.1");
  lab.applyPreset(3);  // N(0,1) vs N(12,1): W = 12, JS ≈ log 2
  CHECK(lab.report().find("wasserstein_1") == Approx(12).epsilon(1e-6));
  CHECK(lab.report().find("js") == Approx(std::log(2.0)).epsilon(1e-6));
  // The sweep (computed off the UI thread): JS flat near log 2 far out, W growing linearly.
  REQUIRE((swept.count() > 0 || swept.wait(300000)));
  auto* sweep = lab.sweepPlot();
  REQUIRE(sweep->graphCount() >= 2);
  const auto js = sweep->graph(0)->data(), w = sweep->graph(1)->data();
  CHECK(js->at(0)->value == Approx(std::log(2.0)).epsilon(1e-3));  // 12 apart
  CHECK(w->at(0)->value == Approx(12).epsilon(1e-3));
  CHECK(w->at(w->size() / 4)->value == Approx(6).epsilon(1e-3));  // 6 apart
}

TEST_CASE("The toy canvas renders points and the heatmap after a few steps", "[gui]") {
  auto config = windowConfig();
  config.dataset = "ring";
  MainWindow window(config);
  window.setConfirmationsEnabled(false);
  window.show();
  REQUIRE(waitForState(window, TrainerState::Ready));
  window.findChild<QAction*>("step")->trigger();
  REQUIRE(waitUntil(window.controller(), &TrainingController::toyViewUpdated,
                    [&] { return window.toyCanvas().view().step >= 1; }));
  // The MLP's shape is editable for toy runs (and hidden for MNIST).
  CHECK(window.hyperparameters().field("toy_width") != nullptr);
  const auto& view = window.toyCanvas().view();
  CHECK(view.real.size() == 2 * 512);
  CHECK(view.fake.size() == 2 * 512);
  CHECK(view.arrows.size() == view.fake.size());
  CHECK(view.heatmap.size() == std::size_t(view.heatmapSide * view.heatmapSide));
  CHECK(view.meshSide > 1);
  const QImage picture = window.toyCanvas().grab().toImage();
  // The heatmap colours the plane: many distinct colours, not a blank square.
  QSet<QRgb> colours;
  for (int y = 0; y < picture.height(); y += 4)
    for (int x = 0; x < picture.width(); x += 4) colours.insert(picture.pixel(x, y));
  CHECK(colours.size() > 50);
}

TEST_CASE("A distribution drawn on the canvas becomes the training data", "[gui]") {
  auto config = windowConfig();
  config.dataset = "ring";
  MainWindow window(config);
  window.setConfirmationsEnabled(false);
  window.resize(1400, 860);
  window.show();
  REQUIRE(waitForState(window, TrainerState::Ready));
  auto& canvas = window.toyCanvas();
  CHECK_FALSE(window.trainOnDrawnPoints({0.1f, 0.2f}));  // too few: refused with a message
  CHECK(window.bannerText().contains("Draw at least"));
  canvas.setDrawing(true);
  const QPointF centre(canvas.width() / 2.0, canvas.height() / 2.0);
  for (int i = 0; i < 40; ++i) canvas.addDrawnPoint(centre + QPointF(4.0 * i, 0));  // a horizontal stroke
  REQUIRE(canvas.drawnPoints().size() >= 2 * 20);
  REQUIRE(window.trainOnDrawnPoints(canvas.drawnPoints()));
  REQUIRE(waitUntil(window.controller(), &TrainingController::historyCleared,
                    [&] { return window.controller().config().dataset == "drawn"; }));
  // New data means a Loading state first; Step is enabled again once the run is Ready.
  REQUIRE(waitForState(window, TrainerState::Ready));
  window.findChild<QAction*>("step")->trigger();
  REQUIRE(waitUntil(window.controller(), &TrainingController::toyViewUpdated,
                    [&] { return window.toyCanvas().view().step >= 1; }));
  // The real points now lie along the stroke: y ≈ 0 (within the drawing's blur), x ≥ about 0.
  const auto& real = window.toyCanvas().view().real;
  for (std::size_t i = 0; i + 1 < real.size(); i += 2) {
    CHECK(std::fabs(real[i + 1]) < 0.15f);
    CHECK(real[i] > -0.15f);
  }
}

TEST_CASE("The divergence lab compares a mixture of normals with a normal and sweeps it", "[gui]") {
  gan::ui::DivergenceLab lab;
  QSignalSpy swept(&lab, &gan::ui::DivergenceLab::sweepFinished);
  lab.setContinuous("mixture:0.5,0,1,0.5,4,1", "normal:0,1");
  // W₁ between ½N(0,1) + ½N(4,1) and N(0,1): half the mass moves 4, so W₁ = 2.
  CHECK(lab.report().find("wasserstein_1") == Approx(2.0).epsilon(1e-4));
  CHECK(std::isfinite(lab.report().find("kl")));
  // The sweep runs off the UI thread; only the one for the latest P and Q is drawn and announced.
  REQUIRE((swept.count() > 0 || swept.wait(300000)));
  REQUIRE(lab.sweepPlot()->graphCount() >= 2);
  CHECK(lab.sweepPlot()->graph(1)->dataCount() == 97);
}

TEST_CASE("Variant panels appear under the sample grid", "[gui]") {
  auto config = windowConfig();
  config.variant = "ebgan";
  config.hyperparameters = {{"batch_size", 16}, {"channels", 8}, {"pretrain_steps", 1}};
  MainWindow window(config);
  window.setConfirmationsEnabled(false);
  REQUIRE(waitForState(window, TrainerState::Ready));
  window.controller().step(2);
  REQUIRE(waitUntil(window.controller(), &TrainingController::samplesUpdated,
                    [&] { return window.sampleGrid().step() >= 2; }));
  REQUIRE(window.imagePanels().panelCount() == 1);
  // Real images, their reconstructions, fakes and theirs: 4 rows of 8.
  CHECK(window.imagePanels().panelImage(0).height() > 3 * window.imagePanels().panelImage(0).width() / 8);
}

TEST_CASE("Moving an explorer slider repaints the preview with a different image", "[gui][explorer]") {
  auto config = windowConfig();
  config.variant = "infogan";
  config.hyperparameters = {{"batch_size", 16}, {"channels", 8}};
  MainWindow window(config);
  window.setConfirmationsEnabled(false);
  REQUIRE(waitForState(window, TrainerState::Ready));
  window.controller().step(3);
  REQUIRE(waitUntil(window.controller(), &TrainingController::samplesUpdated,
                    [&] { return window.sampleGrid().step() >= 3; }));
  auto* explorer = window.showLatentExplorer();
  QSignalSpy painted(&explorer->preview(), &gan::ui::ExplorerImageView::framePainted);
  while (explorer->preview().image().isNull()) REQUIRE(painted.wait(300000));
  REQUIRE(explorer->model()->hasCategories);
  const QImage before = explorer->preview().image();
  const auto frameBefore = explorer->preview().frameId();
  explorer->codeSlider(0)->setValue(-200);  // c1 = −2
  explorer->pressCategoryButton(7);
  while (explorer->preview().frameId() <= frameBefore + 1 || painted.isEmpty()) REQUIRE(painted.wait(300000));
  CHECK(explorer->preview().image() != before);
  CHECK(!explorer->latenciesMs().empty());
}

TEST_CASE("The explorer shows the bundled InfoGAN until the run trains, and the main window starts from it",
          "[gui][explorer]") {
  MainWindow window(windowConfig());  // gan-ns, nothing trained
  window.setConfirmationsEnabled(false);
  REQUIRE(waitForState(window, TrainerState::Ready));
  auto* explorer = window.showLatentExplorer();
  QSignalSpy painted(&explorer->preview(), &gan::ui::ExplorerImageView::framePainted);
  while (explorer->preview().image().isNull()) REQUIRE(painted.wait(300000));
  REQUIRE(explorer->model());
  CHECK(explorer->model()->variant == "infogan");
  CHECK(explorer->model()->step > 0);
  CHECK(explorer->categoriesLabelled());  // its category → digit match came with it
  CHECK(explorer->codeIndex("slant") >= 0);
  CHECK(explorer->findChild<QLabel*>("modelLabel")->text().contains("Bundled InfoGAN"));

  const auto bundledStep = explorer->model()->step;
  QSignalSpy loaded(&window.controller(), &TrainingController::checkpointLoaded);
  window.startFromBundledModel();
  REQUIRE((!loaded.isEmpty() || loaded.wait(300000)));
  CHECK(window.controller().config().variant == "infogan");
  CHECK(window.controller().stepsDone() == bundledStep);
  // D and Q start afresh from G's weights: one more step trains without a NaN.
  window.controller().step(1);
  CHECK(waitUntil(window.controller(), &TrainingController::metricsAppended,
                  [&] { return window.controller().stepsDone() == bundledStep + 1; }));
  CHECK(window.bannerText().isEmpty());
}
