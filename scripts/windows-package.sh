#!/usr/bin/env bash
# The Windows installer, from a cross build (scripts/windows.sh): stages the three programs,
# the DLLs they and their Qt plugins import (checked against installer/windows/dlls.txt:
# every one is shipped, nothing else), the translations; strips them; makes
# s2e-studio-<version>-win64-setup.exe with NSIS; then installs it silently under Wine in a
# namespace of its own, checks the files and the Start-menu entries, runs s2ectl.exe
# --version from the installed folder, uninstalls silently and checks that all is gone.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$S2E_ROOT/scripts/wine-env.sh"
build=${1:-$S2E_ROOT/build/windows}
mingw=x86_64-w64-mingw32
runtime_dirs=("$S2E_QT_MINGW/bin" /usr/lib/gcc/$mingw/12-posix /usr/$mingw/lib)
programs=(s2e-studio.exe s2ectl.exe s2e-emu.exe)
# Loaded at run time, so no import names them: the window's platform and style, TLS for wss://.
plugins=(platforms/qwindows.dll styles/qwindowsvistastyle.dll tls/qschannelbackend.dll tls/qcertonlybackend.dll)
version=$(sed -nE 's/^project\(s2e-studio VERSION ([0-9.]+).*/\1/p' "$S2E_ROOT/CMakeLists.txt")
stage="$build/stage"
setup="$build/s2e-studio-$version-win64-setup.exe"

fail() { echo "windows-package: $*" >&2; exit 1; }

# The DLLs a PE file imports that are ours to ship (found in the SDK or the mingw runtime;
# the rest are Windows' own).
shipped_imports() {
    local name dir
    for name in $($mingw-objdump -p "$1" | sed -nE 's/^\s*DLL Name: (.*)$/\1/p'); do
        for dir in "${runtime_dirs[@]}"; do
            [ -f "$dir/$name" ] && { echo "$dir/$name"; break; }
        done
    done
}

rm -rf "$stage" && mkdir -p "$stage" || exit 1
for program in "${programs[@]}"; do
    cp "$build/$program" "$stage/" || fail "no $build/$program: build first (scripts/windows.sh build)"
done
for plugin in "${plugins[@]}"; do
    mkdir -p "$stage/$(dirname "$plugin")"
    cp "$S2E_QT_MINGW/plugins/$plugin" "$stage/$plugin" || fail "the SDK has no plugin $plugin"
done
# The closure of the imports, breadth first.
queue=("${programs[@]/#/$stage/}" "${plugins[@]/#/$stage/}")
declare -A shipped=()
while [ ${#queue[@]} -gt 0 ]; do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    while read -r dll; do
        [ -n "$dll" ] || continue
        base=${dll##*/}
        [ -n "${shipped[$base]:-}" ] && continue
        shipped[$base]=1
        cp "$dll" "$stage/$base" || exit 1
        queue+=("$stage/$base")
    done < <(shipped_imports "$file")
done
listed=$(grep -vE '^\s*(#|$)' "$S2E_ROOT/installer/windows/dlls.txt" | sort)
found=$( (printf '%s\n' "${!shipped[@]}"; printf '%s\n' "${plugins[@]}") | sort)
if [ "$listed" != "$found" ]; then
    echo "The DLLs the programs import differ from installer/windows/dlls.txt (< listed, > imported):" >&2
    diff <(echo "$listed") <(echo "$found") >&2
    exit 1
fi
echo "Shipping $(echo "$found" | wc -l) DLLs, as installer/windows/dlls.txt lists."
mkdir -p "$stage/translations"
cp "$build"/app/studio/*.qm "$stage/" || fail "no translations in $build/app/studio"
# Qt's own strings (standard buttons, file dialogs), from the host's Qt of the same version.
cp /usr/share/qt6/translations/qtbase_zh_CN.qm "$stage/translations/" 2>/dev/null || true
find "$stage" -name '*.exe' -o -name '*.dll' | xargs $mingw-strip --strip-unneeded || exit 1

# The uninstaller removes what was installed, nothing else.
filelist="$build/installed-files.nsh"
( cd "$stage" && find . -type f | sort | sed -E 's|^\./||; s|/|\\|g; s|.*|    Delete "$INSTDIR\\&"|'
  cd "$stage" && find . -mindepth 1 -type d | sort -r | sed -E 's|^\./||; s|/|\\|g; s|.*|    RMDir "$INSTDIR\\&"|' ) > "$filelist"
makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$setup" -DFILELIST="$filelist" \
    "$S2E_ROOT/installer/windows/s2e-studio.nsi" || fail "makensis failed"
echo "Installer: $setup ($(du -h "$setup" | cut -f1))"

# Install, check, run, uninstall, check — under Wine, in a namespace of its own.
s2e_wine_template || fail "cannot make a Wine prefix"
unshare -n true 2>/dev/null || { echo "Installer not tried: no network namespace here (run as root)."; exit 0; }
export S2E_SETUP="$setup" S2E_STAGE="$stage"
exec unshare -n bash -c 'ip link set lo up && exec bash "$0"' "$S2E_ROOT/scripts/windows-install-check.sh"
