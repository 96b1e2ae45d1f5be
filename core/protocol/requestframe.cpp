#include "requestframe.h"

#include "bytes.h"

namespace s2e {

namespace {

constexpr char Tag = char(0xFF);
constexpr int HeaderSize = 3; // FF, len, cmd
constexpr int AddressingSize = MacAddress::Size + 2 * RequestFrame::CredentialSize;

QByteArray credentialBytes(const QString &value)
{
    QByteArray bytes = value.toLatin1();
    bytes.resize(RequestFrame::CredentialSize, '\0');
    return bytes;
}

} // namespace

RequestFrame RequestFrame::search()
{
    return RequestFrame();
}

Result<void> RequestFrame::checkCredential(const QString &value, const QString &what)
{
    if (value.size() > MaxCredentialLength || !bytes::isPrintableAscii(value))
        return Failure { tr("%1 \"%2\" is not allowed: at most %3 printable ASCII characters")
                                 .arg(what, value)
                                 .arg(MaxCredentialLength) };
    return {};
}

Result<RequestFrame> RequestFrame::create(Command command, const MacAddress &mac,
                                          const QString &user, const QString &password,
                                          const QByteArray &params)
{
    if (command == Command::Search)
        return Failure { tr("the search command carries no MAC or credentials") };
    if (auto checked = checkCredential(user, tr("user name")); !checked)
        return Failure { checked.error() };
    if (auto checked = checkCredential(password, tr("password")); !checked)
        return Failure { checked.error() };
    if (params.size() != commandParamSize(command))
        return Failure { tr("%1 carries %2 parameter bytes, not %3")
                                 .arg(commandName(command))
                                 .arg(commandParamSize(command))
                                 .arg(params.size()) };
    RequestFrame frame;
    frame.m_command = command;
    frame.m_mac = mac;
    frame.m_user = user;
    frame.m_password = password;
    frame.m_params = params;
    return frame;
}

QByteArray RequestFrame::encode() const
{
    QByteArray body;
    body.append(char(m_command));
    if (m_command != Command::Search) {
        body.append(m_mac.bytes());
        body.append(credentialBytes(m_user));
        body.append(credentialBytes(m_password));
        body.append(m_params);
    }
    QByteArray frame;
    frame.append(Tag);
    frame.append(char(body.size()));
    frame.append(body);
    frame.append(char(bytes::sum8(QByteArrayView(frame).sliced(1))));
    return frame;
}

std::optional<RequestFrame> RequestFrame::parse(QByteArrayView datagram, QString *error)
{
    if (datagram.size() < HeaderSize + 1)
        return parseError(error, tr("request of %1 bytes is too short: at least 4 expected")
                            .arg(datagram.size()));
    if (datagram[0] != Tag)
        return parseError(error, tr("request does not start with FF"));
    const int length = quint8(datagram[1]);
    if (length + HeaderSize != datagram.size())
        return parseError(error, tr("request length byte says %1 bytes follow, the datagram holds %2")
                            .arg(length)
                            .arg(datagram.size() - HeaderSize));
    const auto command = commandFromByte(quint8(datagram[2]));
    if (!command)
        return parseError(error, tr("unknown command 0x%1")
                            .arg(quint8(datagram[2]), 2, 16, QLatin1Char('0')));

    RequestFrame frame;
    frame.m_command = *command;
    const qsizetype sumAt = datagram.size() - 1;
    frame.m_checksumOk = bytes::sum8(datagram.sliced(1, sumAt - 1)) == quint8(datagram[sumAt]);
    if (*command == Command::Search) {
        if (length != 1)
            return parseError(error, tr("search request of %1 bytes: expected 4").arg(datagram.size()));
        return frame;
    }
    const int expected = 1 + AddressingSize + commandParamSize(*command);
    if (length != expected)
        return parseError(error, tr("%1 request of %2 bytes: expected %3")
                            .arg(commandName(*command))
                            .arg(datagram.size())
                            .arg(expected + HeaderSize));
    qsizetype at = HeaderSize;
    frame.m_mac = *MacAddress::fromBytes(datagram.sliced(at, MacAddress::Size));
    at += MacAddress::Size;
    frame.m_user = bytes::readText(datagram.sliced(at, CredentialSize));
    at += CredentialSize;
    frame.m_password = bytes::readText(datagram.sliced(at, CredentialSize));
    at += CredentialSize;
    frame.m_params = datagram.sliced(at, sumAt - at).toByteArray();
    return frame;
}

} // namespace s2e
