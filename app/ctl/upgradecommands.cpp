// s2ectl upload-web, fs-image, fs-list and upgrade.
#include "ctlcontext.h"
#include "standardstreams.h"
#include "protocol/upgrade/fsimage.h"
#include "upgrade/imagefile.h"
#include "job/upgradejobs.h"
#include "upgrade/webpageuploader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace s2e;

namespace {

// A bar that redraws itself on a terminal; a line per tenth otherwise (logs, pipes).
class Progress
{
public:
    explicit Progress(QString what) : m_what(std::move(what)), m_terminal(standardErrorIsTerminal()) { }

    void update(qint64 done, qint64 total)
    {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        QTextStream err(stderr);
        if (m_terminal) {
            const int filled = percent * 30 / 100;
            err << QStringLiteral("\r%1 [%2%3] %4%").arg(m_what, QString(filled, u'#'), QString(30 - filled, u' ')).arg(percent, 3);
            if (done >= total)
                err << Qt::endl;
            err.flush();
        } else if (percent / 10 != m_lastTenth) {
            m_lastTenth = percent / 10;
            err << QStringLiteral("%1: %2% (%3 of %4 bytes)").arg(m_what).arg(percent).arg(done).arg(total) << Qt::endl;
        }
    }

private:
    QString m_what;
    bool m_terminal;
    int m_lastTenth = -1;
};

} // namespace

void runFsImage(const CtlContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1 || context.upgrade.output.isEmpty()) {
        printError(tr("usage: s2ectl fs-image DIR -o FILE"));
        return finish(ExitUsage);
    }
    const auto image = webPageImage(arguments.first());
    if (!image) {
        printError(image.error());
        return finish(ExitFailed);
    }
    QSaveFile file(context.upgrade.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(*image) != image->size() || !file.commit()) {
        printError(tr("%1: %2").arg(context.upgrade.output, file.errorString()));
        return finish(ExitFailed);
    }
    printLine(tr("%1: %2 bytes").arg(context.upgrade.output).arg(image->size()));
    finish(ExitOk);
}

void runFsList(const CtlContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        printError(tr("usage: s2ectl fs-list IMAGE"));
        return finish(ExitUsage);
    }
    const auto image = readImageFile(arguments.first());
    if (!image) {
        printError(image.error());
        return finish(ExitFailed);
    }
    QString error;
    const auto files = FsImage::parse(*image, FsImageLayout::m4(), &error);
    if (!files) {
        printError(tr("%1: %2").arg(arguments.first(), error));
        return finish(ExitFailed);
    }
    QJsonArray array;
    for (const FsImage::File &file : *files) {
        if (context.json)
            array.append(QJsonObject { { QStringLiteral("path"), file.path }, { QStringLiteral("size"), file.data.size() } });
        else
            printLine(QStringLiteral("%1 %2").arg(file.data.size(), 8).arg(file.path));
    }
    if (context.json)
        printJson(array);
    finish(ExitOk);
}

void runUploadWeb(const CtlContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        printError(tr("usage: s2ectl upload-web MAC|IP DIR|IMAGE"));
        return finish(ExitUsage);
    }
    // Checked and built before any connection is made.
    const auto image = webPageImage(arguments.at(1));
    if (!image) {
        printError(image.error());
        return finish(ExitFailed);
    }
    // --upload-port, else the family's port when a search has told it (the 302's is 1501).
    const auto start = [context, image = *image](const QHostAddress &address, const ModelDef *model) {
        WebPageUploader::Options options;
        options.address = address;
        options.port = context.upgrade.uploadPort.value_or(model ? model->uploadPort : WebPageUploader::DefaultPort);
        auto *job = new WebUploadJob(options, image, qApp);
        auto progress = std::make_shared<Progress>(tr("upload"));
        QObject::connect(job, &Job::progressed, job, [progress, size = image.size()](const QString &, double fraction) {
            if (fraction >= 0)
                progress->update(qint64(fraction * double(size)), size);
        });
        QObject::connect(job, &Job::finished, job, [job, address, size = image.size()] {
            if (!job->result()) {
                printError(job->result().error());
                return finish(ExitFailed);
            }
            printLine(tr("%1: %2 bytes of web pages uploaded").arg(address.toString()).arg(size));
            finish(ExitOk);
        });
        job->start();
    };
    const QHostAddress address(arguments.first());
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return start(address, nullptr);
    const auto mac = macArgument(arguments.first());
    if (!mac)
        return finish(ExitUsage);
    // A MAC: the module's address comes from a search.
    auto options = context.finder;
    options.stopAtMac = *mac;
    auto *finder = new DeviceFinder(options, qApp);
    QObject::connect(finder, &DeviceFinder::finished, finder, [finder, mac, start] {
        for (const FoundDevice &device : finder->devices()) {
            if (device.reply.mac() == *mac)
                return start(QHostAddress(device.reply.ipv4()), device.model);
        }
        printError(tr("%1: the module did not answer a search").arg(mac->toString()));
        finish(ExitFailed);
    });
    finder->start();
}

void runUpgrade(const CtlContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        printError(tr("usage: s2ectl upgrade MAC FIRMWARE [--force]"));
        return finish(ExitUsage);
    }
    const auto mac = macArgument(arguments.first());
    if (!mac)
        return finish(ExitUsage);
    const auto image = readImageFile(arguments.at(1));
    if (!image) {
        printError(image.error());
        return finish(ExitFailed);
    }
    auto options = context.upgrade.firmware;
    options.mac = *mac;
    options.targets = context.finder.targets;
    options.settingPorts = context.finder.ports;
    // The size is checked at once; the rest once a search has said whether the module takes
    // encrypted images.
    if (const auto checked = FirmwareImage::check(*image, options.layout, FirmwareImage::Kind::Encrypted);
        !checked && !options.force) {
        printError(tr("%1: refused before sending anything: %2 (--force sends it anyway)").arg(arguments.at(1), checked.error()));
        return finish(ExitUsage);
    }
    auto *job = new UpgradeJob(options, *image, qApp);
    FirmwareUpgrader *upgrader = job->upgrader();
    auto progress = std::make_shared<Progress>(tr("firmware"));
    QObject::connect(upgrader, &FirmwareUpgrader::stageStarted, upgrader, [](FirmwareUpgrader::Stage started) {
        printError(tr("upgrade: %1").arg(FirmwareUpgrader::stageName(started)));
    });
    QObject::connect(upgrader, &FirmwareUpgrader::addressesChosen, upgrader,
                     [](const QHostAddress &module, const QHostAddress &server) {
                         printError(tr("upgrade: the boot loader gets address %1 and reads the image from %2")
                                            .arg(module.toString(), server.toString()));
                     });
    QObject::connect(upgrader, &FirmwareUpgrader::noticed, upgrader,
                     [](const QString &message) { printError(tr("upgrade: note: %1").arg(message)); });
    QObject::connect(upgrader, &FirmwareUpgrader::progressChanged, upgrader,
                     [progress](qint64 sent, qint64 total) { progress->update(sent, total); });
    QObject::connect(job, &Job::finished, job, [job, mac, json = context.json] {
        if (!job->result()) {
            printError(job->result().error());
            // A refused image is bad input, like a bad argument: nothing reached the module.
            return finish(job->result().errorCode() == ErrorCode::RefusedInput ? ExitUsage : ExitFailed);
        }
        const FirmwareUpgrader::Report *report = &*job->report();
        if (json)
            printJson(QJsonObject { { QStringLiteral("mac"), mac->toString() },
                                    { QStringLiteral("firmware"), report->firmware },
                                    { QStringLiteral("ip"), report->address.toString() },
                                    { QStringLiteral("given_ip"), report->givenAddress.toString() },
                                    { QStringLiteral("server_ip"), report->serverAddress.toString() },
                                    { QStringLiteral("check_note"), report->checkNote },
                                    { QStringLiteral("transfer_restarts"), report->transferRestarts },
                                    { QStringLiteral("sha256"), QString::fromLatin1(report->sha256) } });
        else
            printLine(tr("%1: upgraded, now running firmware %2 at %3")
                              .arg(mac->toString())
                              .arg(report->firmware)
                              .arg(report->address.toString()));
        finish(ExitOk);
    });
    job->start();
}
