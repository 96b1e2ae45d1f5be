#!/usr/bin/env bash
# Regenerates the README's screenshots at 1280×800: s2e-studio --demo walks through its main
# views under a virtual X server, once in English (docs/screenshots/*.png) and once in
# Chinese (docs/screenshots/zh_CN/*.png).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# A CJK font, so that the Chinese screenshots show characters, not boxes.
s2e_ensure_packages xvfb xauth fonts-wqy-microhei || exit 1
s2e_build || exit 1
studio="$S2E_ROOT/build/${S2E_PRESET:-default}/app/studio/s2e-studio"
shots="$S2E_ROOT/docs/screenshots"
# Each run chooses its language by locale; a language picked in the Settings menu would win,
# so the runs get a settings folder of their own.
config=$(mktemp -d) || exit 1
trap 'rm -rf "$config"' EXIT
run() {
    XDG_CONFIG_HOME="$config" LANG=$1 LANGUAGE=$2 LC_ALL=$1 \
        xvfb-run -a -s "-screen 0 1280x800x24" "$studio" --demo --screenshots "$3"
}
mkdir -p "$shots/zh_CN"
run C.UTF-8 en "$shots" && run zh_CN.UTF-8 zh_CN "$shots/zh_CN"
