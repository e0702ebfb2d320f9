#!/usr/bin/env bash
# Set up the offline image-build harness on this machine (run as root).
# Idempotent: a second run only checks what is there (a few seconds).
#
#  1. apt-get installs Debian's docker.io (dockerd 20.10 with built-in
#     BuildKit) and debootstrap, --no-install-recommends.
#  2. Builds the debian:bookworm-slim root filesystem with debootstrap
#     (cached in /var/cache/dockopt-images), in the background meanwhile.
#  3. Starts a private dockerd (start-daemon.sh: own socket, pid file,
#     data-root, bridge; overlay2).
#  4. Imports that rootfs as debian:bookworm-slim and builds the stand-ins
#     python:3.11-slim and python:3.11 from python/Dockerfile (Debian's
#     python3.11, pip offline from a baked-in folder of wheels).
#
# Afterwards:   source build/images/env.sh; docker build ...
# Stop with:    build/images/stop.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"

SECONDS=0
log() { printf '[setup %3ds] %s\n' "$SECONDS" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
[[ $EUID -eq 0 ]] || die "run as root"
mkdir -p "$DOCKOPT_IMAGE_CACHE"
logs="$DOCKOPT_IMAGE_CACHE/logs"
mkdir -p "$logs"

# ---------------------------------------------------------------- packages
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" \
        >>"$logs/apt.log" 2>&1 || { tail -n 30 "$logs/apt.log" >&2; die "apt-get install $* failed"; }
}
# docker.io's maintainer scripts would start Debian's default dockerd
# (/var/run/docker.sock, /var/lib/docker) where an init system exists; a
# policy-rc.d that answers 101 forbids that. Only added if none exists.
policy=/usr/sbin/policy-rc.d
remove_policy=false
cleanup() {
    if $remove_policy; then rm -f "$policy"; fi
    if [[ -n ${rootfs_pid:-} ]]; then kill "$rootfs_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

updated=false
apt_update() {
    $updated && return 0
    log "apt-get update"
    apt-get update -q >>"$logs/apt.log" 2>&1 || { tail -n 30 "$logs/apt.log" >&2; die "apt-get update failed"; }
    updated=true
}
if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\n# added by dockopt build/images/setup.sh while it installs packages\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    remove_policy=true
fi

# docker.io pulls containerd, runc, tini (docker-init) and iptables; curl is
# what selftest.sh polls the sample apps with.
missing=()
for p in debootstrap docker.io curl; do installed "$p" || missing+=("$p"); done
# (Update before the rootfs build starts: it reads the apt lists.)
((${#missing[@]} == 0)) || apt_update

# debootstrap first: the rootfs build then runs while docker.io is installed.
if ! installed debootstrap; then
    log "installing debootstrap"
    apt_install debootstrap
fi

log "building the debian:bookworm-slim rootfs in the background (log: $logs/rootfs.log)"
"$here/debian/make-rootfs.sh" "$DOCKOPT_IMAGE_CACHE" >"$logs/rootfs.path" 2>"$logs/rootfs.log" &
rootfs_pid=$!

missing=()
for p in docker.io curl; do installed "$p" || missing+=("$p"); done
if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    apt_install "${missing[@]}"
fi
if $remove_policy; then rm -f "$policy"; remove_policy=false; fi

# ------------------------------------------------------------------ daemon
"$here/start-daemon.sh" >/dev/null
docker() { "$DOCKOPT_DOCKER" "$@"; }
log "dockerd: $(docker version --format 'server {{.Server.Version}}, API {{.Server.APIVersion}}'), storage driver $(docker info --format '{{.Driver}}')"

# ------------------------------------------------------ debian:bookworm-slim
if ! wait "$rootfs_pid"; then
    rootfs_pid=""
    cat "$logs/rootfs.log" >&2
    die "building the rootfs failed"
fi
rootfs_pid=""
rootfs_tar="$(cat "$logs/rootfs.path")"
rootfs_key="$(basename "$rootfs_tar" .tar)"
current="$(docker image inspect --format '{{index .Config.Labels "org.dockopt.rootfs"}}' debian:bookworm-slim 2>/dev/null || true)"
if [[ $current == "$rootfs_key" ]]; then
    log "debian:bookworm-slim is up to date ($rootfs_key)"
else
    log "importing debian:bookworm-slim from $rootfs_tar"
    # Config as in the official image: default PATH, CMD bash. The label
    # tells re-runs which rootfs it came from (and marks it a stand-in).
    old_id="$(docker image inspect --format '{{.Id}}' debian:bookworm-slim 2>/dev/null || true)"
    docker import \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'CMD ["bash"]' \
        --change "LABEL org.dockopt.rootfs=$rootfs_key" \
        "$rootfs_tar" debian:bookworm-slim >/dev/null
    docker tag debian:bookworm-slim debian:12-slim
    [[ -z $old_id ]] || docker rmi "$old_id" >/dev/null 2>&1 || true   # refused while in use
fi

# ------------------------------------------------------ python stand-ins
# The build context is a copy outside the repo (the Dockerfile needs nothing
# else; builds that are cached take a few seconds).
ctx="$DOCKOPT_IMAGE_CACHE/python-context"
rm -rf "$ctx"
mkdir -p "$ctx"
cp -a "$here/python/." "$ctx/"
# One solve for both images first (the "all" target), so that BuildKit runs
# the slim stages and the long apt-get install of the full image side by
# side; the tagged builds after it are cache hits.
docker_build() {
    local logfile=$1
    shift
    DOCKER_BUILDKIT=1 docker build --progress=plain "$@" "$ctx" >"$logfile" 2>&1 ||
        { tail -n 40 "$logfile" >&2; die "docker build $* failed (log: $logfile)"; }
}
# Images these tags named before; removed below if nothing uses them anymore.
old_ids="$(docker image inspect --format '{{.Id}}' python:3.11-slim python:3.11 2>/dev/null || true)"
log "building python:3.11-slim and python:3.11 (log: $logs/python.log)"
# (Exported as a throw-away tag: the "local" exporter of this BuildKit needs
# the client session to stay alive to the very end, and long builds on a
# loaded machine lost it.)
docker_build "$logs/python.log" --target all -t dockopt-setup/python-all:latest
docker_build "$logs/python-slim.log" --target slim -t python:3.11-slim -t python:3.11-slim-bookworm
docker_build "$logs/python-full.log" --target full -t python:3.11 -t python:3.11-bookworm
docker rmi dockopt-setup/python-all:latest >/dev/null   # its stages stay in the build cache
for id in $old_ids; do
    # Untagged now? (rmi refuses, harmlessly, while a container or a tag uses it.)
    if [[ "$(docker image inspect --format '{{len .RepoTags}}' "$id" 2>/dev/null)" == 0 ]]; then
        docker rmi "$id" >/dev/null 2>&1 || true
    fi
done

# ------------------------------------------------------------------ summary
docker images --format '{{.Repository}}:{{.Tag}}\t{{.Size}}' |
    grep -E '^(debian:bookworm-slim|python:3\.11(-slim)?)\s' | sed 's/^/    /' >&2
log "done in ${SECONDS}s. To use the daemon:"
cat <<EOF
source $here/env.sh    # or set these:
DOCKER_HOST=$DOCKER_HOST
DOCKER_BUILDKIT=1
DOCKOPT_DOCKER=$DOCKOPT_DOCKER
EOF
