#include "protocol/at/atrequest.h"

#include <QTest>

using namespace s2e::at;

class tst_AtRequest : public QObject
{
    Q_OBJECT

private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("socket");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("query") << "AT+VER" << "VER" << int(AtRequest::Kind::Query) << 0 << "" << "AT+VER";
        QTest::newRow("lower case") << "at+ver" << "VER" << int(AtRequest::Kind::Query) << 0 << "" << "AT+VER";
        QTest::newRow("trailing cr") << "AT+MAC\r\n" << "MAC" << int(AtRequest::Kind::Query) << 0 << "" << "AT+MAC";
        QTest::newRow("action") << "AT+Z" << "Z" << int(AtRequest::Kind::Action) << 0 << "" << "AT+Z";
        QTest::newRow("uart no port") << "AT+UART" << "UART" << int(AtRequest::Kind::Query) << 0 << "" << "AT+UART";
        QTest::newRow("uart port 8") << "AT+UART8" << "UART" << int(AtRequest::Kind::Query) << 8 << "" << "AT+UART8";
        QTest::newRow("packing") << "AT+UARTTL1=0,0" << "UARTTL" << int(AtRequest::Kind::Set) << 1 << ""
                                 << "AT+UARTTL1=0,0";
        QTest::newRow("clear buffer") << "AT+UARTCLBUF=on" << "UARTCLBUF" << int(AtRequest::Kind::Set) << 0 << ""
                                      << "AT+UARTCLBUF=ON";
        QTest::newRow("socket") << "AT+SOCKA1=tcpc,192.168.0.201,8234" << "SOCK" << int(AtRequest::Kind::Set)
                                << 1 << "A" << "AT+SOCKA1=TCPC,192.168.0.201,8234";
        QTest::newRow("socket letter only") << "AT+SOCKB" << "SOCK" << int(AtRequest::Kind::Query) << 0 << "B"
                                            << "AT+SOCKB";
        QTest::newRow("link state") << "AT+SOCKLKA1" << "SOCKLK" << int(AtRequest::Kind::Query) << 1 << "A"
                                    << "AT+SOCKLKA1";
        QTest::newRow("reconnect") << "AT+SOCKTON2=86400" << "SOCKTON" << int(AtRequest::Kind::Set) << 2 << ""
                                   << "AT+SOCKTON2=86400";
        QTest::newRow("short connection") << "AT+SOCKSL=OFF" << "SOCKSL" << int(AtRequest::Kind::Set) << 0 << ""
                                          << "AT+SOCKSL=OFF";
        QTest::newRow("spaces") << "AT+ MID = USR-tcp232 " << "MID" << int(AtRequest::Kind::Set) << 0 << ""
                                << "AT+MID=USR-tcp232";
        QTest::newRow("header with commas") << "AT+HTPHEAD=Accept:a,b<<CRLF>>" << "HTPHEAD"
                                            << int(AtRequest::Kind::Set) << 0 << ""
                                            << "AT+HTPHEAD=Accept:a,b<<CRLF>>";
        QTest::newRow("hex data") << "AT+HEARTUSER1=0a0b,hex" << "HEARTUSER" << int(AtRequest::Kind::Set) << 1 << ""
                                  << "AT+HEARTUSER1=0A0B,HEX";
        QTest::newRow("user mac") << "AT+USERMAC=00:22:33:44:55:66" << "USERMAC" << int(AtRequest::Kind::Set)
                                  << 0 << "" << "AT+USERMAC=002233445566";
        QTest::newRow("leading zeros") << "AT+WEBPORT=0080" << "WEBPORT" << int(AtRequest::Kind::Set) << 0 << ""
                                       << "AT+WEBPORT=80";
    }

    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QString, command);
        QFETCH(int, kind);
        QFETCH(int, port);
        QFETCH(QString, socket);
        QFETCH(QString, canonical);
        int code = 1;
        const auto request = AtRequest::parse(text, &code);
        QVERIFY2(request.ok(), qPrintable(request.error()));
        QCOMPARE(code, 0);
        QCOMPARE(QLatin1String(request->command().name), command);
        QCOMPARE(int(request->kind()), kind);
        QCOMPARE(request->portNumber(), port);
        QCOMPARE(request->socket().isNull() ? QString() : QString(request->socket()), socket);
        QCOMPARE(request->text(), canonical);
        QCOMPARE(request->encode(), canonical.toLatin1() + '\r');
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("error");
        QTest::newRow("not AT") << "VER" << -1 << "is not an AT command";
        QTest::newRow("unknown") << "AT+FOO" << -2 << "AT+FOO is not a command";
        QTest::newRow("port 9") << "AT+UART9" << -2 << "AT+UART9 is not a command";
        QTest::newRow("port on plain command") << "AT+MID1" << -2 << "not a command";
        QTest::newRow("socket I") << "AT+SOCKI1" << -2 << "not a command";
        QTest::newRow("query of set-only") << "AT+USERMAC" << -3 << "cannot be queried";
        QTest::newRow("set of query-only") << "AT+VER=1" << -3 << "takes no parameters";
        QTest::newRow("set of action") << "AT+Z=1" << -3 << "takes no parameters";
        QTest::newRow("too few") << "AT+UART=9600,8,1" << -4 << "takes 5 parameter(s)";
        QTest::newRow("baud low") << "AT+UART=599,8,1,NONE,NFC" << -4
                                  << "AT+UART: baudrate \"599\" is not allowed; expected a whole number from 600 to 1000000";
        QTest::newRow("baud high") << "AT+UART=1000001,8,1,NONE,NFC" << -4 << "baudrate";
        QTest::newRow("data bits") << "AT+UART=9600,9,1,NONE,NFC" << -4 << "data_bits \"9\"";
        QTest::newRow("stop bits") << "AT+UART=9600,8,3,NONE,NFC" << -4 << "stop_bits \"3\"";
        QTest::newRow("parity") << "AT+UART=9600,8,1,ZERO,NFC" << -4
                                << "parity \"ZERO\" is not allowed; expected one of NONE, EVEN, ODD, MARK, SPACE";
        QTest::newRow("flow") << "AT+UART=9600,8,1,NONE,XON" << -4 << "flowctrl";
        QTest::newRow("protocol") << "AT+SOCK=TCP,1.2.3.4,1" << -4 << "protocol \"TCP\"";
        QTest::newRow("heartbeat 0") << "AT+HEARTTM=0" << -4 << "time \"0\"";
        QTest::newRow("heartbeat 65536") << "AT+HEARTTM=65536" << -4 << "time \"65536\"";
        QTest::newRow("name 16") << "AT+MID=ABCDEFGHIJKLMNOP" << -4 << "name";
        QTest::newRow("empty name") << "AT+MID=" << -4 << "name";
        QTest::newRow("user 6") << "AT+WEBU=admin1,admin" << -4 << "username \"admin1\"";
        QTest::newRow("password 6") << "AT+WEBU=admin,secret" << -4 << "password \"secret\"";
        QTest::newRow("ip") << "AT+WANN=STATIC,1.2.3,255.0.0.0,1.1.1.1" << -4 << "address \"1.2.3\"";
        QTest::newRow("registration 41") << QStringLiteral("AT+REGUSR=") + QString(41, u'x') << -4 << "data";
        QTest::newRow("ascii 41") << QStringLiteral("AT+REGUSER=%1,ASCII").arg(QString(41, u'x')) << -4 << "data";
        QTest::newRow("hex 82") << QStringLiteral("AT+REGUSER=%1,HEX").arg(QString(82, u'0')) << -4 << "data";
        QTest::newRow("hex odd") << "AT+HEARTUSER=012,HEX" << -4 << "data";
        QTest::newRow("hex digits") << "AT+HEARTUSER=0G,HEX" << -4 << "data";
        QTest::newRow("mac") << "AT+USERMAC=0022334455" << -4 << "mac";
        QTest::newRow("negative") << "AT+WEBPORT=-1" << -4 << "port \"-1\"";
        QTest::newRow("host with space") << "AT+PING=a b" << -4 << "ip";
    }

    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, error);
        int actual = 0;
        const auto request = AtRequest::parse(text, &actual);
        QVERIFY(!request.ok());
        QCOMPARE(actual, code);
        QVERIFY2(request.error().contains(error), qPrintable(request.error()));
    }

    void limitsAreAccepted()
    {
        for (const QString &text : { QStringLiteral("AT+UART=600,5,2,SPACE,FCR"),
                                     QStringLiteral("AT+UART=1000000,8,1,MARK,FCH"),
                                     QStringLiteral("AT+HEARTTM=1"), QStringLiteral("AT+HEARTTM=65535"),
                                     QStringLiteral("AT+MID=ABCDEFGHIJKLMNO"),
                                     QStringLiteral("AT+REGUSER=%1,HEX").arg(QString(80, u'F')),
                                     QStringLiteral("AT+REGUSER=%1,ASCII").arg(QString(40, u'x')),
                                     QStringLiteral("AT+WEBU=admin,"),
                                     QStringLiteral("AT+E=off") })
            QVERIFY2(AtRequest::parse(text).ok(), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(tst_AtRequest)
#include "tst_atrequest.moc"
