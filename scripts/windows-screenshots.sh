#!/usr/bin/env bash
# Screenshots of the Windows build: s2e-studio.exe --demo under Wine with the windows platform
# on a virtual X server at 1280×800, in English and in Chinese, into
# docs/screenshots/windows/ (and zh_CN/ there), from the staged installation (run
# scripts/windows-package.sh first). All in a network namespace of its own.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build=${1:-$S2E_ROOT/build/windows}
shots="$S2E_ROOT/docs/screenshots/windows"
if [ -z "${S2E_IN_NAMESPACE:-}" ]; then
    s2e_ensure_packages xvfb xauth imagemagick fonts-droid-fallback fonts-dejavu-core || exit 1
    source "$S2E_ROOT/scripts/wine-env.sh"
    s2e_wine_template || exit 1
    exec unshare -n env S2E_IN_NAMESPACE=1 bash -c 'ip link set lo up && exec bash "$0" "$1"' "$0" "$build"
fi
source "$S2E_ROOT/scripts/wine-env.sh"
unset WINEQT_QPA_PLATFORM WINEQT_QPA_FONTDIR
mkdir -p "$shots/zh_CN"
shoot() { # LANGUAGE OUTPUT
    local prefix
    prefix=$(mktemp -d /tmp/s2e-shot.XXXXXX) || return 1
    s2e_wine_prefix "$prefix" || return 1
    # The language as the Settings menu keeps it: in the registry, through QSettings.
    WINEPREFIX="$prefix" /usr/lib/wine/wine64 reg add 'HKCU\Software\s2e-studio\s2e-studio' /v language /d "$1" /f \
        >/dev/null 2>&1
    WINEPREFIX="$prefix" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        /usr/lib/wine/wine64 "$0" --demo &
        sleep 25
        import -window root "$1"
        wineserver -k' "$build/stage/s2e-studio.exe" "$2"
    rm -rf "$prefix"
    echo "Saved $2"
}
shoot en "$shots/device-manager.png"
shoot zh_CN "$shots/zh_CN/device-manager.png"
