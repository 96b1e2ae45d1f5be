#!/bin/sh
# A small LAN of network namespaces for tests and benchmarks, with nothing else on it:
#   NAME-h   this PC, eth0 10.77.0.1/24
#   NAME-m1  a module on the PC's subnet, eth0 10.77.0.7/24
#   NAME-m2  a module on a foreign subnet of the same segment, eth0 192.168.0.7/24, with no
#            route beyond it (its gateway 192.168.0.1 does not exist)
# joined by a bridge in NAME-b. Everything sent there stays there.
#   lan.sh up NAME     makes it (needs root and ip netns); says why on failure
#   lan.sh down NAME   removes it
set -u
action=${1:-}
name=${2:-}
if [ -z "$name" ] || { [ "$action" != up ] && [ "$action" != down ]; }; then
    echo "usage: lan.sh up|down NAME" >&2
    exit 2
fi

down() {
    for ns in h m1 m2 b; do
        ip netns del "$name-$ns" 2>/dev/null
    done
    return 0
}

if [ "$action" = down ]; then
    down
    exit 0
fi

fail() {
    echo "$1" >&2
    down
    exit 1
}

[ "$(id -u)" -eq 0 ] || fail "needs root for ip netns"
for ns in b h m1 m2; do
    ip netns add "$name-$ns" || fail "ip netns add failed"
    ip -n "$name-$ns" link set lo up || fail "cannot bring lo up in $name-$ns"
done
ip -n "$name-b" link add br0 type bridge || fail "cannot create a bridge"
ip -n "$name-b" link set br0 up
for host in h:10.77.0.1/24 m1:10.77.0.7/24 m2:192.168.0.7/24; do
    ns=${host%%:*}
    address=${host#*:}
    ip -n "$name-b" link add "p-$ns" type veth peer name eth0 netns "$name-$ns" \
        || fail "cannot create veth pairs here"
    ip -n "$name-b" link set "p-$ns" master br0 up
    ip -n "$name-$ns" addr add "$address" brd + dev eth0
    ip -n "$name-$ns" link set eth0 up
done
ip -n "$name-m2" route add default via 192.168.0.1 dev eth0 || fail "cannot add a route"
