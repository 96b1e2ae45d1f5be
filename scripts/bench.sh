#!/usr/bin/env bash
# Builds s2e-studio and runs the benchmarks; each figure is printed as a line `name: value`
# (goals and one machine's results: README, "Benchmarks"). Like the tests they use loopback
# only, inside a private network namespace when this machine allows it.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
s2e_ensure_packages xvfb xauth || exit 1
s2e_build >&2 || exit 1

bench="$S2E_ROOT/build/${S2E_PRESET:-default}/bench"
export QT_QPA_PLATFORM=offscreen
status=0
for benchmark in bench_setting bench_modbus bench_log_ingest bench_tcp_loopback bench_console_cli bench_console_gui; do
    # Figures on stdout; Qt's chatter on stderr is dropped unless the benchmark fails.
    errors=$(mktemp)
    if ! sh "$S2E_ROOT/scripts/isolated.sh" "$bench/$benchmark" 2>"$errors"; then
        cat "$errors" >&2
        echo "$benchmark failed" >&2
        status=1
    fi
    rm -f "$errors"
done
# The whole studio under flood, pinged from outside as a window manager would, on an X
# server of its own.
errors=$(mktemp)
if ! sh "$S2E_ROOT/scripts/isolated.sh" xvfb-run -a -s "-screen 0 1280x800x24" "$bench/bench_console_xping" 2>"$errors"; then
    cat "$errors" >&2
    echo "bench_console_xping failed" >&2
    status=1
fi
rm -f "$errors"
# The whole s2ectl search, as processes, against one s2e-emu of 254 modules.
sh "$S2E_ROOT/scripts/isolated.sh" bash "$S2E_ROOT/bench/search_cli.sh" "$S2E_ROOT/build/${S2E_PRESET:-default}" || status=1
# Makes its own LAN of network namespaces (root only), so not inside isolated.sh.
s2e_ensure_packages tftpd-hpa curl || exit 1
bash "$S2E_ROOT/bench/upgrade_lan.sh" "$S2E_ROOT/build/${S2E_PRESET:-default}" || status=1
exit $status
