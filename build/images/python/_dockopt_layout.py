"""Make Debian's python3.11 install packages where the official python image does.

Installed by the dockopt stand-in images (build/images/python/Dockerfile) as
/usr/lib/python3/dist-packages/_dockopt_layout.py and run at start-up from
dockopt-layout.pth beside it (site.py executes `import` lines of .pth files).

The official python:3.11 images are a Python built with prefix /usr/local:
`pip install X` goes to /usr/local/lib/python3.11/site-packages and
/usr/local/bin, and `pip install --prefix=/install X` to
/install/lib/python3.11/site-packages and /install/bin, ready for
`COPY --from=builder /install /usr/local`.

Debian's python3.11 has prefix /usr and a patched sysconfig whose default
install scheme, posix_local, is "{base}/local/lib/python3.11/dist-packages",
so --prefix=/install would give /install/local/lib/python3.11/dist-packages.
Here, for the system interpreter only (not in a virtual environment, which
keeps Debian's usual venv scheme), installs use the upstream posix_prefix
layout with /usr/local as the default base. Python headers and the standard
library stay where Debian has them ({installed_base} = /usr).

The image also links /usr/local/lib/python3.11/dist-packages (on Debian's
sys.path) to /usr/local/lib/python3.11/site-packages, so what lands there is
importable, .pth files included, even under `python -S`. This hook then
shows that sys.path entry under its official name.
"""

import os
import sys


def _apply() -> None:
    if sys.prefix != sys.base_prefix or sys.prefix != "/usr":
        return  # virtual environment, or not Debian's interpreter
    if os.environ.get("DEB_PYTHON_INSTALL_LAYOUT"):
        return  # Debian package builds choose their own layout
    import sysconfig

    schemes = sysconfig._INSTALL_SCHEMES  # noqa: SLF001 (no public API for this)
    official = dict(schemes["posix_prefix"])
    # posix_prefix derives platstdlib from {platbase}; keep it on the real stdlib.
    official["platstdlib"] = "{installed_platbase}/{platlibdir}/python{py_version_short}"
    schemes["posix_prefix"] = official
    schemes["posix_local"] = official  # Debian's default scheme name for non-venv installs
    config = sysconfig.get_config_vars()
    config["base"] = config["platbase"] = "/usr/local"

    debian_name = "/usr/local/lib/python3.11/dist-packages"
    official_name = "/usr/local/lib/python3.11/site-packages"
    if os.path.realpath(debian_name) == official_name:
        sys.path[:] = [official_name if p == debian_name else p for p in sys.path]


_apply()
