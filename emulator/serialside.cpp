#include "serialside.h"

#include "virtualmodule.h"

namespace s2e::emu {

namespace {
constexpr int PlusGapMs = 300;
constexpr int AnswerAWithinMs = 3000;
constexpr int MinimumGuardMs = 10;
constexpr qsizetype MaxLine = 1024;
} // namespace

SerialSide::SerialSide(VirtualModule &module, std::unique_ptr<PseudoTerminal> pty, QObject *parent)
    : QObject(parent), m_module(module), m_pty(std::move(pty)), m_engine(module)
{
    m_clock.start();
    m_waitForA.setSingleShot(true);
    m_waitForA.setInterval(AnswerAWithinMs);
    connect(&m_waitForA, &QTimer::timeout, this, [this] {
        m_mode = Mode::Transparent;
        emitData("+++"); // data after all
    });
    m_plusTimeout.setSingleShot(true);
    m_plusTimeout.setInterval(PlusGapMs);
    connect(&m_plusTimeout, &QTimer::timeout, this, &SerialSide::releasePluses);
    connect(m_pty.get(), &PseudoTerminal::dataReceived, this, &SerialSide::receive);
    connect(&module, &VirtualModule::restarted, this, [this] {
        m_mode = Mode::Transparent;
        m_line.clear();
        m_pluses = 0;
    });
}

int SerialSide::guardMs() const
{
    const DeviceConfig &config = m_module.runningConfig();
    const int packTime = int(config.value(u"port1.pack_time")->toInteger());
    const double baud = double(qMax<qint64>(1, config.value(u"port1.baud")->toInteger()));
    const int fourCharacters = int(4 * 10 * 1000 / baud) + 1;
    return qMax(MinimumGuardMs, packTime > 0 ? packTime : fourCharacters);
}

void SerialSide::receive(const QByteArray &data)
{
    if (m_module.isRebooting())
        return;
    const qint64 now = m_clock.elapsed();
    switch (m_mode) {
    case Mode::Transparent:
        receiveTransparent(data, now);
        break;
    case Mode::WaitingForA:
        m_waitForA.stop();
        if (data == "a") {
            m_pty->write("+ok");
            m_mode = Mode::Command;
        } else {
            m_mode = Mode::Transparent;
            emitData("+++" + data);
        }
        break;
    case Mode::Command:
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (m_mode != Mode::Command) {
                emitData(data.mid(i)); // what follows AT+ENTM in the same read
                break;
            }
            receiveCommand(data[i]);
        }
        break;
    }
    m_lastByteMs = now;
}

void SerialSide::emitData(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    m_transparentBytes += data.size();
    emit dataReceived(data);
}

void SerialSide::releasePluses()
{
    m_plusTimeout.stop();
    emitData(QByteArray(std::exchange(m_pluses, 0), '+'));
}

void SerialSide::receiveTransparent(const QByteArray &data, qint64 now)
{
    // '+' bytes that may begin "+++" are held back until they turn out to be data.
    QByteArray out;
    qint64 previousByteMs = m_lastByteMs;
    for (char c : data) {
        const bool plus = c == '+';
        if (plus && m_pluses == 0 && now - previousByteMs >= guardMs()) {
            emitData(std::exchange(out, QByteArray()));
            m_pluses = 1;
            m_lastPlusMs = now;
        } else if (plus && m_pluses > 0 && m_pluses < 3 && now - m_lastPlusMs <= PlusGapMs) {
            ++m_pluses;
            m_lastPlusMs = now;
        } else {
            out += QByteArray(std::exchange(m_pluses, 0), '+');
            out += c;
        }
        previousByteMs = now;
    }
    emitData(out);
    // "+++" with nothing after it in the same read: the module answers 'a'.
    if (m_pluses == 3) {
        m_pluses = 0;
        m_plusTimeout.stop();
        m_pty->write("a");
        m_mode = Mode::WaitingForA;
        m_waitForA.start();
    } else if (m_pluses > 0) {
        m_plusTimeout.start();
    } else {
        m_plusTimeout.stop();
    }
}

void SerialSide::writeData(const QByteArray &data)
{
    if (m_mode != Mode::Transparent) {
        m_droppedInCommandMode += data.size();
        return;
    }
    m_pty->write(data);
    if (m_slave) {
        m_slaveLine += data;
        m_slaveGap.start();
    }
}

void SerialSide::attachModbusSlave(quint8 address)
{
    m_slave = std::make_unique<RtuSlave>(address);
    m_slaveGap.setSingleShot(true);
    connect(&m_slaveGap, &QTimer::timeout, this, [this] {
        // The silence after a frame (3.5 characters, 2 ms at least) ends it.
        const auto answer = m_slave->answerFrame(std::exchange(m_slaveLine, {}));
        if (answer)
            emitData(*answer);
    });
    const quint32 baud = quint32(qMax<qint64>(1, m_module.runningConfig().value(u"port1.baud")->toInteger()));
    m_slaveGap.setInterval(qMax(2, int(3.5 * 11 * 1000 / baud) + 1));
}

void SerialSide::receiveCommand(char c)
{
    if (m_module.echo())
        m_pty->write(QByteArray(1, c));
    if (c != '\r' && c != '\n') {
        m_line.append(c);
        if (m_line.size() > MaxLine) {
            m_line.clear();
            m_pty->write(at::AtReply::failure(-1).encode());
        }
        return;
    }
    if (m_line.trimmed().isEmpty()) {
        m_line.clear();
        return;
    }
    AtEngine::Effect effect = AtEngine::Effect::None;
    const at::AtReply reply = m_engine.execute(QString::fromLatin1(m_line), &effect);
    m_line.clear();
    m_pty->write(reply.encode());
    if (effect == AtEngine::Effect::LeaveCommandMode)
        m_mode = Mode::Transparent;
}

} // namespace s2e::emu
