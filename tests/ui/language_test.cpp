#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTranslator>

#include "tests/ui/ui_test_support.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/retranslator.h"
#include "ui/widgets/hyperparameter_panel.h"
#include "ui/widgets/metrics_plot.h"

using namespace gan;
using gan::ui::MainWindow;
namespace Language = gan::ui::Language;

namespace {
// The menu bar's titles, joined: "&File|&Run|…".
QString menuTitles(const MainWindow& window) {
  QStringList titles;
  for (auto* action : window.menuBar()->actions()) titles << action->text();
  return titles.join('|');
}
}  // namespace

TEST_CASE("Switching to Chinese retranslates the open window in place, and back to English", "[gui]") {
  MainWindow window(test::windowConfig());
  window.setConfirmationsEnabled(false);
  REQUIRE(test::waitForState(window, TrainerState::Ready));
  auto* trainButton = window.findChild<QPushButton*>("button:train");
  REQUIRE(trainButton);
  const auto* variantBox = window.findChild<QComboBox*>("variantChooser");
  REQUIRE(menuTitles(window) == "&File|&Run|&Tools|&Settings");

  REQUIRE(Language::apply("zh_CN") == "zh_CN");
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  // Static texts through the retranslator, composed ones rebuilt by the window on LanguageChange.
  CHECK(menuTitles(window) == "文件(&F)|运行(&R)|工具(&T)|设置(&S)");
  CHECK(trainButton->text() == "训练");
  CHECK(variantBox->itemText(variantBox->findData("gan-ns")) == "GAN（非饱和）");
  CHECK(window.plots()[0]->graph(0)->name() == "D 损失");
  CHECK(window.findChild<QLabel*>("explanation")->text().contains("生成器"));
  auto* batch = window.hyperparameters().field("batch_size");
  REQUIRE(batch);
  CHECK(batch->toolTip().contains("D 和 G 每个批次的样本数"));

  REQUIRE(Language::apply("en") == "en");
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  CHECK(menuTitles(window) == "&File|&Run|&Tools|&Settings");
  CHECK(trainButton->text() == "Train");
  CHECK(variantBox->itemText(variantBox->findData("gan-ns")) == "GAN (non-saturating)");
  CHECK(window.plots()[0]->graph(0)->name() == "D loss");
  CHECK_FALSE(window.findChild<QLabel*>("explanation")->text().contains("生成器"));
}

TEST_CASE("The retranslator knows each string's source from its translation", "[gui]") {
  Language::apply("en");  // loads the catalogue
  const auto& retranslator = ui::retranslator();
  CHECK(retranslator.sourceOf("文件(&F)") == "&File");
  CHECK(retranslator.sourceOf("&File") == "&File");
  CHECK(retranslator.sourceOf("批量大小") == "Batch size");  // an engine string
  CHECK(retranslator.sourceOf("not a string of the UI").isEmpty());
  CHECK(retranslator.retranslated("not a string of the UI") == "not a string of the UI");
  CHECK(Language::resolve("zh_CN") == "zh_CN");
  CHECK(Language::resolve("en") == "en");
  CHECK(Language::available().contains(Language::resolve(Language::kSystem)));
}
