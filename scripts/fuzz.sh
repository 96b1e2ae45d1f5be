#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang with address and undefined sanitizers)
# and runs each for SECONDS (default 60; one target per core at a time), seeded from the
# golden vectors. A crash, a sanitizer report or a broken round trip fails the run and
# leaves its input in build/fuzz/crashes/. Needs clang; without it, says so and exits 0.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds=${1:-60}
if ! command -v clang++ >/dev/null; then
    echo "clang++ not found: fuzzing skipped (apt-get install clang)"
    exit 0
fi
s2e_ensure_packages || exit 1
cd "$S2E_ROOT" || exit 1
{ cmake --preset fuzz >/dev/null && cmake --build --preset fuzz; } >&2 || exit 1

out="$S2E_ROOT/build/fuzz"
corpus="$out/corpus"
mkdir -p "$corpus" "$out/crashes"
# Seeds: the golden vectors, and a few hand-made inputs for decoders they do not cover.
python3 - "$S2E_ROOT/tests/data/vectors.json" "$corpus" <<'PY'
import json, os, sys
vectors = json.load(open(sys.argv[1]))
corpus = sys.argv[2]
seeds = {
    "searchreply": [k for k in vectors if k.startswith("search_reply")],
    "shortreply": [k for k in vectors if k.startswith("short_reply")],
    "readreply": ["read_reply_180", "read_reply_193"],
    "requestframe": [k for k in vectors if k.endswith("_request")],
    "rfc2217": [k for k in vectors if k.startswith("rfc2217")],
}
extra = {
    "atreply": [b"\r\n+OK=V4017\r\n", b"AT+UART\r\r\n+OK=115200,8,1,NONE,NFC\r\n", b"\n+ERR=-2\n"],
    "netat": [b"192.168.0.7,D8B04CC00D65,USR-K7"],
    "tftp": [b"\x00\x01firmware.bin\x00octet\x00", b"\x00\x03\x00\x01" + b"x" * 512, b"\x00\x04\x00\x01"],
    "bootp": [bytes([1, 1, 6]) + bytes(297), bytes([2, 1, 6]) + bytes(297)],
    "fsimage": [bytes(4)],
    "modbus": [bytes.fromhex("010300000001840A"), bytes.fromhex("123400000006110300000002")],
}
for target in list(seeds) + list(extra):
    os.makedirs(os.path.join(corpus, target), exist_ok=True)
for target, keys in seeds.items():
    for key in keys:
        with open(os.path.join(corpus, target, key), "wb") as f:
            f.write(bytes.fromhex(vectors[key]["hex"].replace(" ", "")))
# The 302's read whole, with the fuzz target's first byte saying "three pieces".
extra["readreply"] = [b"\x02" + b"".join(bytes.fromhex(d) for d in vectors["read_reply_302"]["datagrams"])]
for target, inputs in extra.items():
    for i, data in enumerate(inputs):
        with open(os.path.join(corpus, target, "seed%d" % i), "wb") as f:
            f.write(data)
PY

# run_target NAME: one target for SECONDS; prints one line (and the log's end on failure).
run_target() {
    local target=$1 log="$out/fuzz_$1.log"
    if "$out/fuzz/fuzz_$target" -max_total_time="$seconds" -artifact_prefix="$out/crashes/$target-" \
            -print_final_stats=1 "$corpus/$target" >"$log" 2>&1; then
        echo "fuzz_$target: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs, no crash"
    else
        echo "fuzz_$target: FAILED (see $log and $out/crashes/)"$'\n'"$(tail -20 "$log")"
        return 1
    fi
}

# One target per core at a time.
status=0
running=0
for target in searchreply shortreply readreply requestframe rfc2217 tftp bootp fsimage atreply netat modbus; do
    if [ $running -ge "$(nproc)" ]; then
        wait -n || status=1
        running=$((running - 1))
    fi
    run_target "$target" &
    running=$((running + 1))
done
while [ $running -gt 0 ]; do
    wait -n || status=1
    running=$((running - 1))
done
exit $status
