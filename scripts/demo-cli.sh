#!/usr/bin/env bash
# Builds s2e-studio and shows its command-line tools at work against five virtual modules on this machine's
# loopback interface (a USR-K7, a two-port TCP232-410S and an M0 TCP232-302, in turn): search, read,
# change and read back, then decode a datagram.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
s2e_ensure_packages || exit 1
s2e_build || exit 1

bin="$S2E_ROOT/build/${S2E_PRESET:-default}/app"
emu_log=$(mktemp)
links=$(mktemp -d)
"$bin/emu/s2e-emu" --devices 5 --model k7,410s,302 --port 0 --m0-port 0 --at-port 0 --magic-port 0 --reboot-ms 300 --pty-link "$links" >"$emu_log" 2>&1 &
emu_pid=$!
trap 'kill $emu_pid 2>/dev/null; wait $emu_pid 2>/dev/null; rm -rf "$emu_log" "$links"' EXIT
for _ in $(seq 50); do
    grep -q '^listening' "$emu_log" && break
    sleep 0.1
done
# "listening on UDP 0.0.0.0 (k7 on 40001, 410s on 40001, 302 on 40002), net AT on …"
port=$(sed -n 's/^listening on UDP .*k7 on \([0-9]*\).*/\1/p' "$emu_log")
m0_port=$(sed -n 's/^listening on UDP .*302 on \([0-9]*\).*/\1/p' "$emu_log")
at_port=$(sed -n 's/.*net AT on \([0-9]*\),.*/\1/p' "$emu_log")
[ -n "$port" ] && [ -n "$m0_port" ] || { cat "$emu_log"; exit 1; }
echo "Virtual modules (s2e-emu, UDP setting ports $port and, for the 302, $m0_port):"
sed 1d "$emu_log"
echo

ctl() {
    echo "\$ s2ectl $*"
    "$bin/ctl/s2ectl" --broadcast 127.255.255.255 --port "1901=$port,1500=$m0_port" "$@"
    echo
}
ctl search
ctl get 02:55:53:52:00:02
ctl set 02:55:53:52:00:02 port1.baud=9600 port1.mode=tcp-client name=Demo-2
ctl get 02:55:53:52:00:03
ctl set 02:55:53:52:00:03 port1.max_clients=8 name=Demo-302
ctl search --json
ctl at --serial "$links/ttyS2E1" AT+VER AT+WANN AT+UART=9600,8,1,NONE,NFC AT+UART
ctl at --net 127.0.0.4 --at-port "$at_port" AT+MID=Demo-3 AT+MID AT+SOCK
ctl decode FF 24 01 00 00 C0 A8 01 6B D8 B0 4C C0 0D 65 C3 0B 01 00 55 53 52 2D 4B 33 00 00 00 00 00 00 00 00 00 00 8E
