#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDir = QString(), int ms = 110000)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (process.waitForFinished(ms) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAll());
    return result;
}

} // namespace

// The Debian package holds the programs with their desktop integration and translations,
// and what integration checks the distributions run passes.
class tst_Package : public QObject
{
    Q_OBJECT

private slots:
    void debianPackage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty())
            QSKIP("dpkg-deb is not installed (apt-get install dpkg)");
        QTemporaryDir dir;
        const Run cpack = run(QStringLiteral(S2E_CPACK), { "-G", "DEB", "-B", dir.path() }, QStringLiteral(S2E_BINARY_DIR));
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out));
        const QStringList debs = QDir(dir.path()).entryList({ QStringLiteral("*.deb") });
        QCOMPARE(debs.size(), 1);
        const QString deb = dir.filePath(debs.first());
        QVERIFY2(debs.first().startsWith(QStringLiteral("s2e-studio_0.1.0")), qPrintable(debs.first()));

        const Run contents = run(QStringLiteral("dpkg-deb"), { "-c", deb });
        QCOMPARE(contents.exitCode, 0);
        for (const char *path : { "./usr/bin/s2e-studio", "./usr/bin/s2ectl", "./usr/bin/s2e-emu",
                                  "./usr/share/applications/s2e-studio.desktop",
                                  "./usr/share/icons/hicolor/scalable/apps/s2e-studio.svg",
                                  "./usr/share/icons/hicolor/48x48/apps/s2e-studio.png",
                                  "./usr/share/icons/hicolor/256x256/apps/s2e-studio.png",
                                  "./usr/share/metainfo/io.github.s2e_studio.s2e_studio.metainfo.xml",
                                  "./usr/share/s2e-studio/translations/s2e-studio_zh_CN.qm" })
            QVERIFY2(contents.out.contains(QLatin1String(path)), path);
        if (!QStandardPaths::findExecutable(QStringLiteral("help2man")).isEmpty())
            QVERIFY(contents.out.contains(QStringLiteral("./usr/share/man/man1/s2ectl.1")));

        const Run fields = run(QStringLiteral("dpkg-deb"), { "-f", deb, "Package", "Version", "Maintainer", "Depends", "Description" });
        QCOMPARE(fields.exitCode, 0);
        QVERIFY(fields.out.contains(QStringLiteral("Package: s2e-studio")));
        QVERIFY(fields.out.contains(QStringLiteral("Maintainer: ")));
        for (const char *dependency : { "libqt6widgets6", "libqt6serialport6", "libqt6websockets6" })
            QVERIFY2(fields.out.contains(QLatin1String(dependency)), qPrintable(fields.out));
    }

    void desktopFileIsValid()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty())
            QSKIP("desktop-file-validate is not installed (apt-get install desktop-file-utils)");
        const Run check = run(QStringLiteral("desktop-file-validate"), { QStringLiteral(S2E_SOURCE_DIR "/installer/s2e-studio.desktop") });
        QVERIFY2(check.exitCode == 0 && check.out.trimmed().isEmpty(), qPrintable(check.out));
    }

    void metainfoIsValid()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("appstreamcli")).isEmpty())
            QSKIP("appstreamcli is not installed (apt-get install appstream)");
        const Run check = run(QStringLiteral("appstreamcli"),
                              { "validate", "--no-net", QStringLiteral(S2E_SOURCE_DIR "/installer/io.github.s2e_studio.s2e_studio.metainfo.xml") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    }
};

QTEST_APPLESS_MAIN(tst_Package)
#include "tst_package.moc"
