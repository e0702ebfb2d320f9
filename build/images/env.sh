# shellcheck shell=bash
# Source this file to talk to the dockopt image-build daemon:
#
#     source build/images/env.sh      # after build/images/setup.sh (or start-daemon.sh)
#     docker build -t demo samples/flask-naive
#
# Which client: the daemon is Debian's docker.io 20.10 (API 1.41) with its
# built-in BuildKit. The machine may also have a newer docker CLI (28.x, in
# /usr/local/bin) first on PATH: it negotiates the API version down for plain
# commands (ps, run, images ...), but with DOCKER_BUILDKIT=1 its `docker build`
# needs the buildx plugin, which is not installed and cannot be fetched here,
# so builds fail with "BuildKit is enabled but the buildx component is missing".
# Debian's own client, /usr/bin/docker (20.10), does BuildKit builds through
# the daemon's built-in BuildKit. This file therefore puts a directory holding
# only a `docker` link to /usr/bin/docker first on PATH, and exports its path
# as DOCKOPT_DOCKER for callers that prefer an absolute path (C# tests, CI).
#
# Nothing here starts anything; it sets variables and defines one function.

DOCKOPT_IMAGES_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOCKOPT_IMAGES_DIR

# Everything the daemon owns lives outside the repository.
export DOCKOPT_DOCKER_RUN=/run/dockopt-docker                  # socket, pid file, exec-root
export DOCKOPT_DOCKER_SOCK="$DOCKOPT_DOCKER_RUN/docker.sock"
export DOCKOPT_DOCKER_PIDFILE="$DOCKOPT_DOCKER_RUN/dockerd.pid"
export DOCKOPT_DOCKER_DATA=/var/lib/dockopt-docker             # data-root (images, build cache)
export DOCKOPT_DOCKER_LOG=/var/log/dockopt-dockerd.log
export DOCKOPT_IMAGE_CACHE=/var/cache/dockopt-images          # debootstrap tarballs, build contexts
export DOCKOPT_DOCKER_BIN=/usr/local/lib/dockopt-docker/bin   # holds only `docker` -> /usr/bin/docker
export DOCKOPT_DOCKER=/usr/bin/docker                         # the 20.10 client (see above)

export DOCKER_HOST="unix://$DOCKOPT_DOCKER_SOCK"
export DOCKER_BUILDKIT=1

case ":$PATH:" in
    *":$DOCKOPT_DOCKER_BIN:"*) ;;
    *) export PATH="$DOCKOPT_DOCKER_BIN:$PATH" ;;
esac

# Unmount whatever is mounted strictly below the given directories, deepest
# first (the directories themselves stay: the data-root may be a mount point
# of its own). A dockerd that was killed rather than stopped leaves its
# network namespace bind-mounted under the exec-root (exec/netns/default) and
# possibly container root filesystems under the data-root; such a mount makes
# `rm -rf` of the exec-root fail with "Device or resource busy".
dockopt_unmount_below() {
    local dir mnt
    for dir in "$@"; do
        awk -v dir="${dir%/}/" 'index($2, dir) == 1 { print $2 }' /proc/mounts
    done | sort -r -u | while read -r mnt; do
        umount "$mnt" 2>/dev/null || umount -l "$mnt" 2>/dev/null || true
    done
}
