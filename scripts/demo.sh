#!/usr/bin/env bash
# Builds s2e-studio and shows it at work on byte vectors from the module's manual.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
s2e_ensure_packages || exit 1
s2e_build || exit 1

ctl="$S2E_ROOT/build/${S2E_PRESET:-default}/app/ctl/s2ectl"
show() {
    echo "\$ s2ectl decode $1"
    # shellcheck disable=SC2086
    "$ctl" decode $1
    echo
}
show "FF 24 01 00 00 C0 A8 01 6B D8 B0 4C C0 0D 65 C3 0B 01 00 55 53 52 2D 4B 33 00 00 00 00 00 00 00 00 00 00 8E"
show "FF 13 02 D8 B0 4C C0 0D 65 61 64 6D 69 6E 00 61 64 6D 69 6E 00 2D"
show "FF 01 03 50"
show "55 AA 55 01 C2 00 03 C6"
show "FF5206D8B04CC00D6561646D696E0061646D696E0000C201000801010100000000170017003139322E3136382E302E3230310000000000000000000000000000000000000000000903000000000000810101010185"
