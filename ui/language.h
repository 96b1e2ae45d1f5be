#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace s2e::ui::language {

// The languages s2e-studio is translated into, as locale names: "en", "zh_CN".
QStringList available();
// "English", "简体中文": each language in its own words.
QString nativeName(const QString &language);
// The user's choice, from QSettings; empty means the system's language.
QString chosen();
void choose(const QString &language);

// Installs s2e-studio's and Qt's translations for `language` (empty: the system locale's),
// looking next to the program, in ../share/s2e-studio/translations and in `extraDirs`.
// Returns the language in effect ("en" when there is no translation for it).
QString install(QCoreApplication &app, const QString &language, const QStringList &extraDirs = {});

} // namespace s2e::ui::language
