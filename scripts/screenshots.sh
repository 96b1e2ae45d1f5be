#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png): s2e-studio --demo walks
# through its main views under a virtual X server.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# A CJK font, so that the Chinese screenshots show characters, not boxes.
s2e_ensure_packages xvfb xauth fonts-wqy-microhei || exit 1
s2e_build || exit 1
exec xvfb-run -a -s "-screen 0 1280x800x24" \
    "$S2E_ROOT/build/${S2E_PRESET:-default}/app/studio/s2e-studio" --demo --screenshots "$S2E_ROOT/docs/screenshots"
