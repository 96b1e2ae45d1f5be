#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

// --help and --version on standard output, then exit, on every system. On Windows
// QCommandLineParser::showHelp() and showVersion() use a message box when the process has no
// console window (a pipe, a script, CI under Wine), where nobody reads it.
[[noreturn]] inline void printHelpAndExit(const QCommandLineParser &parser, int exitCode)
{
    std::fputs(qPrintable(parser.helpText()), stdout);
    std::fflush(stdout);
    std::exit(exitCode);
}

[[noreturn]] inline void printVersionAndExit()
{
    std::fputs(qPrintable(QCoreApplication::applicationName() + QLatin1Char(' ')
                          + QCoreApplication::applicationVersion() + QLatin1Char('\n')),
               stdout);
    std::fflush(stdout);
    std::exit(0);
}
