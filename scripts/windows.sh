#!/usr/bin/env bash
# Windows, from this Linux machine: cross-builds s2e-studio.exe, s2ectl.exe, s2e-emu.exe and
# the tests with mingw-w64 against the Qt SDK for mingw (-Werror), runs the tests under Wine
# (each in a network namespace of its own with its own wineserver), runs the Windows
# programs end to end against a Linux s2e-emu, and builds and tries the NSIS installer.
# Without the SDK (../shared/thirdparty/qt6-mingw-6.4.2.tar.xz, or S2E_QT_MINGW) it says so
# and stops, successfully. Steps: all (default), build, test, e2e, package.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$S2E_ROOT/scripts/wine-env.sh"
step=${1:-all}
build="$S2E_ROOT/build/windows"
tarball=${S2E_QT_MINGW_TARBALL:-$S2E_ROOT/../shared/thirdparty/qt6-mingw-6.4.2.tar.xz}

windows_packages=(g++-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64 wine64 wine nsis
                  xvfb xauth x11-apps imagemagick fonts-dejavu-core fonts-droid-fallback)

ensure_sdk() {
    [ -f "$S2E_QT_MINGW/lib/cmake/Qt6/Qt6Config.cmake" ] && return 0
    if [ ! -f "$tarball" ]; then
        echo "Windows stage skipped: no Qt SDK for mingw at $S2E_QT_MINGW, and no $tarball to unpack."
        exit 0
    fi
    if [ ! -w "$(dirname "$S2E_QT_MINGW")" ]; then
        echo "Cannot unpack the Qt SDK into $(dirname "$S2E_QT_MINGW"); run as root, or set S2E_QT_MINGW." >&2
        exit 1
    fi
    echo "Unpacking the Qt SDK for mingw into $(dirname "$S2E_QT_MINGW")"
    tar -xJf "$tarball" -C "$(dirname "$S2E_QT_MINGW")" || exit 1
}

build_windows() {
    cd "$S2E_ROOT" || exit 1
    cmake --preset windows -DS2E_WERROR=ON -DS2E_QT_MINGW="$S2E_QT_MINGW" >/dev/null || exit 1
    cmake --build --preset windows -- -j"$(nproc)" || exit 1
}

# Every test .exe under Wine; then the counts, and each skip with its reason.
test_windows() {
    s2e_wine_template || { echo "cannot make a Wine prefix" >&2; exit 1; }
    cd "$build" || exit 1
    local log="$build/wine-tests.log" status
    ctest --timeout 300 -j"$(nproc)" -V >"$log" 2>&1
    status=$?
    grep -E '^[0-9]+: (FAIL!|XPASS|QFATAL|QWARN)' "$log" | head -n 40
    grep -E '^ *[0-9]+/[0-9]+ Test +#' "$log"
    awk '/: Totals: /{ for (i = 1; i <= NF; ++i) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i;
                                                if ($(i+1) ~ /^skipped/) s += $i } }
         END { printf "Windows tests under Wine: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
    echo "Skipped under Wine, with the reason:"
    grep -E '^[0-9]+: SKIP   : ' "$log" | sed -E 's/^[0-9]+: SKIP   : /  /' | sort -u
    grep -A1 -E '^[0-9]+: SKIP   : ' "$log" | grep -E 'Loc:' >/dev/null || true
    echo "  tst_lan: not built for Windows (it joins network namespaces from inside: setns is Linux's)"
    echo "  tst_package, tst_dissector: not built for Windows (the Debian package and the Wireshark dissector)"
    return $status
}

case $step in
all|build|test|e2e|package) ;;
*) echo "usage: scripts/windows.sh [all|build|test|e2e|package]" >&2; exit 2 ;;
esac
s2e_ensure_packages "${windows_packages[@]}" || exit 1
ensure_sdk
[ "$step" = all ] || [ "$step" = build ] && build_windows
if [ "$step" = all ] || [ "$step" = test ]; then test_windows || exit 1; fi
if [ "$step" = all ] || [ "$step" = e2e ]; then
    bash "$S2E_ROOT/scripts/windows-e2e.sh" "$build" || exit 1
fi
if [ "$step" = all ] || [ "$step" = package ]; then
    bash "$S2E_ROOT/scripts/windows-package.sh" "$build" || exit 1
fi
