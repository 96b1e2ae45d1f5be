#include "serialsettings.h"

// Unix: a terminal's settings from termios.

#include <termios.h>
#if defined(__linux__)
#include <sys/ioctl.h>
#endif

namespace s2e {

namespace {

struct Speed
{
    speed_t code;
    quint32 baud;
};

constexpr Speed speeds[] = {
    { B50, 50 }, { B75, 75 }, { B110, 110 }, { B134, 134 }, { B150, 150 }, { B200, 200 },
    { B300, 300 }, { B600, 600 }, { B1200, 1200 }, { B1800, 1800 }, { B2400, 2400 },
    { B4800, 4800 }, { B9600, 9600 }, { B19200, 19200 }, { B38400, 38400 },
    { B57600, 57600 }, { B115200, 115200 }, { B230400, 230400 },
#if defined(B460800)
    { B460800, 460800 }, { B921600, 921600 },
#endif
};

#if defined(__linux__)
// glibc's termios cannot express a custom speed (QSerialPort sets one with BOTHER through
// termios2); the kernel's own struct has it. Declared here because <asm/termbits.h>
// conflicts with <termios.h>.
struct KernelTermios2
{
    tcflag_t c_iflag, c_oflag, c_cflag, c_lflag;
    cc_t c_line;
    cc_t c_cc[19];
    speed_t c_ispeed, c_ospeed;
};
constexpr unsigned long TermiosGet2 = _IOR('T', 0x2A, KernelTermios2);
#endif

std::optional<quint32> baudOf(int fd, const termios &t)
{
    const speed_t code = ::cfgetospeed(&t);
    for (const Speed &speed : speeds)
        if (speed.code == code)
            return speed.baud;
#if defined(__linux__)
    KernelTermios2 t2 {};
    if (::ioctl(fd, TermiosGet2, &t2) == 0 && t2.c_ospeed > 0)
        return t2.c_ospeed;
#else
    // On the BSDs and macOS speed_t is the rate itself.
    Q_UNUSED(fd)
    if (code > 0)
        return quint32(code);
#endif
    return std::nullopt;
}

} // namespace

std::optional<SerialSettings> terminalSettings(int fd)
{
    termios t {};
    if (::tcgetattr(fd, &t) != 0)
        return std::nullopt;
    const auto baud = baudOf(fd, t);
    if (!baud)
        return std::nullopt;
    SerialSettings settings;
    settings.baud = *baud;
    switch (t.c_cflag & CSIZE) {
    case CS5: settings.dataBits = 5; break;
    case CS6: settings.dataBits = 6; break;
    case CS7: settings.dataBits = 7; break;
    default: settings.dataBits = 8; break;
    }
    using Parity = Rfc2217Packet::Parity;
    if (!(t.c_cflag & PARENB))
        settings.parity = Parity::None;
#if defined(CMSPAR)
    else if (t.c_cflag & CMSPAR)
        settings.parity = (t.c_cflag & PARODD) ? Parity::Mark : Parity::Space;
#endif
    else
        settings.parity = (t.c_cflag & PARODD) ? Parity::Odd : Parity::Even;
    settings.stopBits = (t.c_cflag & CSTOPB) ? 2 : 1;
    return settings;
}

} // namespace s2e
