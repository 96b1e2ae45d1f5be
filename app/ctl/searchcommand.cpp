#include "ctlcontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace s2e;

void runSearch(const CtlContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        printError(QCoreApplication::translate("s2ectl", "search takes no arguments"));
        return finish(ExitUsage);
    }
    auto *finder = new DeviceFinder(context.finder, qApp);
    QObject::connect(finder, &DeviceFinder::targetFailed, finder, [](const QString &message) {
        printError(QCoreApplication::translate("s2ectl", "warning: cannot search %1").arg(message));
    });
    QObject::connect(finder, &DeviceFinder::finished, finder, [finder, json = context.json] {
        QList<FoundDevice> devices = finder->devices();
        std::sort(devices.begin(), devices.end(), [](const FoundDevice &a, const FoundDevice &b) {
            return a.reply.ipv4() != b.reply.ipv4() ? a.reply.ipv4() < b.reply.ipv4()
                                                    : a.reply.mac() < b.reply.mac();
        });
        if (json) {
            QJsonArray array;
            for (const FoundDevice &device : devices) {
                QJsonObject object {
                        { QStringLiteral("ip"), device.reply.ipString() },
                        { QStringLiteral("mac"), device.reply.mac().toString() },
                        { QStringLiteral("name"), device.reply.name() },
                        { QStringLiteral("firmware"), device.reply.firmware() },
                        { QStringLiteral("board_type"), device.reply.boardType() },
                        { QStringLiteral("board_id"), device.reply.boardId() },
                        { QStringLiteral("encryption"), device.reply.encryption() },
                        { QStringLiteral("reply"), replyRouteName(device.route) },
                        { QStringLiteral("setting_port"), device.settingPort.number },
                        // null until a read has told the family (the port tells only the 302's)
                        { QStringLiteral("model"), device.model ? QJsonValue(QLatin1String(device.model->key))
                                                                : QJsonValue(QJsonValue::Null) },
                };
                // Found by the older T24 search: its version and parameters as that reply places them.
                if (device.t24)
                    object.insert(QStringLiteral("t24"), device.t24->fields());
                array.append(object);
            }
            printJson(array);
        } else {
            const QString row = QStringLiteral("%1  %2  %3  %4  %5");
            printLine(row.arg(QCoreApplication::translate("s2ectl", "IP"), -15)
                              .arg(QCoreApplication::translate("s2ectl", "MAC"), -17)
                              .arg(QCoreApplication::translate("s2ectl", "NAME"), -16)
                              .arg(QCoreApplication::translate("s2ectl", "MODEL"), -15)
                              .arg(QCoreApplication::translate("s2ectl", "FIRMWARE")));
            for (const FoundDevice &device : devices)
                printLine(row.arg(device.reply.ipString(), -15)
                                  .arg(device.reply.mac().toString(), -17)
                                  .arg(device.reply.name(), -16)
                                  .arg(device.model ? device.model->displayName() : QStringLiteral("?"), -15)
                                  .arg(device.t24 ? device.t24->versionText() : QString::number(device.reply.firmware())));
            if (devices.isEmpty())
                printError(QCoreApplication::translate("s2ectl", "no module answered"));
        }
        finish(ExitOk);
    });
    finder->start();
}
