#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace s2e::ui::language {

namespace {
const QString Key = QStringLiteral("language");
}

QStringList available()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString nativeName(const QString &language)
{
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString chosen()
{
    return QSettings().value(Key).toString();
}

void choose(const QString &language)
{
    QSettings().setValue(Key, language);
}

QString install(QCoreApplication &app, const QString &language, const QStringList &extraDirs)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList dirs { appDir, QDir(appDir).filePath(QStringLiteral("../share/s2e-studio/translations")) };
    dirs += extraDirs;
    auto *ours = new QTranslator(&app);
    bool loaded = false;
    for (const QString &dir : std::as_const(dirs)) {
        if (ours->load(locale, QStringLiteral("s2e-studio"), QStringLiteral("_"), dir)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace s2e::ui::language
