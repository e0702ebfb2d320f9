#!/usr/bin/env bash
# Stop the dockopt image-build daemon started by start-daemon.sh / setup.sh.
# Ends only the process named in its pid file (after checking that it is our
# dockerd), waits for it to exit (it stops its containers and its own
# containerd itself), and removes the dockopt0 bridge. Images stay in the
# data-root for the next start.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"

log() { printf '[stop] %s\n' "$*" >&2; }

if [[ ! -s $DOCKOPT_DOCKER_PIDFILE ]]; then
    log "not running (no pid file)"
    exit 0
fi
pid="$(cat "$DOCKOPT_DOCKER_PIDFILE")"
if [[ ! $pid =~ ^[0-9]+$ ]] || [[ ! -r /proc/$pid/cmdline ]] ||
    ! tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "--data-root $DOCKOPT_DOCKER_DATA"; then
    log "stale pid file ($pid is not our dockerd); removing it"
    rm -f "$DOCKOPT_DOCKER_PIDFILE"
    exit 0
fi

log "stopping dockerd pid $pid"
kill -TERM "$pid"
for ((i = 0; i < 60; i++)); do
    [[ -e /proc/$pid ]] || break
    sleep 0.5
done
if [[ -e /proc/$pid ]]; then
    log "still running after 30 s; sending KILL to $pid"
    kill -KILL "$pid" || true
fi
rm -f "$DOCKOPT_DOCKER_PIDFILE"
# dockerd leaves its network namespace bind-mounted under the exec-root (and,
# after a KILL, possibly container mounts under the data-root): unmount
# what is left below our two directories, deepest first.
dockopt_unmount_below "$DOCKOPT_DOCKER_RUN" "$DOCKOPT_DOCKER_DATA"
ip link delete dockopt0 2>/dev/null || true
log "stopped"
