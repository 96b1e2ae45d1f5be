#include "protocol/bytes.h"
#include "protocol/upgrade/fsimage.h"
#include "testvectors.h"

#include <QTemporaryDir>
#include <QTest>

using namespace s2e;

class tst_FsImage : public QObject
{
    Q_OBJECT

private slots:
    void contentSizes_data()
    {
        QTest::addColumn<int>("size");
        for (int size : { 0, 1, 511, 512, 513, 4096 })
            QTest::addRow("%d", size) << size;
    }

    void contentSizes()
    {
        QFETCH(int, size);
        QRandomGenerator random(size);
        const QList<FsImage::File> files { { "/index.html", randomBytes(random, size) },
                                           { "/css/style.css", "body{}" } };
        const auto image = FsImage::build(files);
        QVERIFY2(image.ok(), qPrintable(image.error()));
        QString error;
        const auto parsed = FsImage::parse(*image, FsImageLayout::m4(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0), files.at(1)); // path order
        QCOMPARE(parsed->at(1), files.at(0));
    }

    void layout()
    {
        const auto image = FsImage::build({ { "/a", "xy" } });
        QVERIFY(image.ok());
        // "/a\0" + "xy" = 5 bytes after the root pointer, padded to 12, then one record.
        QCOMPARE(image->size(), 12 + 20);
        QCOMPARE(bytes::readLe(*image, 0, 4), 0x00054000u + 12);
        QCOMPARE(bytes::readLe(*image, 12, 4), 0u); // next
        QCOMPARE(bytes::readLe(*image, 16, 4), 0x00054004u); // name
        QCOMPARE(bytes::readLe(*image, 20, 4), 0x00054007u); // data
        QCOMPARE(bytes::readLe(*image, 24, 4), 2u); // length
        QCOMPARE(bytes::readLe(*image, 28, 4), 0u); // flags
        // Another model's base moves every pointer.
        const auto m0 = FsImage::build({ { "/a", "xy" } }, FsImageLayout::m0());
        QCOMPARE(bytes::readLe(*m0, 0, 4), 0x0001D000u + 12);
        QVERIFY(FsImage::parse(*m0, FsImageLayout::m0(), nullptr));
        QVERIFY(!FsImage::parse(*m0, FsImageLayout::m4(), nullptr));
    }

    void exactlyAtTheLimitAndOver()
    {
        // One file: 4 (root) + "/big\0" (5) + data + padding (1-4) + 20 (record).
        const qsizetype limit = FsImageLayout::m4().limit;
        const qsizetype data = limit - 4 - 5 - 20 - 3;
        const auto atLimit = FsImage::build({ { "/big", QByteArray(data, 'x') } });
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.error()));
        QCOMPARE(atLimit->size(), limit);
        const auto over = FsImage::build({ { "/big", QByteArray(data + 3, 'x') } }); // the padding takes +1 and +2
        QVERIFY(!over.ok());
        QCOMPARE(over.error(), QStringLiteral("the web page image is %1 bytes, over the module's limit of 133120 bytes")
                                       .arg(limit + 4));
    }

    void refusesBadPaths()
    {
        QVERIFY(!FsImage::build({ { "index.html", "x" } }).ok());
        QVERIFY(!FsImage::build({ { QString::fromUtf8("/\xc3\xa9"), "x" } }).ok());
    }

    void readsAFolder()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("img"));
        QFile a(dir.filePath(QStringLiteral("index.html")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("<h1>hi</h1>");
        a.close();
        QFile b(dir.filePath(QStringLiteral("img/logo.png")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray("\x89PNG\0\1", 6));
        b.close();
        const auto files = FsImage::readFolder(dir.path());
        QVERIFY(files.ok());
        const auto parsed = FsImage::parse(*FsImage::build(*files), FsImageLayout::m4(), nullptr);
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0).path, QStringLiteral("/img/logo.png"));
        QCOMPARE(parsed->at(0).data, QByteArray("\x89PNG\0\1", 6));
        QCOMPARE(parsed->at(1).path, QStringLiteral("/index.html"));
        QVERIFY(!FsImage::readFolder(dir.filePath(QStringLiteral("missing"))).ok());
    }

    void malformedImages()
    {
        QByteArray image = *FsImage::build({ { "/a", "xy" }, { "/b", "z" } });
        QString error;
        QVERIFY(!FsImage::parse(image.left(3), FsImageLayout::m4(), &error));
        QByteArray outside = image;
        bytes::writeLe(outside, 0, 4, 0x00060000);
        QVERIFY(!FsImage::parse(outside, FsImageLayout::m4(), &error));
        QVERIFY(error.contains(QStringLiteral("outside")));
        // A record pointing at itself.
        QByteArray loop = image;
        const quint32 root = bytes::readLe(loop, 0, 4);
        bytes::writeLe(loop, root - 0x00054000, 4, root);
        QVERIFY(!FsImage::parse(loop, FsImageLayout::m4(), &error));
        QVERIFY(error.contains(QStringLiteral("loop")));
        // A length past the end.
        QByteArray longData = image;
        bytes::writeLe(longData, root - 0x00054000 + 12, 4, 0xFFFFFFFF);
        QVERIFY(!FsImage::parse(longData, FsImageLayout::m4(), &error));
        QVERIFY(!FsImage::parse(QByteArray(FsImageLayout::m4().limit + 1, '\0'), FsImageLayout::m4(), &error));
        // A name that is not a path, as build() would refuse it.
        QByteArray relative = image;
        relative.replace("/a\0", "aa\0");
        QVERIFY(!FsImage::parse(relative, FsImageLayout::m4(), &error));
        QVERIFY(error.contains(QStringLiteral("not a path")));
        QByteArray control = image;
        control.replace("/b\0", "/\x01\0");
        QVERIFY(!FsImage::parse(control, FsImageLayout::m4(), &error));
        // Found by fuzz_fsimage: a record whose name is the first record's pointer bytes.
        const QByteArray fuzzed = QByteArray::fromBase64("CUAFAP8BAAAAAAAAAABABQABQAUAAQAAAAAAAAA=");
        QVERIFY(!FsImage::parse(fuzzed, FsImageLayout::m4(), &error));
        QVERIFY(error.contains(QStringLiteral("not a path")));
        // An empty image has no files.
        QVERIFY(FsImage::parse(QByteArray(4, '\0'), FsImageLayout::m4(), nullptr)->isEmpty());
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator random(133120);
        const QByteArray good = *FsImage::build({ { "/a", "xy" }, { "/b", "z" } });
        for (int i = 0; i < 20000; ++i) {
            QByteArray image = good;
            for (int flips = 0; flips < 3; ++flips)
                image[random.bounded(image.size())] = char(random.bounded(256));
            if (const auto files = FsImage::parse(image, FsImageLayout::m4(), nullptr)) {
                for (const auto &file : *files)
                    QVERIFY(file.data.size() <= image.size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_FsImage)
#include "tst_fsimage.moc"
