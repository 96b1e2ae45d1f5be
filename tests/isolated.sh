#!/bin/sh
# Runs one test in a network namespace of its own with only lo up, so tests that CTest runs
# in parallel never meet on a loopback address or port (virtual modules have fixed ones).
# Where namespaces are not allowed it runs the test as it is; scripts/test.sh then runs the
# tests one at a time.
for flags in -n -rn; do
    if unshare $flags true 2>/dev/null; then
        exec unshare $flags sh -c 'ip link set lo up && exec "$@"' sh "$@"
    fi
done
exec "$@"
