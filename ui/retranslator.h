#pragma once
// Switches the texts of open windows to another language in place. Widgets set their texts once
// (tr() at construction); rather than a retranslate function per widget, this walks every widget
// and action, recognises each text as a source string or a translation of one (the .ts file is
// compiled in next to the .qm) and sets its translation in the new language. Texts composed with
// arguments (%1) are not recognised; the windows that show them refresh them on LanguageChange.
#include <QHash>
#include <QString>

namespace gan::ui {

class Retranslator {
 public:
  // Reads the (context, source, translation) triples of a Qt Linguist .ts file.
  void addCatalog(const QString& tsPath);
  // The source string `text` was translated from, in any known language; `text` itself when it
  // is a source string; empty when it is neither.
  QString sourceOf(const QString& text) const;
  // Every widget's and action's texts, tooltips, titles and items, into the installed language.
  void retranslateAll() const;
  // One text into the installed language (unknown texts come back unchanged).
  QString retranslated(const QString& text) const;

 private:
  QHash<QString, QString> m_sourceOf;   // translation or source → source
  QHash<QString, QString> m_contextOf;  // source → its (first) context
};

// The one retranslator of the application (ui/language.cpp fills it).
Retranslator& retranslator();

}  // namespace gan::ui
