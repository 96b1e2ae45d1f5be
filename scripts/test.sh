#!/usr/bin/env bash
# Builds s2e-studio and runs every test. Tests talk only over loopback; when this machine
# allows it, they run inside a private network namespace so nothing can leave it.
# Extra arguments go to ctest (e.g. -R tst_deviceconfig).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
s2e_ensure_packages || exit 1
s2e_build || exit 1

cd "$S2E_ROOT/build/${S2E_PRESET:-default}" || exit 1
export QT_QPA_PLATFORM=offscreen
ctest_command=(ctest --output-on-failure --timeout 300 "$@")
if unshare -n true 2>/dev/null || unshare -rn true 2>/dev/null; then
    unshare_flags=-n
    unshare -n true 2>/dev/null || unshare_flags=-rn
    echo "Running the tests in a private network namespace (unshare $unshare_flags, lo up)."
    exec unshare $unshare_flags sh -c 'ip link set lo up && exec "$@"' sh "${ctest_command[@]}"
fi
echo "Cannot create a private network namespace here; running the tests on this host's" \
     "loopback (they only use 127.0.0.0/8)."
exec "${ctest_command[@]}"
