#!/usr/bin/env bash
# Builds s2e-studio and runs every test. Tests talk only over loopback: the suite runs inside
# a private network namespace, and each test in one of its own (scripts/isolated.sh), so they
# run in parallel; where namespaces are not allowed they run one at a time on this host's
# loopback. Extra arguments go to ctest (e.g. -R tst_deviceconfig); S2E_PRESET=asan picks
# the sanitizer build.
# In CI (CI set, no arguments) the whole suite then runs again under clang's address and
# undefined sanitizers (preset asan), every fuzz target gets a 5 s run, and the Windows
# stage runs (scripts/windows.sh).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

isolated="$S2E_ROOT/scripts/isolated.sh"

# run_suite PRESET [ctest arguments…]
run_suite() {
    local preset=$1 jobs=1
    shift
    if [ "$preset" = asan ]; then
        s2e_ensure_packages clang lld || return 1
    fi
    S2E_PRESET=$preset s2e_build || return 1
    cd "$S2E_ROOT/build/$preset" || return 1
    export QT_QPA_PLATFORM=offscreen UBSAN_OPTIONS=print_stacktrace=1
    if sh "$isolated" --check; then
        jobs=$(( $(nproc) + 1 ))
        echo "Running the $preset tests in private network namespaces, $jobs at a time."
        sh "$isolated" ctest --output-on-failure --timeout 300 -j"$jobs" "$@"
    else
        echo "Cannot create a private network namespace here; running the $preset tests one" \
             "at a time on this host's loopback (they only use 127.0.0.0/8)."
        ctest --output-on-failure --timeout 300 "$@"
    fi
}

s2e_ensure_packages || exit 1
run_suite "${S2E_PRESET:-default}" "$@" || exit 1
if [ -n "${CI:-}" ] && [ $# -eq 0 ]; then
    run_suite asan || exit 1
    echo "Fuzz smoke run (5 s per target):"
    bash "$S2E_ROOT/scripts/fuzz.sh" 5 || exit 1
    # Windows: cross-built, tested under Wine and packaged, when the Qt SDK for mingw is at
    # hand (../shared/thirdparty); without it windows.sh says so and succeeds.
    echo "Windows stage:"
    bash "$S2E_ROOT/scripts/windows.sh" || exit 1
fi
