#pragma once

#include "atcatalogue.h"
#include "protocol/deviceconfig.h"
#include "protocol/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace s2e::at {

// One AT command as the user wrote it, checked against the catalogue before it is sent:
// "AT+VER", "AT+UART1=9600,8,1,NONE,NFC", "AT+SOCKA1=TCPC,192.168.0.201,8234", "AT+Z".
class AtRequest
{
    Q_DECLARE_TR_FUNCTIONS(AtRequest)

public:
    enum class Kind { Query, Set, Action };

    // Refuses an unknown command, a form the command does not have, a wrong number of
    // parameters or a value out of range, naming the parameter. `errorCode` receives the
    // module's code for the refusal: -1 format, -2 command, -3 operator, -4 parameter.
    static Result<AtRequest> parse(QStringView text, int *errorCode = nullptr);

    const CommandDef &command() const { return *m_def; }
    Kind kind() const { return m_kind; }
    int portNumber() const { return m_port; } // 1-8; 0 when left out
    int portIndex() const { return m_port > 0 ? m_port - 1 : 0; }
    QChar socket() const { return m_socket; } // 'A'-'H'; null when left out
    // Set parameters in canonical spelling (enum names upper-case, MAC bare upper-case hex).
    QStringList arguments() const { return m_arguments; }

    // "AT+UART1=9600,8,1,NONE,NFC"
    QString text() const;
    // text() and the carriage return that ends a command.
    QByteArray encode() const;

    // The parameter-block fields a set stands for; empty when the command has none.
    Result<FieldChanges> fieldChanges(const DeviceConfig &config) const;

private:
    const CommandDef *m_def = nullptr;
    Kind m_kind = Kind::Query;
    int m_port = 0;
    QChar m_socket;
    QString m_name;
    QStringList m_arguments;
};

// Whether every parameter of the command is a parameter-block field.
bool isFieldBacked(const CommandDef &command);
// The answer to a query of a field-backed command, from the module's parameters:
// AT+UART → "115200,8,1,NONE,NFC".
std::optional<QString> answerFromConfig(const CommandDef &command, int portIndex,
                                        const DeviceConfig &config);

} // namespace s2e::at
