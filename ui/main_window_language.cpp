// MainWindow's Settings → Language menu and what changes with the language: texts composed from
// several strings, which the retranslator (ui/retranslator.h) cannot recognise, are rebuilt here.
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>

#include "engine/core/dataset_catalog.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/training_controller.h"
#include "ui/widgets/hyperparameter_panel.h"

namespace gan::ui {

void MainWindow::buildLanguageMenu() {
  auto* settings = menuBar()->addMenu(tr("&Settings"));
  auto* languages = settings->addMenu(tr("&Language"));
  languages->setObjectName("languageMenu");
  auto* group = new QActionGroup(languages);
  const QString stored = Language::storedChoice();
  const auto addChoice = [&](const QString& code, const QString& text) {
    auto* action = languages->addAction(text);
    action->setObjectName("language:" + code);
    action->setCheckable(true);
    action->setChecked(code == stored || (code == Language::kSystem && !Language::available().contains(stored)));
    group->addAction(action);
    connect(action, &QAction::triggered, this, [code] { Language::apply(code, true); });
  };
  addChoice(Language::kSystem, tr("System language"));
  // Each language in its own name, so a user who cannot read the current one still finds theirs.
  for (const auto& code : Language::available()) addChoice(code, Language::nativeName(code));
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange && m_controller) {
    const auto& config = m_controller->config();
    m_explanation->setText(variantText(m_controller->variant()));
    m_hyperparameters->setVariant(m_controller->variant(), m_hyperparameters->values(),
                                  !isImageDataset(config.dataset));
    rebuildPlots();
    applyState();
  }
  QMainWindow::changeEvent(event);
}

}  // namespace gan::ui
