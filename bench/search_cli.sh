#!/usr/bin/env bash
# The whole `s2ectl search` as a user runs it, process start to exit, against 254 virtual
# modules of one s2e-emu on loopback (run it inside scripts/isolated.sh):
#   search_254_cli_ms          median of 10 searches with nothing lost (goal <= 500)
#   search_254_cli_found_min   the fewest modules one of them found (goal 254)
#   search_254_loss10_all_found_runs  of 50 searches with 10 % of requests and replies
#                              lost, how many found all 254 (goal 50 of 50)
#   search_254_loss10_found_min  the fewest modules one of them found
#   search_254_loss10_cli_ms   their median time
# Usage: search_cli.sh BUILD_DIR
set -u
build=${1:?usage: search_cli.sh BUILD_DIR}
work=$(mktemp -d)
emu_pid=
cleanup() {
    [ -n "$emu_pid" ] && kill "$emu_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts 254 modules losing $1 % of datagrams; waits until they listen.
start_modules() {
    [ -n "$emu_pid" ] && kill "$emu_pid" 2>/dev/null && wait "$emu_pid" 2>/dev/null
    "$build/app/emu/s2e-emu" --devices 254 --loss "$1" >"$work/emu.out" 2>&1 &
    emu_pid=$!
    for _ in $(seq 100); do
        [ "$(grep -c '^02:55:53:52' "$work/emu.out")" -ge 254 ] && return 0
        sleep 0.05
    done
    echo "search_cli: the virtual modules did not start" >&2
    return 1
}

# Runs $1 searches; prints "found ms" per search.
searches() {
    for _ in $(seq "$1"); do
        start=$(now_ms)
        "$build/app/ctl/s2ectl" --broadcast 127.255.255.255 search --json >"$work/found.json" 2>/dev/null
        end=$(now_ms)
        echo "$(grep -o '"mac"' "$work/found.json" | wc -l) $((end - start))"
    done
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

start_modules 0 || exit 1
searches 10 >"$work/clean"
echo "search_254_cli_ms: $(cut -d' ' -f2 "$work/clean" | median)"
echo "search_254_cli_found_min: $(cut -d' ' -f1 "$work/clean" | sort -n | head -1)"

start_modules 10 || exit 1
searches 50 >"$work/lossy"
echo "search_254_loss10_all_found_runs: $(awk '$1 == 254' "$work/lossy" | wc -l) of 50"
echo "search_254_loss10_found_min: $(cut -d' ' -f1 "$work/lossy" | sort -n | head -1)"
echo "search_254_loss10_cli_ms: $(cut -d' ' -f2 "$work/lossy" | median)"
