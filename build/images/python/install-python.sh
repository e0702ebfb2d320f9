#!/bin/bash
# Install Debian's python3.11 in the official python image's layout.
# Run by python/Dockerfile in a build stage (bind-mounted, not left in the
# image), as root, on debian:bookworm-slim:   install-python.sh [EXTRA_PACKAGE...]
#
# Expects _dockopt_layout.py and dockopt-layout.pth already copied to
# /usr/lib/python3/dist-packages/ (see that module for the install layout).
set -euo pipefail

# Debian marks its python as "externally managed" (PEP 668), so pip refuses
# to install outside a venv. The official images have no such marker: keep
# dpkg from ever unpacking it, now or in later `apt-get install`s.
echo 'path-exclude=/usr/lib/python3*/EXTERNALLY-MANAGED' \
    >/etc/dpkg/dpkg.cfg.d/dockopt-no-externally-managed

# ca-certificates, netbase and tzdata are what the official slim image adds
# to debian:bookworm-slim besides python; python3-distutils and python3.11-venv
# give back the distutils and venv/ensurepip that upstream python has built in.
apt-get update
apt-get install -y --no-install-recommends \
    ca-certificates netbase tzdata \
    python3.11 python3 python3-distutils python3.11-venv \
    "$@"
rm -rf /var/lib/apt/lists/*

# The interpreter in /usr/local/bin, as in the official image.
for name in python python3 python3.11; do ln -s /usr/bin/python3.11 "/usr/local/bin/$name"; done
for name in pydoc pydoc3 pydoc3.11; do ln -s /usr/bin/pydoc3.11 "/usr/local/bin/$name"; done
if [[ -x /usr/bin/python3.11-config ]]; then   # with python3.11-dev (full image)
    ln -s /usr/bin/python3.11-config /usr/local/bin/python3.11-config
    ln -s python3.11-config /usr/local/bin/python3-config
    ln -s python3.11-config /usr/local/bin/python-config
fi

# Packages go to /usr/local/lib/python3.11/site-packages. Debian's sys.path
# has /usr/local/lib/python3.11/dist-packages instead: make that a link to it.
# (python3.11-minimal's postinst made dist-packages as an empty directory; it
# only does so when the path does not exist, so the link survives upgrades.)
mkdir -p /usr/local/lib/python3.11/site-packages
rmdir /usr/local/lib/python3.11/dist-packages
ln -s site-packages /usr/local/lib/python3.11/dist-packages
