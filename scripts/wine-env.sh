# Shared by the Windows scripts: where Wine finds the Qt SDK's and mingw's DLLs, quiet Wine,
# the offscreen Qt platform with a font folder, and a template prefix. Sourced, not run.
S2E_QT_MINGW=${S2E_QT_MINGW:-/opt/qt6-mingw-6.4.2}
S2E_WINE_TEMPLATE=${S2E_WINE_TEMPLATE:-/tmp/s2e-wine-template}
S2E_WINE_FONTS=${S2E_WINE_FONTS:-/tmp/s2e-wine-fonts}
export S2E_QT_MINGW S2E_WINE_TEMPLATE S2E_WINE_FONTS
export WINELOADER=/usr/lib/wine/wine64
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
export WINEPATH="Z:${S2E_QT_MINGW}/bin;Z:/usr/lib/gcc/x86_64-w64-mingw32/12-posix;Z:/usr/x86_64-w64-mingw32/lib"
export WINEQT_QPA_PLATFORM=${WINEQT_QPA_PLATFORM:-offscreen}
export WINEQT_QPA_FONTDIR="Z:${S2E_WINE_FONTS}"

# The template prefix (wineboot takes ~10 s) and the font folder the offscreen platform
# reads (one folder, not recursive): Latin and Chinese.
s2e_wine_template() {
    mkdir -p "$S2E_WINE_FONTS" || return 1
    for font in /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
                /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf; do
        [ -f "$font" ] && ln -sf "$font" "$S2E_WINE_FONTS/"
    done
    [ -f "$S2E_WINE_TEMPLATE/system.reg" ] && return 0
    rm -rf "$S2E_WINE_TEMPLATE"
    unshare -n sh -c 'WINEPREFIX="$1" wineboot -i >/dev/null 2>&1; WINEPREFIX="$1" wineserver -w' sh \
        "$S2E_WINE_TEMPLATE" || return 1
    [ -f "$S2E_WINE_TEMPLATE/system.reg" ]
}

# A new prefix in DIR from the template: the system DLLs (630 MB) as hard links, since Wine
# replaces, never rewrites, what it changes; the registry and the rest copied.
s2e_wine_prefix() {
    local entry
    mkdir -p "$1" || return 1
    for entry in "$S2E_WINE_TEMPLATE"/* "$S2E_WINE_TEMPLATE"/.update-timestamp; do
        case ${entry##*/} in
        drive_c) cp -al "$entry" "$1/" || return 1 ;;
        wineserver) ;;
        *) cp -a "$entry" "$1/" || return 1 ;;
        esac
    done
}
