#include "serial/namedport.h"
#include "testplatform.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace s2e;

// A folder of links to terminals (s2e-emu --pty-link) as named serial ports.
class tst_NamedPort : public QObject
{
    Q_OBJECT

private slots:
    void linksToDevicesAreListedByName()
    {
        // The named ports are links to pseudo-terminals and devices: a Unix thing.
        S2E_REQUIRE_PTY();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), dir.filePath(QStringLiteral("ttyS2E2"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("ttyS2E1"))));
        // Not ports: a link whose terminal is gone, a link to a file, a file, a folder.
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")), dir.filePath(QStringLiteral("ttyS2E3"))));
        QFile file(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::link(file.fileName(), dir.filePath(QStringLiteral("ttyS2E4"))));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));

        const QList<NamedPort> ports = linkedPorts(dir.path());
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(0).name, QStringLiteral("ttyS2E1"));
        QCOMPARE(ports.at(0).path, dir.filePath(QStringLiteral("ttyS2E1")));
        QVERIFY(!ports.at(0).module);
        QCOMPARE(ports.at(1).name, QStringLiteral("ttyS2E2"));
    }

    void anUnreadableFolderHasNone()
    {
        QVERIFY(linkedPorts(QStringLiteral("/nonexistent/folder")).isEmpty());
        // Not the working folder.
        QVERIFY(linkedPorts(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_NamedPort)
#include "tst_namedport.moc"
