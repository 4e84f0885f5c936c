#pragma once
// The UI's language: English (the source strings) or Simplified Chinese (resources/translations/),
// chosen from the system locale or in Settings → Language, switched without restarting.
#include <QString>
#include <QStringList>

namespace gan::ui {

namespace Language {
constexpr const char* kSystem = "system";  // follow the system locale
constexpr const char* kSettingsKey = "language";

// The UI's languages, as locale names: "en", "zh_CN".
QStringList available();
// A language's own name for the menu: "English", "简体中文".
QString nativeName(const QString& code);
// The language `choice` means: "system" → zh_CN for a Chinese system locale, else en.
QString resolve(const QString& choice);
// Installs the translations of `choice` (ours and Qt's own dialogs') and retranslates every open
// window; stores the choice in QSettings when `remember`. Returns the language now shown.
QString apply(const QString& choice, bool remember = false);
// The choice stored in QSettings ("system" when none).
QString storedChoice();
}  // namespace Language

}  // namespace gan::ui
