#!/usr/bin/env bash
# Builds s2e-studio and runs every test. Tests talk only over loopback; when this machine
# allows it, they run inside a private network namespace so nothing can leave it.
# Extra arguments go to ctest (e.g. -R tst_deviceconfig). In CI (CI set, no arguments) it
# then gives every fuzz target a 5 s run when clang is available.
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
    unshare $unshare_flags sh -c 'ip link set lo up && exec "$@"' sh "${ctest_command[@]}"
else
    echo "Cannot create a private network namespace here; running the tests on this host's" \
         "loopback (they only use 127.0.0.0/8)."
    "${ctest_command[@]}"
fi
status=$?
# CI also gives every fuzz target a short run (when clang is there; fuzz.sh says if not).
if [ $status -eq 0 ] && [ -n "${CI:-}" ] && [ $# -eq 0 ]; then
    echo "Fuzz smoke run (5 s per target):"
    bash "$S2E_ROOT/scripts/fuzz.sh" 5 || status=1
fi
exit $status
