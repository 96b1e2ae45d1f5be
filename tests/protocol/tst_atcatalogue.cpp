#include "protocol/at/atcatalogue.h"
#include "protocol/at/atrequest.h"
#include "protocol/fieldtable.h"

#include <QSet>
#include <QTest>

using namespace s2e;
using namespace s2e::at;

namespace {

// A valid value for each parameter, different from the K7 defaults where it can be.
QString sampleValue(const Param &param)
{
    switch (param.type) {
    case ParamType::Int:
        return QString::number(param.maximum());
    case ParamType::Text:
        return QString(int(qMin<quint32>(param.maximum(), 5)), u'k');
    case ParamType::Ipv4:
        return QStringLiteral("10.1.2.3");
    case ParamType::Host:
        return QStringLiteral("host.example");
    case ParamType::Enum:
        for (const EnumName &name : param.names) {
            if (!param.field || name.field)
                return QLatin1String(name.at);
        }
        return QString();
    case ParamType::Mac:
        return QStringLiteral("0200AABBCCDD");
    case ParamType::PacketData:
        return QStringLiteral("0102");
    }
    return QString();
}

} // namespace

class tst_AtCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void hasTheManualsCommands()
    {
        QCOMPARE(Catalogue::all().size(), size_t(47));
        QSet<QString> names;
        for (const CommandDef &command : Catalogue::all()) {
            names.insert(QLatin1String(command.name));
            QVERIFY2(command.query || command.set || command.action, command.name);
            QVERIFY2(*command.help, command.name);
            for (const Param &param : command.params) {
                QVERIFY2(*param.help, command.name);
                if (param.type == ParamType::Enum)
                    QVERIFY2(!param.names.empty(), command.name);
                if (param.type == ParamType::Int || param.type == ParamType::Text)
                    QVERIFY2(param.minimum() <= param.maximum(), command.name);
            }
        }
        QCOMPARE(names.size(), 47);
        for (const char *name : { "E", "Z", "VER", "ENTM", "MAC", "RELD", "WANN", "DNS", "USERMAC",
                                  "WEBU", "WEBPORT", "SEARCH", "PLANG", "UART", "UARTTL", "SOCK",
                                  "SOCKLK", "WEBSOCKPORT", "REGEN", "REGTCP", "REGUSR", "REGCLOUD",
                                  "HTPTP", "HTPURL", "HTPHEAD", "HTPCHD", "HEARTEN", "HEARTTP",
                                  "HEARTTM", "HEARTDT", "PDTIME", "MID", "RFCEN", "SOCKSL", "SHORTO",
                                  "RSTIM", "UARTCLBUF", "SOCKTON", "MODTCP", "MODPOLL", "MODTO",
                                  "NETPR", "UDPON", "CFGTF", "PING", "HEARTUSER", "REGUSER" })
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QVERIFY(Catalogue::find(u"uart"));
        QVERIFY(!Catalogue::find(u"UART1"));
    }

    void fieldKeysExist()
    {
        for (const CommandDef &command : Catalogue::all()) {
            for (const Param &param : command.params) {
                for (const char *key : { param.field, param.serverField }) {
                    if (!key)
                        continue;
                    const QString resolved = QString::fromLatin1(key).replace(QStringLiteral("portN"), QStringLiteral("port1"));
                    const auto field = FieldTable::find(resolved);
                    QVERIFY2(field, qPrintable(resolved));
                    for (const EnumName &name : param.names) {
                        if (name.field)
                            QVERIFY2(field->def->normalize(QLatin1String(name.field), resolved).ok(),
                                     name.field);
                    }
                }
            }
            // A command is wholly in the parameter blocks or wholly outside them.
            const auto mapped = std::count_if(command.params.begin(), command.params.end(),
                                              [](const Param &p) { return p.field != nullptr; });
            QVERIFY2(mapped == 0 || size_t(mapped) == command.params.size(), command.name);
        }
    }

    void rangesComeFromTheLinkedField()
    {
        int linked = 0;
        for (const CommandDef &command : Catalogue::all()) {
            for (const Param &param : command.params) {
                if (!param.field || (param.type != ParamType::Int && param.type != ParamType::Text
                                     && param.type != ParamType::Host))
                    continue;
                const auto field = FieldTable::find(QString::fromLatin1(param.field).replace(QStringLiteral("portN"), QStringLiteral("port1")));
                QVERIFY2(field, param.field);
                QCOMPARE(param.minimum(), field->def->min);
                QCOMPARE(param.maximum(), field->def->max);
                ++linked;
            }
        }
        QVERIFY(linked >= 15);
        // AT+SOCKTON and the block's reconnect timeout once disagreed.
        QCOMPARE(Catalogue::find(QStringLiteral("SOCKTON"))->params.front().maximum(), 99999u);
        QVERIFY(AtRequest::parse(QStringLiteral("AT+SOCKTON=99999")).ok());
        QVERIFY(!AtRequest::parse(QStringLiteral("AT+SOCKTON=100000")).ok());
        QCOMPARE(Catalogue::find(QStringLiteral("MID"))->params.front().maximum(), 15u);
    }

    void declaredMappings_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("WANN") << "AT+WANN=DHCP,10.0.0.9,255.255.0.0,10.0.0.1"
                              << QStringList { "ip.mode=dhcp", "ip.address=10.0.0.9",
                                               "ip.mask=255.255.0.0", "ip.gateway=10.0.0.1" };
        QTest::newRow("UART") << "AT+UART=9600,7,2,EVEN,FCH"
                              << QStringList { "port1.baud=9600", "port1.data_bits=7", "port1.stop_bits=2",
                                               "port1.parity=even", "port1.flow=rts-cts" };
        QTest::newRow("UART2") << "AT+UART2=4800,8,1,NONE,NFC"
                               << QStringList { "port2.baud=4800", "port2.data_bits=8", "port2.stop_bits=1",
                                                "port2.parity=none", "port2.flow=none" };
        QTest::newRow("SOCKA1 client") << "AT+SOCKA1=TCPC,192.168.0.201,8234"
                                       << QStringList { "port1.mode=tcp-client", "port1.remote_host=192.168.0.201",
                                                        "port1.remote_port=8234" };
        QTest::newRow("SOCK server") << "AT+SOCK=TCPS,127.0.0.1,8899"
                                     << QStringList { "port1.mode=tcp-server", "port1.remote_host=127.0.0.1",
                                                      "port1.local_port=8899" };
        QTest::newRow("MID") << "AT+MID=Line-4" << QStringList { "name=Line-4" };
        QTest::newRow("WEBU") << "AT+WEBU=root,pw" << QStringList { "user=root", "password=pw" };
        QTest::newRow("USERMAC") << "AT+USERMAC=002233445566" << QStringList { "mac.user=002233445566" };
        QTest::newRow("UARTTL") << "AT+UARTTL=10,512" << QStringList { "port1.pack_time=10", "port1.pack_len=512" };
        QTest::newRow("RFCEN") << "AT+RFCEN1=ON" << QStringList { "port1.rfc2217=true" };
        QTest::newRow("REGCLOUD") << "AT+REGCLOUD=12345678901234567890,12345786"
                                  << QStringList { "cloud.id=12345678901234567890", "cloud.code=12345786" };
    }

    void declaredMappings()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, keys);
        const auto request = AtRequest::parse(command);
        QVERIFY2(request.ok(), qPrintable(request.error()));
        const DeviceConfig config = DeviceConfig::defaults(*ModelTable::find(u"410s"));
        const auto changes = request->fieldChanges(command.contains(u"REGCLOUD") ? DeviceConfig::defaults(*ModelTable::find(u"k7"))
                                                                                  : config);
        QVERIFY2(changes.ok(), qPrintable(changes.error()));
        QStringList actual;
        for (const auto &[key, value] : *changes)
            actual << key + QLatin1Char('=') + FieldDef::toText(value);
        QCOMPARE(actual, keys);
    }

    void everyFieldBackedCommandRoundTrips()
    {
        // set → fields → query answer gives back what was set: the mapping works both ways.
        int checked = 0;
        for (const CommandDef &command : Catalogue::all()) {
            if (!isFieldBacked(command) || !command.set)
                continue;
            QStringList values;
            for (const Param &param : command.params)
                values << sampleValue(param);
            const QString text = QStringLiteral("AT+%1=%2").arg(QLatin1String(command.name), values.join(u','));
            const auto request = AtRequest::parse(text);
            QVERIFY2(request.ok(), qPrintable(request.error()));
            // AT+DNS is kept in the blocks of the 302 only, AT+RSTIM in the M4 families' only.
            DeviceConfig config = DeviceConfig::defaults(*ModelTable::find(u"k7"));
            if (!answerFromConfig(command, 0, config))
                config = DeviceConfig::defaults(*ModelTable::find(u"302"));
            const auto changes = request->fieldChanges(config);
            QVERIFY2(changes.ok(), qPrintable(text + QStringLiteral(": ") + changes.error()));
            for (const auto &[key, value] : *changes)
                QVERIFY2(config.setValue(key, value).ok(), qPrintable(key));
            const auto answer = answerFromConfig(command, 0, config);
            QVERIFY(answer);
            QCOMPARE(*answer, request->arguments().join(u','));
            ++checked;
        }
        QCOMPARE(checked, 15);
    }

    void unmappedValueIsRefused()
    {
        const auto request = AtRequest::parse(u"AT+UART=9600,8,1,NONE,FCR");
        QVERIFY(request.ok());
        const auto changes = request->fieldChanges(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        QVERIFY(!changes.ok());
        QVERIFY(changes.error().contains(QStringLiteral("FCR")));
    }

    void answersFromDefaults()
    {
        const DeviceConfig config = DeviceConfig::defaults(*ModelTable::find(u"k7"));
        QCOMPARE(*answerFromConfig(*Catalogue::find(u"UART"), 0, config), QStringLiteral("115200,8,1,NONE,NFC"));
        QCOMPARE(*answerFromConfig(*Catalogue::find(u"WANN"), 0, config),
                 QStringLiteral("STATIC,192.168.0.7,255.255.255.0,192.168.0.1"));
        QCOMPARE(*answerFromConfig(*Catalogue::find(u"SOCK"), 0, config), QStringLiteral("TCPS,192.168.0.201,23"));
        QCOMPARE(*answerFromConfig(*Catalogue::find(u"MID"), 0, config), QStringLiteral("USR-K7"));
        QVERIFY(!answerFromConfig(*Catalogue::find(u"SEARCH"), 0, config));
    }

    void synopsisAndHelp()
    {
        QCOMPARE(Catalogue::find(u"UART")->synopsis(),
                 QStringLiteral("AT+UART[N] | AT+UART[N]=baudrate,data_bits,stop_bits,parity,flowctrl"));
        QCOMPARE(Catalogue::find(u"Z")->synopsis(), QStringLiteral("AT+Z"));
        QCOMPARE(Catalogue::find(u"SOCK")->synopsis().left(14), QStringLiteral("AT+SOCK[M[N]] "));
        QCOMPARE(Catalogue::paramAllowedText(Catalogue::find(u"UART")->params[3]),
                 QStringLiteral("one of NONE, EVEN, ODD, MARK, SPACE"));
    }
};

QTEST_GUILESS_MAIN(tst_AtCatalogue)
#include "tst_atcatalogue.moc"
