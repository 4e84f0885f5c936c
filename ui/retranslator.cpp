#include "ui/retranslator.h"

#include <qcustomplot.h>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QXmlStreamReader>

namespace gan::ui {

namespace {

// Sets `set(retranslated(get()))` when that changes the text (setting an unchanged text would
// still relayout and repaint).
template <typename Get, typename Set>
void update(const Retranslator& r, Get get, Set set) {
  const QString before = get();
  if (before.isEmpty()) return;
  const QString after = r.retranslated(before);
  if (after != before) set(after);
}

void retranslateAction(const Retranslator& r, QAction* action) {
  update(
      r, [&] { return action->text(); }, [&](const QString& t) { action->setText(t); });
  update(
      r, [&] { return action->toolTip(); }, [&](const QString& t) { action->setToolTip(t); });
  update(
      r, [&] { return action->statusTip(); }, [&](const QString& t) { action->setStatusTip(t); });
}

void retranslatePlot(const Retranslator& r, QCustomPlot* plot) {
  for (auto* axis : plot->axisRect() ? plot->axisRect()->axes() : QList<QCPAxis*>{})
    update(
        r, [&] { return axis->label(); }, [&](const QString& t) { axis->setLabel(t); });
  for (int i = 0; i < plot->plottableCount(); ++i) {
    auto* plottable = plot->plottable(i);
    update(
        r, [&] { return plottable->name(); }, [&](const QString& t) { plottable->setName(t); });
  }
  for (auto* element : plot->plotLayout()->elements(true))
    if (auto* text = qobject_cast<QCPTextElement*>(element))
      update(
          r, [&] { return text->text(); }, [&](const QString& t) { text->setText(t); });
  plot->replot(QCustomPlot::rpQueuedReplot);
}

void retranslateItems(const Retranslator& r, QWidget* widget) {
  if (auto* box = qobject_cast<QComboBox*>(widget))
    for (int i = 0; i < box->count(); ++i)
      update(
          r, [&] { return box->itemText(i); }, [&](const QString& t) { box->setItemText(i, t); });
  if (auto* tabs = qobject_cast<QTabWidget*>(widget))
    for (int i = 0; i < tabs->count(); ++i)
      update(
          r, [&] { return tabs->tabText(i); }, [&](const QString& t) { tabs->setTabText(i, t); });
  if (auto* table = qobject_cast<QTableWidget*>(widget))
    for (int i = 0; i < table->columnCount(); ++i)
      if (auto* item = table->horizontalHeaderItem(i))
        update(
            r, [&] { return item->text(); }, [&](const QString& t) { item->setText(t); });
  if (auto* tree = qobject_cast<QTreeWidget*>(widget))
    for (int i = 0; i < tree->columnCount(); ++i)
      update(
          r, [&] { return tree->headerItem()->text(i); }, [&](const QString& t) { tree->headerItem()->setText(i, t); });
  if (auto* list = qobject_cast<QListWidget*>(widget))
    for (int i = 0; i < list->count(); ++i)
      update(
          r, [&] { return list->item(i)->text(); }, [&](const QString& t) { list->item(i)->setText(t); });
  if (auto* plot = qobject_cast<QCustomPlot*>(widget)) retranslatePlot(r, plot);
}

void retranslateWidget(const Retranslator& r, QWidget* w) {
  update(
      r, [&] { return w->windowTitle(); }, [&](const QString& t) { w->setWindowTitle(t); });
  update(
      r, [&] { return w->toolTip(); }, [&](const QString& t) { w->setToolTip(t); });
  update(
      r, [&] { return w->statusTip(); }, [&](const QString& t) { w->setStatusTip(t); });
  if (auto* label = qobject_cast<QLabel*>(w))
    update(
        r, [&] { return label->text(); }, [&](const QString& t) { label->setText(t); });
  if (auto* button = qobject_cast<QAbstractButton*>(w))
    update(
        r, [&] { return button->text(); }, [&](const QString& t) { button->setText(t); });
  if (auto* group = qobject_cast<QGroupBox*>(w))
    update(
        r, [&] { return group->title(); }, [&](const QString& t) { group->setTitle(t); });
  if (auto* edit = qobject_cast<QLineEdit*>(w))
    update(
        r, [&] { return edit->placeholderText(); }, [&](const QString& t) { edit->setPlaceholderText(t); });
  if (auto* menu = qobject_cast<QMenu*>(w))
    update(
        r, [&] { return menu->title(); }, [&](const QString& t) { menu->setTitle(t); });
  retranslateItems(r, w);
  for (auto* action : w->actions()) retranslateAction(r, action);
}

}  // namespace

void Retranslator::addCatalog(const QString& tsPath) {
  QFile file(tsPath);
  if (!file.open(QIODevice::ReadOnly)) return;
  QXmlStreamReader xml(&file);
  QString context, source;
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement) continue;
    if (xml.name() == u"name") context = xml.readElementText();
    if (xml.name() == u"source") {
      source = xml.readElementText();
      m_sourceOf.insert(source, source);
      if (!m_contextOf.contains(source)) m_contextOf.insert(source, context);
    }
    if (xml.name() == u"translation") {
      const QString translation = xml.readElementText();
      if (!translation.isEmpty()) m_sourceOf.insert(translation, source);
    }
  }
}

QString Retranslator::sourceOf(const QString& text) const { return m_sourceOf.value(text); }

QString Retranslator::retranslated(const QString& text) const {
  const QString source = sourceOf(text);
  if (source.isEmpty()) return text;
  return QCoreApplication::translate(m_contextOf.value(source).toUtf8().constData(), source.toUtf8().constData());
}

void Retranslator::retranslateAll() const {
  for (auto* widget : QApplication::allWidgets()) retranslateWidget(*this, widget);
}

Retranslator& retranslator() {
  static Retranslator instance;
  return instance;
}

}  // namespace gan::ui
