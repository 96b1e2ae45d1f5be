#!/usr/bin/env bash
# upgrade_64k_lan_ms: a 64 KiB firmware upgrade on the LAN of scripts/lan.sh, through the
# virtual module's TI-style boot loader: find, magic packet, BOOTP, 128 TFTP blocks, the
# module's restart (no delay) and the search that sees its new version. Beside it, in the
# same run and over the same link, tftp_64k_lan_ms: the same file read by curl from
# tftpd-hpa, 512-byte blocks in lock step as the loader reads them.
# Needs root and ip netns; says why and prints nothing else when it cannot run.
# Usage: upgrade_lan.sh BUILD_DIR
set -u
build=${1:?usage: upgrade_lan.sh BUILD_DIR}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lan=s2eb$$
work=$(mktemp -d)
chmod 755 "$work" # tftpd-hpa reads as an unprivileged user
emu_pid=
tftpd_pid=
cleanup() {
    [ -n "$emu_pid" ] && kill "$emu_pid" 2>/dev/null
    [ -n "$tftpd_pid" ] && kill "$tftpd_pid" 2>/dev/null
    wait 2>/dev/null
    sh "$root/scripts/lan.sh" down "$lan"
    rm -rf "$work"
}
trap cleanup EXIT
if ! sh "$root/scripts/lan.sh" up "$lan" 2>"$work/why"; then
    echo "upgrade_lan: skipped: $(cat "$work/why")" >&2
    exit 0
fi
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# An image that passes the checks: stack pointer in SRAM, odd reset vector, version marker.
python3 - "$work/fw.bin" <<'PY'
import sys
image = bytearray((i * 31 + i // 509) & 0xFF for i in range(65536))
image[0:8] = (0x20008000).to_bytes(4, "little") + (0x4101).to_bytes(4, "little")
marker = b"S2E-FW-VERSION=4100\0"
image[64:64 + len(marker)] = marker
open(sys.argv[1], "wb").write(image)
PY

ip netns exec "$lan-m1" "$build/app/emu/s2e-emu" --first-address 10.77.0.7 --no-serial --reboot-ms 0 \
    >"$work/emu.log" 2>&1 &
emu_pid=$!
for _ in $(seq 50); do grep -q listening "$work/emu.log" && break; sleep 0.1; done
start=$(now_ms)
if ! ip netns exec "$lan-h" "$build/app/ctl/s2ectl" upgrade 02:55:53:52:00:01 "$work/fw.bin" \
        >"$work/upgrade.out" 2>"$work/upgrade.err"; then
    cat "$work/upgrade.err" >&2
    exit 1
fi
echo "upgrade_64k_lan_ms: $(( $(now_ms) - start ))"

if command -v in.tftpd >/dev/null && command -v curl >/dev/null; then
    ip netns exec "$lan-h" in.tftpd -L -s "$work" -a 10.77.0.1:69 &
    tftpd_pid=$!
    sleep 0.3
    start=$(now_ms)
    if ip netns exec "$lan-m1" curl -sS --tftp-blksize 512 --tftp-no-options -o "$work/read.bin" \
            tftp://10.77.0.1/fw.bin && cmp -s "$work/fw.bin" "$work/read.bin"; then
        echo "tftp_64k_lan_ms: $(( $(now_ms) - start ))"
    else
        echo "upgrade_lan: the TFTP peer did not read the file back" >&2
    fi
else
    echo "upgrade_lan: no peer (apt-get install tftpd-hpa curl)" >&2
fi
