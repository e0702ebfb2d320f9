#!/usr/bin/env bash
# Build the root filesystem of the debian:bookworm-slim stand-in, as a tar.
#
#   make-rootfs.sh CACHE_DIR      -> prints the path of the rootfs tar
#
# debootstrap --variant=minbase bookworm, then trimmed the way the official
# slim image is (debuerreotype's "slimify" and "minimizing-config" steps):
# dpkg path-exclude rules for docs/man/info/locales, apt's docker-clean
# settings, no apt lists, no logs. The mirror and apt settings are taken from
# this machine's apt configuration (host-apt-config.sh); no host name is
# written into the repository.
#
# Caches in CACHE_DIR (outside the repo):
#   debootstrap-debs-<arch>/           the downloaded .debs (debootstrap --cache-dir)
#   bookworm-slim-<arch>-<key>.tar     the finished rootfs; <key> hashes this
#                                      script and the apt settings, so a change
#                                      of either rebuilds it
# Delete CACHE_DIR to start from the mirror again.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache=${1:?usage: make-rootfs.sh CACHE_DIR}
mkdir -p "$cache"
log() { printf '[make-rootfs] %s\n' "$*" >&2; }

arch="$(dpkg --print-architecture)"
apt_cfg="$cache/host-apt"
"$here/host-apt-config.sh" "$apt_cfg"
mirror="$(cat "$apt_cfg/mirror")"

key="$(cat "${BASH_SOURCE[0]}" "$here/host-apt-config.sh" \
    <(find "$apt_cfg" -type f | sort | xargs cat) | sha256sum | cut -c1-16)"
rootfs_tar="$cache/bookworm-slim-$arch-$key.tar"
if [[ -s $rootfs_tar ]]; then
    log "cached: $rootfs_tar"
    echo "$rootfs_tar"
    exit 0
fi

# debootstrap fetches with wget, not apt: hand it the host's apt proxy, if any.
proxy="$(apt-config dump | sed -n 's/^Acquire::http::Proxy "\(.*\)";$/\1/p' | head -n 1)"
[[ -n $proxy && $proxy != DIRECT ]] && export http_proxy="$proxy"

work="$(mktemp -d "$cache/work.XXXXXX")"
root="$work/root"
cleanup() {
    # debootstrap mounts /proc and /sys in the target while it works.
    for m in proc sys dev/pts dev; do
        if mountpoint -q "$root/$m" 2>/dev/null; then umount -l "$root/$m" || true; fi
    done
    if mountpoint -q "$root"; then umount -l "$root" || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM   # so that cleanup (unmounting the tmpfs) runs then, too

# The .debs, kept for the next run (debootstrap --cache-dir checks each one
# against the mirror's Packages index and fetches only what is missing).
debs="$cache/debootstrap-debs-$arch"
mkdir -p "$debs"
# debootstrap downloads one file at a time (about 15 s for the ~90 .debs);
# apt fetches the usual set in a couple of seconds. Versions are bookworm's,
# as debootstrap picks them. Best effort: anything missed, debootstrap gets.
mkdir -p "$work/prefetch"
if (cd "$work/prefetch" &&
    grep -v '^#' "$here/minbase-packages.txt" | sed 's|$|/bookworm|' |
    xargs apt-get -q -o APT::Sandbox::User=root download) >"$work/prefetch.log" 2>&1; then
    find "$work/prefetch" -name '*.deb' -exec mv -n -t "$debs" {} +
else
    log "prefetch with apt failed (see below); debootstrap downloads everything"
    tail -n 5 "$work/prefetch.log" >&2
fi

# Unpack into a tmpfs: dpkg syncs every file it writes, which on this disk
# costs more than the unpacking itself. The tar goes to the disk at the end.
mkdir -p "$root"
mount -t tmpfs -o size=4g,mode=755 dockopt-rootfs "$root"

log "debootstrap --variant=minbase bookworm"
debootstrap --variant=minbase --arch="$arch" --cache-dir="$debs" \
    bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }

log "trimming like the official slim image"
# --- slimify: what dpkg must not unpack from now on, and what goes now ---
excludes=(
    '/usr/share/doc/*'
    '/usr/share/info/*'
    '/usr/share/linda/*'
    '/usr/share/lintian/overrides/*'
    '/usr/share/locale/*'
    '/usr/share/man/*'
    '/usr/share/doc/kde/HTML/*/*'
    '/usr/share/gnome/help/*/*'
    '/usr/share/omf/*/*-*.emf'
)
includes=(
    '/usr/share/doc/*/copyright'
    '/usr/share/doc/kde/HTML/C/*'
    '/usr/share/gnome/help/*/C/*'
    '/usr/share/locale/all_languages'
    '/usr/share/locale/currency/*'
    '/usr/share/locale/l10n/*'
    '/usr/share/locale/languages'
    '/usr/share/locale/locale.alias'
    '/usr/share/omf/*/*-C.emf'
)
{
    echo "# dpkg: do not unpack documentation, man pages, info pages or translations"
    echo "# (as in the official debian:*-slim images)"
    for p in "${excludes[@]}"; do echo "path-exclude $p"; done
    for p in "${includes[@]}"; do echo "path-include $p"; done
} >"$root/etc/dpkg/dpkg.cfg.d/docker"
keep=()
for p in "${includes[@]}"; do keep+=(-o -path "$root$p"); done
for p in "${excludes[@]}"; do
    dir="$root$(dirname "$p")"
    [[ -d $dir ]] || continue
    find "$dir" -mindepth 1 -depth -path "$root$p" -not -type d \
        -not \( -false "${keep[@]}" \) -delete
    find "$dir" -mindepth 1 -depth -type d -empty -delete
done

# --- minimizing-config: the apt/dpkg settings of the official images ---
cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'EOF'
# Packages are installed in `docker build` layers, where apt's caches only
# make layers bigger: remove downloaded .debs and the binary caches.
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
cat >"$root/etc/apt/apt.conf.d/docker-autoremove-suggests" <<'EOF'
# Do not keep packages around only because something Suggests them.
Apt::AutoRemove::SuggestsImportant "false";
EOF
cat >"$root/etc/apt/apt.conf.d/docker-gzip-indexes" <<'EOF'
# Keep `apt-get update` lists compressed on disk (smaller layers).
Acquire::GzipIndexes "true";
EOF
cat >"$root/etc/apt/apt.conf.d/docker-no-languages" <<'EOF'
# No Translation files.
Acquire::Languages "none";
EOF
cat >"$root/etc/dpkg/dpkg.cfg.d/docker-apt-speedup" <<'EOF'
# No fsync per file while unpacking: the layer is committed as a whole.
force-unsafe-io
EOF
# Services are never started by package installs inside images.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# --- apt sources and settings: the host's own (see host-apt-config.sh) ---
rm -f "$root/etc/apt/sources.list"
cp -a "$apt_cfg/etc/apt/." "$root/etc/apt/"

# --- leftovers of the bootstrap that an image must not carry ---
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin \
    "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/archives/partial/* \
    "$root"/var/cache/debconf/*-old "$root"/var/lib/dpkg/*-old \
    "$root"/var/log/apt/* "$root"/var/log/*.log "$root"/var/log/bootstrap.log \
    "$root"/root/.bash_history "$root"/tmp/* "$root"/var/tmp/*
mkdir -p "$root/var/lib/apt/lists/partial"
# docker supplies these at run time; debootstrap copied the host's.
rm -f "$root/etc/resolv.conf" "$root/etc/hostname"
: >"$root/etc/hostname"
: >"$root/etc/resolv.conf"
[[ -e $root/etc/machine-id ]] && : >"$root/etc/machine-id"

tar --numeric-owner --xattrs -C "$root" -cf "$work/rootfs.tar" .
mv "$work/rootfs.tar" "$rootfs_tar"
# Older rootfs tars (other keys) are of no further use.
find "$cache" -maxdepth 1 -name "bookworm-slim-$arch-*.tar" ! -path "$rootfs_tar" -delete
log "done: $rootfs_tar ($(du -h "$rootfs_tar" | cut -f1))"
echo "$rootfs_tar"
