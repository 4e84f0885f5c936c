// The latent explorer's InfoGAN codes: category buttons matched to digits (by Q on the test
// digits, or stored with a shipped model) and the continuous codes' measured names.
#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>

#include "ui/tools/latent_explorer_window.h"

namespace gan::ui {

int LatentExplorerWindow::codeIndex(const QString& key) const {
  if (!m_info) return -1;
  for (int code = 0; code < m_info->layout.continuous; ++code)
    if (key.toStdString() == m_info->layout.codeLabel(code) || key == QString("c%1").arg(code + 1)) return code;
  return -1;
}

void LatentExplorerWindow::labelCategories() {
  m_labelResult->setText(tr("Labelling…"));
  m_explorer->labelCategories();
}

void LatentExplorerWindow::pressCategoryButton(int position) {
  const auto buttons = m_codesGroup->findChildren<QPushButton*>(QString("category:%1").arg(position));
  if (!buttons.isEmpty()) buttons.front()->click();
}

QString LatentExplorerWindow::codeLabel(int code) const {
  // The names the engine measures (engine/math/code_naming.h), for the translators.
  static const char* const kMeasuredNames[] = {QT_TR_NOOP("slant"), QT_TR_NOOP("width"), QT_TR_NOOP("thickness")};
  (void)kMeasuredNames;
  return tr(m_info->layout.codeLabel(code).c_str());
}

void LatentExplorerWindow::updateCategoryButtons() {
  // With a labelling, button d selects the category that draws digit d; the buttons read 0–9 in order.
  for (int category = 0; category < 10; ++category) {
    const int buttonIndex = m_labelOf.empty() ? category : m_labelOf[std::size_t(category)];
    auto* button = m_categoryButtons->buttons().at(buttonIndex);
    m_categoryButtons->setId(button, category);
    button->setText(m_labelOf.empty() ? tr("cat %1").arg(category) : QString::number(buttonIndex));
    button->setToolTip(m_labelOf.empty() ? tr("category %1 (not yet matched to a digit)").arg(category)
                                         : tr("digit %1 = category %2").arg(buttonIndex).arg(category));
    button->setChecked(category == m_category);
  }
}

// A shipped model brings its category → digit match (it has no Q to label with).
void LatentExplorerWindow::showStoredCategories() {
  m_labelOf = m_info->storedCategories.labelOf;
  m_labelResult->setText(tr("Category → digit stored with the model: <b>%1%</b> of 10,000 test digits when it was made")
                             .arg(100.0 * m_info->storedCategories.accuracy, 0, 'f', 1));
  updateCategoryButtons();
}

void LatentExplorerWindow::showCategories(const ExplorerFrame& frame) {
  m_labelOf = frame.categories.labelOf;
  QStringList pairs;
  for (std::size_t c = 0; c < m_labelOf.size(); ++c) pairs << QString("%1→%2").arg(c).arg(m_labelOf[c]);
  m_labelResult->setText(tr("Category → digit: %1<br><b>accuracy %2%</b> on 10,000 test digits (model step %3)")
                             .arg(pairs.join(", "))
                             .arg(100.0 * frame.categories.accuracy, 0, 'f', 1)
                             .arg(frame.modelStep));
  updateCategoryButtons();
}

}  // namespace gan::ui
