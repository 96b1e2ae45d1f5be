#!/bin/sh
# Runs one Windows program (a test .exe) under Wine in a network namespace of its own with
# only lo up, with its own WINEPREFIX (a copy of a template made once) and its own
# wineserver, which owns the sockets and so must start inside the namespace; the server is
# stopped afterwards. Qt's DLLs come from the SDK, the mingw runtime from the cross
# compiler. Wine passes no host variable named QT_*: WINEQT_FOO arrives as QT_FOO.
#   S2E_WINE_TEMPLATE  the template prefix (made here when missing)
#   S2E_QT_MINGW       the Qt SDK (default /opt/qt6-mingw-6.4.2)
set -u
[ $# -ge 1 ] || { echo "usage: wine-test.sh PROGRAM.exe [ARGUMENTS...]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
. "$here/wine-env.sh"
if [ -z "${S2E_IN_NAMESPACE:-}" ]; then
    unshare -n true 2>/dev/null || { echo "wine-test.sh: cannot create a network namespace (run as root)" >&2; exit 2; }
    s2e_wine_template || exit 2
    exec unshare -n env S2E_IN_NAMESPACE=1 sh -c 'ip link set lo up && exec sh "$0" "$@"' "$0" "$@"
fi
prefix=$(mktemp -d /tmp/s2e-wine.XXXXXX) || exit 2
trap 'WINEPREFIX="$prefix" wineserver -k 2>/dev/null; rm -rf "$prefix"' EXIT
s2e_wine_prefix "$prefix" || exit 2
export WINEPREFIX="$prefix"
wineserver -p
# A Qt Test under Wine prints nothing to a pipe (it has no console window): it writes its
# report to a file, shown afterwards.
case ${1##*/} in
tst_*.exe)
    /usr/lib/wine/wine64 "$@" -o "Z:$prefix/report.txt,txt"
    status=$?
    cat "$prefix/report.txt" 2>/dev/null
    exit $status ;;
*) /usr/lib/wine/wine64 "$@" ;;
esac
