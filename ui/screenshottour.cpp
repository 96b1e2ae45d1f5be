#include "screenshottour.h"

#include "atconsole.h"
#include "batchdialog.h"
#include "consolepane.h"
#include "devicetablemodel.h"
#include "firmwaredialog.h"
#include "mainwindow.h"
#include "modbuspane.h"
#include "parametereditor.h"
#include "vcompanel.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace s2e::ui {

namespace {
constexpr int PollMs = 50;
constexpr int StepTimeoutMs = 20000;
constexpr int SettleMs = 300; // let layouts and repaints finish before a grab
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(directory)
{
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory))
        return fail(tr("cannot create %1").arg(m_directory));
    auto *w = m_window;
    m_steps = {
        [this, w] { waitFor([w] { return w->model()->rowCount() > 0 && w->searchAction()->isEnabled(); }, tr("search")); },
        [this, w] {
            w->table()->selectRow(0);
            waitFor([w] { return w->editor()->config().has_value(); }, tr("reading the first module"));
        },
        [this, w] { save(w, QStringLiteral("device-manager.png")); },
        [this, w] {
            if (auto *baud = qobject_cast<QLineEdit *>(w->editor()->editorFor(QStringLiteral("port1.baud"))))
                baud->setText(QStringLiteral("57600"));
            if (auto *port = qobject_cast<QLineEdit *>(w->editor()->editorFor(QStringLiteral("port1.local_port"))))
                port->setText(QStringLiteral("70000"));
            if (auto *tabs = w->editor()->findChild<QTabWidget *>())
                tabs->setCurrentIndex(1);
            QTimer::singleShot(SettleMs, this, &ScreenshotTour::next);
        },
        [this, w] {
            save(w, QStringLiteral("parameter-editor.png"));
        },
        [this, w] {
            w->editor()->revert();
            w->table()->selectAll();
            auto *dialog = w->openBatch({ { QStringLiteral("port1.baud"), 57600 } }, tr("Edits of the first module"));
            if (!dialog)
                return fail(tr("no batch dialog"));
            dialog->show();
            dialog->start();
            waitFor([dialog] { return !dialog->isRunning(); }, tr("the batch"));
        },
        [this, w] {
            auto *dialog = w->findChild<BatchDialog *>();
            save(dialog, QStringLiteral("batch.png"));
            dialog->close();
        },
        [this, w] {
            w->table()->selectRow(0);
            auto *dialog = w->openFirmwareDialog();
            const QString path = QDir(m_directory).filePath(QStringLiteral("not-firmware.bin"));
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(QByteArray(4096, '\xFF'));
            file.close();
            dialog->setImageFile(path);
            QFile::remove(path);
            dialog->show();
            QTimer::singleShot(SettleMs, this, [this, dialog] {
                save(dialog, QStringLiteral("firmware.png"));
                dialog->close();
            });
        },
        [this, w] {
            // The firmware dialog lets its module go once it is gone: net AT waits for it.
            const MacAddress mac = w->model()->device(0)->reply.mac();
            waitFor([w, mac] { return !w->manager()->isBusy(mac); }, tr("the firmware dialog to close"));
        },
        [this, w] {
            w->tabs()->setCurrentWidget(w->atConsole());
            const auto device = w->model()->device(0);
            w->atConsole()->openNetwork(QHostAddress(device->reply.ipString()));
            w->atConsole()->send(QStringLiteral("AT+VER"));
            w->atConsole()->send(QStringLiteral("AT+UART"));
            w->atConsole()->send(QStringLiteral("AT+SOCK=TCPX,1.2.3.4,80"));
            w->atConsole()->commandLine()->setText(QStringLiteral("AT+SOCK="));
            waitFor([w] { return w->atConsole()->transcript().count(QStringLiteral("+OK=")) >= 2; }, tr("AT answers"));
        },
        [this, w] { save(w, QStringLiteral("at-console.png")); },
        [this, w] {
            // The network pane was pointed at the module when it was read.
            w->tabs()->setCurrentIndex(w->tabs()->indexOf(w->networkPane()->parentWidget()));
            if (const auto opened = w->networkPane()->openEndpoint(); !opened)
                return fail(opened.error());
            waitFor([w] { return w->networkPane()->session()->endpoint()->state() != Endpoint::State::Opening; },
                    tr("the console's connection"));
        },
        [this, w] {
            // The first module is a Modbus TCP gateway: a request with its MBAP header, which
            // the slave on the module's serial line answers.
            w->networkPane()->setSendText(QStringLiteral("00 01 00 00 00 06 01 03 00 00 00 02"));
            SendText options;
            options.format = SendText::Format::Hex;
            w->networkPane()->setSendOptions(options);
            if (const auto sent = w->networkPane()->sendNow(); !sent)
                return fail(sent.error());
            QTimer::singleShot(3 * ConsolePane::RefreshMs, this, &ScreenshotTour::next);
        },
        [this, w] {
            save(w, QStringLiteral("test-console.png"));
            w->networkPane()->closeEndpoint();
        },
        [this, w] {
            // Reading the first module pointed the Modbus poll at its gateway.
            w->tabs()->setCurrentWidget(w->modbusPane());
            w->modbusPane()->setRequest(ModbusPollJob::Table::HoldingRegisters, 1, 0, 10);
            w->modbusPane()->setWriteValues(QStringLiteral("2301 499 1 0 1200 65535 4660"));
            w->modbusPane()->write();
            waitFor([w] { return !w->modbusPane()->isRunning(); }, tr("the Modbus write"));
        },
        [this, w] {
            w->modbusPane()->read();
            waitFor([w] { return !w->modbusPane()->isRunning(); }, tr("the Modbus read"));
        },
        [this, w] { save(w, QStringLiteral("modbus.png")); },
        [this, w] {
            w->tabs()->setCurrentWidget(w->vcomPanel());
            if (const auto added = w->vcomPanel()->addBridge(w->vcomPanel()->formOptions()); !added)
                return fail(added.error());
            waitFor([w] { return w->vcomPanel()->bridge(0)->state() != VirtualComBridge::State::Connecting; },
                    tr("the virtual COM port"));
        },
        [this, w] {
            save(w, QStringLiteral("virtual-com.png"));
            w->vcomPanel()->removeBridge(0);
        },
    };
    next();
}

void ScreenshotTour::next()
{
    if (m_failed)
        return;
    if (m_steps.isEmpty())
        return emit finished(m_files, QString());
    const Step step = m_steps.takeFirst();
    step();
}

void ScreenshotTour::waitFor(std::function<bool()> condition, const QString &what)
{
    auto *timer = new QTimer(this);
    auto deadline = QDeadlineTimer(StepTimeoutMs);
    connect(timer, &QTimer::timeout, this, [this, timer, condition, deadline, what] {
        if (condition()) {
            timer->deleteLater();
            QTimer::singleShot(SettleMs, this, &ScreenshotTour::next);
        } else if (deadline.hasExpired()) {
            timer->deleteLater();
            fail(tr("timed out waiting for %1").arg(what));
        }
    });
    timer->start(PollMs);
}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name);
    if (!widget || !widget->grab().save(path))
        return fail(tr("cannot save %1").arg(path));
    m_files << path;
    // Saving is synchronous; the next step runs from the event loop like the others.
    QTimer::singleShot(0, this, &ScreenshotTour::next);
}

void ScreenshotTour::fail(const QString &error)
{
    m_failed = true;
    emit finished(m_files, error);
}

} // namespace s2e::ui
