#!/usr/bin/env bash
# Start the dockopt image-build daemon (Debian's dockerd 20.10) unless it is
# already running. Idempotent. Needs root and the packages that setup.sh
# installs (docker.io). Prints the DOCKER_HOST line at the end.
#
# Isolation from any other docker on the machine: own socket, pid file,
# exec-root (so its own managed containerd), data-root, config file, log,
# and its own bridge interface (dockopt0) instead of docker0.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"

BRIDGE=dockopt0
# Subnet of the bridge and of user-defined networks. Chosen away from docker's
# defaults (172.17.0.0/16 and up) so a second, default dockerd would not clash.
BRIDGE_CIDR=172.31.213.1/24
ADDRESS_POOL=172.31.214.0/23

log() { printf '[start-daemon] %s\n' "$*" >&2; }

daemon_pid() {
    # The PID from our pid file, if that process is alive and is a dockerd
    # using our data-root (a stale file could name an unrelated process).
    local pid
    [[ -s $DOCKOPT_DOCKER_PIDFILE ]] || return 1
    pid="$(cat "$DOCKOPT_DOCKER_PIDFILE")"
    [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "--data-root $DOCKOPT_DOCKER_DATA" || return 1
    printf '%s\n' "$pid"
}

daemon_ready() { "$DOCKOPT_DOCKER" version >/dev/null 2>&1; }

if [[ ! -x /usr/sbin/dockerd || ! -x $DOCKOPT_DOCKER ]]; then
    log "docker.io is not installed: run build/images/setup.sh first"
    exit 1
fi

# A `docker` that is Debian's 20.10 client, for PATH (see env.sh).
mkdir -p "$DOCKOPT_DOCKER_BIN"
ln -sfn "$DOCKOPT_DOCKER" "$DOCKOPT_DOCKER_BIN/docker"

if pid="$(daemon_pid)" && daemon_ready; then
    log "already running (pid $pid)"
else
    if pid="$(daemon_pid)"; then
        log "pid $pid exists but does not answer yet; waiting for it"
    else
        mkdir -p "$DOCKOPT_DOCKER_RUN" "$DOCKOPT_DOCKER_DATA"
        rm -f "$DOCKOPT_DOCKER_SOCK" "$DOCKOPT_DOCKER_PIDFILE"
        # A daemon that was killed rather than stopped (as when a CI run ends every process a
        # session left) leaves its managed containerd's runtime state behind, and the next
        # containerd then never comes up; it also leaves mounts behind (its network namespace
        # under the exec-root), which make a plain `rm -rf` fail. Nothing of ours runs now:
        # end a containerd that outlived its dockerd, unmount what it left, and clear that
        # runtime state (images live in the data-root).
        pkill -KILL -f -- "$DOCKOPT_DOCKER_RUN/exec/containerd" 2>/dev/null || true
        dockopt_unmount_below "$DOCKOPT_DOCKER_RUN" "$DOCKOPT_DOCKER_DATA"
        if ! rm -rf "$DOCKOPT_DOCKER_RUN/exec" 2>/dev/null; then
            # Something is still busy (a mount that would not go even lazily): start on a
            # fresh exec-root name and leave the old one; it is tmpfs and goes at reboot.
            stale="$DOCKOPT_DOCKER_RUN/exec.stale.$$"
            log "WARNING: could not clear $DOCKOPT_DOCKER_RUN/exec; moving it to $stale"
            mv "$DOCKOPT_DOCKER_RUN/exec" "$stale"
        fi

        # Own bridge: dockerd only attaches to a bridge passed by --bridge if it
        # exists already; it then uses the bridge's address as the gateway.
        if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
            ip link add name "$BRIDGE" type bridge
            ip addr add "$BRIDGE_CIDR" dev "$BRIDGE"
        fi
        ip link set "$BRIDGE" up

        # Own config file, so /etc/docker/daemon.json (if any) does not apply.
        cat >"$DOCKOPT_DOCKER_RUN/daemon.json" <<JSON
{
  "default-address-pools": [{ "base": "$ADDRESS_POOL", "size": 28 }],
  "features": { "buildkit": true }
}
JSON

        start() {
            local driver=$1
            log "starting dockerd (storage driver $driver), log: $DOCKOPT_DOCKER_LOG"
            # setsid: own session, so the daemon survives the calling shell and
            # gets no terminal signals. dockerd writes the pid file itself.
            setsid /usr/sbin/dockerd \
                --config-file "$DOCKOPT_DOCKER_RUN/daemon.json" \
                --host "$DOCKER_HOST" \
                --pidfile "$DOCKOPT_DOCKER_PIDFILE" \
                --exec-root "$DOCKOPT_DOCKER_RUN/exec" \
                --data-root "$DOCKOPT_DOCKER_DATA" \
                --storage-driver "$driver" \
                --bridge "$BRIDGE" \
                </dev/null >>"$DOCKOPT_DOCKER_LOG" 2>&1 &
            launched=$!
        }
        wait_ready() {
            local i
            for ((i = 0; i < 120; i++)); do
                daemon_ready && return 0
                # Gave up already (e.g. storage driver refused)?
                kill -0 "$launched" 2>/dev/null || return 1
                sleep 0.5
            done
            return 1
        }

        # overlay2 is what every real docker host uses; vfs (a full copy per
        # layer: slow, large) only if this kernel/filesystem cannot do overlay2.
        # A data-root once used with vfs is kept on vfs (a marker file says so).
        driver=overlay2
        [[ -e $DOCKOPT_DOCKER_DATA/.dockopt-vfs ]] && driver=vfs
        log_mark="$(stat -c %s "$DOCKOPT_DOCKER_LOG" 2>/dev/null || echo 0)"
        start "$driver"
        if ! wait_ready; then
            kill "$launched" 2>/dev/null || true
            sleep 2
            # Fall back only when it was the storage driver that failed.
            if [[ $driver == overlay2 ]] &&
                tail -c "+$((log_mark + 1))" "$DOCKOPT_DOCKER_LOG" | grep -qi overlay; then
                tail -c "+$((log_mark + 1))" "$DOCKOPT_DOCKER_LOG" | grep -i overlay | tail -n 5 >&2
                log "WARNING: dockerd did not come up with overlay2 (above; $DOCKOPT_DOCKER_LOG)"
                log "WARNING: falling back to the vfs storage driver"
                touch "$DOCKOPT_DOCKER_DATA/.dockopt-vfs"
                driver=vfs
                start vfs
                wait_ready || { log "dockerd did not start; see $DOCKOPT_DOCKER_LOG"; tail -n 30 "$DOCKOPT_DOCKER_LOG" >&2; exit 1; }
            else
                log "dockerd did not start; see $DOCKOPT_DOCKER_LOG"
                tail -n 30 "$DOCKOPT_DOCKER_LOG" >&2
                exit 1
            fi
        fi
    fi
    for ((i = 0; i < 120; i++)); do daemon_ready && break; sleep 0.5; done
    daemon_ready || { log "dockerd does not answer; see $DOCKOPT_DOCKER_LOG"; exit 1; }
    log "running: pid $(daemon_pid), storage driver $("$DOCKOPT_DOCKER" info --format '{{.Driver}}')"
fi

echo "DOCKER_HOST=$DOCKER_HOST"
echo "DOCKER_BUILDKIT=1"
echo "DOCKOPT_DOCKER=$DOCKOPT_DOCKER"
