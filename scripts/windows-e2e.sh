#!/usr/bin/env bash
# The Windows programs end to end under Wine, against peers on Linux, in one network namespace
# of its own (only lo): a Linux s2e-emu with a K7, a 410S and a 302, found, read and written by
# s2ectl.exe; and s2ectl.exe console against a TCP peer, byte-exact both ways with binary data.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build=${1:-$S2E_ROOT/build/windows}
if [ -z "${S2E_IN_NAMESPACE:-}" ]; then
    emu="$S2E_ROOT/build/default/app/emu/s2e-emu"
    [ -x "$emu" ] || { S2E_PRESET=default s2e_build >/dev/null || exit 1; }
    source "$S2E_ROOT/scripts/wine-env.sh"
    s2e_wine_template || exit 1
    unshare -n true 2>/dev/null || { echo "End-to-end run skipped: no network namespace here (run as root)."; exit 0; }
    unshare -n env S2E_IN_NAMESPACE=1 bash -c 'ip link set lo up && exec bash "$0" "$1"' "$0" "$build" || exit 1
    # A search with s2ectl.exe's own targets (every adapter's broadcast, sent out of that
    # adapter) on the namespaces LAN of scripts/lan.sh: a module on the PC's subnet answers.
    lan=s2ewin$$
    sh "$S2E_ROOT/scripts/lan.sh" up "$lan" || exit 1
    trap 'sh "$S2E_ROOT/scripts/lan.sh" down "$lan"' EXIT
    ip netns exec "$lan-m1" "$emu" --first-address 10.77.0.7 --devices 1 --no-serial --at-port 0 --magic-port 0 \
        >/dev/null 2>&1 &
    lan_emu=$!
    sleep 1
    found=$(ip netns exec "$lan-h" env S2E_WINE_TEMPLATE="$S2E_WINE_TEMPLATE" bash -c '
        source "$0/scripts/wine-env.sh"
        export WINEPREFIX=$(mktemp -d /tmp/s2e-lan.XXXXXX)
        s2e_wine_prefix "$WINEPREFIX"
        /usr/lib/wine/wine64 "$1/s2ectl.exe" search --json | tr -d "\r"
        wineserver -k; rm -rf "$WINEPREFIX"' "$S2E_ROOT" "$build")
    kill "$lan_emu" 2>/dev/null
    echo "$found" | grep -q '"ip":"10.77.0.7"' || { echo "windows e2e: a search on every adapter found: $found" >&2; exit 1; }
    echo "s2ectl.exe search on every adapter (its own targets) found the module on a veth LAN."
    exit 0
fi
source "$S2E_ROOT/scripts/wine-env.sh"
work=$(mktemp -d /tmp/s2e-e2e.XXXXXX) || exit 1
export WINEPREFIX="$work/prefix"
s2e_wine_prefix "$WINEPREFIX" || exit 1
emu_pid=
trap '[ -n "$emu_pid" ] && kill "$emu_pid" 2>/dev/null; wineserver -k 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "windows e2e: $*" >&2; exit 1; }
ctl() { /usr/lib/wine/wine64 "$build/s2ectl.exe" --broadcast 127.255.255.255 --timeout 500 "$@" | tr -d '\r'; }

"$S2E_ROOT/build/default/app/emu/s2e-emu" --devices 3 --model k7,410s,302 --no-serial --at-port 0 \
    --magic-port 0 --reboot-ms 300 >"$work/emu.log" 2>&1 &
emu_pid=$!
for _ in $(seq 50); do grep -q 'USR-302-003' "$work/emu.log" && break; sleep 0.1; done
grep -q 'USR-302-003' "$work/emu.log" || fail "s2e-emu did not start: $(cat "$work/emu.log")"

found=$(ctl search --json)
python3 - "$found" <<'PY' || fail "search: $found"
import json, sys
modules = {m["mac"]: m for m in json.loads(sys.argv[1])}
expected = {"02:55:53:52:00:01": "127.0.0.2", "02:55:53:52:00:02": "127.0.0.3", "02:55:53:52:00:03": "127.0.0.4"}
assert {mac: m["ip"] for mac, m in modules.items()} == expected, modules
assert modules["02:55:53:52:00:03"]["model"] == "302"
PY
echo "s2ectl.exe search under Wine found the three virtual modules of a Linux s2e-emu."

for mac in 02:55:53:52:00:01 02:55:53:52:00:03; do
    ctl set "$mac" port1.baud=9600 name=WINE-SET >"$work/set.txt" || fail "set $mac: $(cat "$work/set.txt")"
    got=$(ctl get "$mac" --json)
    python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["port1.baud"]==9600 and d["name"]=="WINE-SET", d' "$got" \
        || fail "get $mac after set: $got"
done
echo "s2ectl.exe set then get round-trip on a K7 and a 302."

# Console: a TCP peer on Linux sends 256 KB of random bytes and records what comes back.
head -c 262144 /dev/urandom >"$work/down.bin"
head -c 262144 /dev/urandom >"$work/up.bin"
python3 - "$work" <<'PY' &
import socket, sys
work = sys.argv[1]
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 47001))
server.listen(1)
open(work + "/ready", "w").close()
server.settimeout(60)
peer, _ = server.accept()
peer.sendall(open(work + "/down.bin", "rb").read())
peer.settimeout(10)
received = b""
try:
    while len(received) < 262144:
        chunk = peer.recv(65536)
        if not chunk:
            break
        received += chunk
except socket.timeout:
    pass
open(work + "/up-received.bin", "wb").write(received)
peer.close()
PY
peer_pid=$!
for _ in $(seq 50); do [ -f "$work/ready" ] && break; sleep 0.1; done
/usr/lib/wine/wine64 "$build/s2ectl.exe" console --tcp 127.0.0.1:47001 --timeout 2000 <"$work/up.bin" >"$work/down-received.bin" \
    || fail "s2ectl.exe console exited with $?"
wait "$peer_pid"
cmp "$work/down.bin" "$work/down-received.bin" || fail "console: what the peer sent differs from what s2ectl.exe printed"
cmp "$work/up.bin" "$work/up-received.bin" || fail "console: what s2ectl.exe read from stdin differs from what the peer got"
echo "s2ectl.exe console: 256 KB of random bytes each way, byte-exact."
