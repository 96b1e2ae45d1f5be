#!/usr/bin/env bash
# Run by windows-package.sh inside a network namespace: the installer, silently, under Wine.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/wine-env.sh"
prefix=$(mktemp -d /tmp/s2e-install.XXXXXX) || exit 1
export WINEPREFIX="$prefix"
# No Qt from the SDK here: what runs must come from the installed folder.
export WINEPATH=""
trap 'wineserver -k 2>/dev/null; rm -rf "$prefix"' EXIT
s2e_wine_prefix "$prefix" || exit 1
# wine starts the server inside this namespace; it ends a few seconds after its last
# program, which wineserver -w waits for.
fail() { echo "installer check: $*" >&2; exit 1; }
installed="$prefix/drive_c/s2e"
menu="$prefix/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/s2e-studio"

/usr/lib/wine/wine64 "$S2E_SETUP" /S '/D=C:\s2e'
wineserver -w
# Wine's exit code of a 32-bit stub says nothing: the files do.
( cd "$S2E_STAGE" && find . -type f ) | while read -r file; do
    [ -f "$installed/$file" ] || { echo "missing after install: $file" >&2; exit 1; }
    cmp -s "$S2E_STAGE/$file" "$installed/$file" || { echo "differs after install: $file" >&2; exit 1; }
done || exit 1
[ -f "$installed/uninstall.exe" ] || fail "no uninstaller"
[ -f "$menu/s2e-studio.lnk" ] || fail "no Start-menu entry in $menu"
echo "Installed silently: $(find "$installed" -type f | wc -l) files, Start-menu entries: $(ls "$menu" | tr '\n' ',' | sed 's/,$//')"
version=$(/usr/lib/wine/wine64 'C:\s2e\s2ectl.exe' --version | tr -d '\r')
case $version in
"s2ectl "[0-9]*) echo "Installed s2ectl.exe --version: $version" ;;
*) fail "installed s2ectl.exe --version printed \"$version\"" ;;
esac
/usr/lib/wine/wine64 'C:\s2e\uninstall.exe' /S
wineserver -w
left=$(find "$installed" -type f 2>/dev/null | wc -l)
[ "$left" -eq 0 ] && [ ! -d "$installed" ] || fail "$left file(s) left after uninstall: $(find "$installed" 2>/dev/null | head -5)"
[ ! -e "$menu" ] || fail "Start-menu entries left after uninstall"
echo "Uninstalled silently: the folder and the Start-menu entries are gone."
