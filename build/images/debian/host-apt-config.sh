#!/usr/bin/env bash
# Derive apt settings for the images from this machine's own apt configuration.
#
#   host-apt-config.sh OUTDIR
#
# writes (nothing in the repository: OUTDIR is a cache folder):
#   OUTDIR/etc/apt/sources.list.d/debian.sources  the host's enabled Debian
#       bookworm entries (deb822 stanzas as they are; one-line entries of
#       *.list files converted), for the images' /etc/apt
#   OUTDIR/etc/apt/apt.conf.d/90dockopt-host       the host's proxy and
#       Check-Valid-Until/Check-Date settings, if any
#   OUTDIR/mirror                                  the URI that serves the
#       `bookworm` suite, for debootstrap
#
# Only bookworm* suites are taken (the images are bookworm); other
# repositories on the host (vendor repos, disabled files) are left out.
set -euo pipefail

out=${1:?usage: host-apt-config.sh OUTDIR}
rm -rf "$out"
mkdir -p "$out/etc/apt/sources.list.d" "$out/etc/apt/apt.conf.d"

etc_apt=${DOCKOPT_HOST_APT_DIR:-/etc/apt}   # override only for testing this script
sources=()
[[ -f $etc_apt/sources.list ]] && sources+=("$etc_apt/sources.list")
shopt -s nullglob
sources+=("$etc_apt"/sources.list.d/*.list "$etc_apt"/sources.list.d/*.sources)
shopt -u nullglob

deb822="$out/etc/apt/sources.list.d/debian.sources"
for f in "${sources[@]}"; do
    if [[ $f == *.sources ]]; then
        # deb822: paragraphs separated by blank lines; keep an enabled `deb`
        # paragraph whose Suites are all bookworm*, without its comments.
        awk -v mirrorfile="$out/mirror.$$" '
            BEGIN { RS = ""; FS = "\n" }
            {
                text = ""; types = ""; uris = ""; suites = ""; enabled = "yes"
                for (i = 1; i <= NF; i++) {
                    line = $i
                    if (line ~ /^#/) continue
                    text = text line "\n"
                    if (line ~ /^[ \t]/) continue        # continuation line
                    key = tolower(line); sub(/:.*/, "", key)
                    val = line; sub(/^[^:]*:[ \t]*/, "", val)
                    if (key == "types") types = val
                    else if (key == "uris") uris = val
                    else if (key == "suites") suites = val
                    else if (key == "enabled") enabled = tolower(val)
                }
                if (enabled == "no" || (" " types " ") !~ / deb /) next
                n = split(suites, s, /[ \t]+/); ok = n > 0; main = 0
                for (j = 1; j <= n; j++) {
                    if (s[j] !~ /^bookworm(-[a-z]+)?$/) ok = 0
                    if (s[j] == "bookworm") main = 1
                }
                if (!ok) next
                gsub(/(^|\n)Types:[^\n]*/, "\nTypes: deb", text)   # no deb-src in images
                sub(/^\n/, "", text)
                printf "%s\n", text
                if (main) { split(uris, u, /[ \t]+/); print u[1] > mirrorfile }
            }' "$f" >>"$deb822"
    else
        # One-line format: deb [options] URI SUITE COMPONENT...
        while read -r type rest; do
            [[ $type == deb ]] || continue
            options=""
            if [[ $rest == \[* ]]; then
                options=${rest%%]*}; options=${options#[}
                rest=${rest#*]}
            fi
            read -r uri suite components <<<"$rest"
            [[ $suite =~ ^bookworm(-[a-z]+)?$ ]] || continue
            {
                echo "Types: deb"
                echo "URIs: $uri"
                echo "Suites: $suite"
                echo "Components: $components"
                for opt in $options; do
                    case $opt in
                        signed-by=*) echo "Signed-By: ${opt#signed-by=}" ;;
                        arch=*) echo "Architectures: ${opt#arch=}" ;;
                        trusted=*) echo "Trusted: ${opt#trusted=}" ;;
                    esac
                done
                echo
            } >>"$deb822"
            [[ $suite == bookworm ]] && echo "$uri" >>"$out/mirror.$$"
        done < <(sed -e 's/#.*//' "$f")
    fi
done

if [[ ! -s $out/mirror.$$ ]]; then
    echo "host-apt-config: no enabled 'deb' source for the suite bookworm in /etc/apt/sources.list{,.d/}" >&2
    exit 1
fi
head -n 1 "$out/mirror.$$" >"$out/mirror"
rm -f "$out/mirror.$$"

# Settings that decide whether the mirror can be reached and its Release
# files accepted (e.g. a snapshot mirror needs Check-Valid-Until "false").
apt-config dump |
    grep -E '^Acquire::(https?|ftp)::Proxy|^Acquire::Check-(Valid-Until|Date) ' \
        >"$out/etc/apt/apt.conf.d/90dockopt-host" || true
[[ -s $out/etc/apt/apt.conf.d/90dockopt-host ]] || rm -f "$out/etc/apt/apt.conf.d/90dockopt-host"
