#!/usr/bin/env bash
# Builds s2e-studio and opens it against five virtual modules running in the same process
# on this machine's loopback interface: nothing is sent to the LAN. Without a display it
# shows the command-line tools against s2e-emu instead (scripts/demo-cli.sh).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: showing the command-line tools instead of the window."
    exec bash "$S2E_ROOT/scripts/demo-cli.sh"
fi
s2e_ensure_packages || exit 1
s2e_build || exit 1
exec "$S2E_ROOT/build/${S2E_PRESET:-default}/app/studio/s2e-studio" --demo "$@"
