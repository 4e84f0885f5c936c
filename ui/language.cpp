#include "ui/language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "ui/retranslator.h"

// The translations are compiled into gan_ui, a static library: its resources must be registered
// by name before use (Q_INIT_RESOURCE works only outside a namespace).
static void registerTranslationResources() { Q_INIT_RESOURCE(translations); }

namespace gan::ui {

namespace {

// lupdate does not resolve C++17 nested namespaces (`namespace gan::ui {`), so the .ts names a
// context "MainWindow" where tr() asks for "gan::ui::MainWindow": look up the class name alone.
class ClassNameTranslator : public QTranslator {
 public:
  using QTranslator::QTranslator;
  QString translate(const char* context, const char* source, const char* disambiguation, int n) const override {
    const QByteArray name(context ? context : "");
    const qsizetype colon = name.lastIndexOf("::");
    return QTranslator::translate(colon < 0 ? context : name.constData() + colon + 2, source, disambiguation, n);
  }
};

struct Installed {
  QString language = "en";
  QTranslator* ours = nullptr;
  QTranslator* qt = nullptr;
};

Installed& installed() {
  static Installed state;
  return state;
}

void removeTranslators() {
  auto& state = installed();
  for (QTranslator** translator : {&state.ours, &state.qt}) {
    if (!*translator) continue;
    QCoreApplication::removeTranslator(*translator);
    delete *translator;
    *translator = nullptr;
  }
}

void loadCatalogs() {
  static bool loaded = false;
  if (loaded) return;
  loaded = true;
  registerTranslationResources();
  retranslator().addCatalog(":/i18n/gan-studio_zh_CN.ts");
}

}  // namespace

namespace Language {

QStringList available() { return {"en", "zh_CN"}; }

QString nativeName(const QString& code) {
  if (code == "zh_CN") return QStringLiteral("简体中文");
  if (code == "en") return QStringLiteral("English");
  return code;
}

QString resolve(const QString& choice) {
  if (available().contains(choice)) return choice;
  return QLocale::system().language() == QLocale::Chinese ? "zh_CN" : "en";
}

QString apply(const QString& choice, bool remember) {
  loadCatalogs();
  const QString language = resolve(choice);
  if (remember) QSettings().setValue(kSettingsKey, choice);
  auto& state = installed();
  if (language == state.language) return language;
  removeTranslators();
  if (language != "en") {
    state.ours = new ClassNameTranslator(qApp);
    if (state.ours->load(":/i18n/gan-studio_" + language + ".qm")) QCoreApplication::installTranslator(state.ours);
    // Qt's own dialogs and buttons (OK, Cancel, file dialogs), from qt6-translations-l10n.
    state.qt = new QTranslator(qApp);
    if (state.qt->load("qtbase_" + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(state.qt);
  }
  state.language = language;
  retranslator().retranslateAll();
  return language;
}

QString storedChoice() { return QSettings().value(kSettingsKey, kSystem).toString(); }

}  // namespace Language

}  // namespace gan::ui
