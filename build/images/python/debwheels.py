#!/usr/bin/env python3
"""Repackage Debian bookworm's python3-* packages as wheels, offline.

The stand-in python images have no PyPI. Their pip reads /etc/pip.conf
(no-index + find-links) and installs from a folder of wheels that this script
makes from the .deb files of Debian's own python3-* packages:

    debwheels.py DEB_DIR OUT_DIR

DEB_DIR holds the .debs (fetched with `apt-get download`, see the Dockerfile);
OUT_DIR receives one wheel per entry of PACKAGES, plus the real pip and
setuptools wheels that Debian ships in /usr/share/python-wheels.

For each package the files under usr/lib/python3/dist-packages/ of its .deb
become the wheel's content (symlinks resolved: Debian links jquery.js to
libjs-jquery, whose .deb must be in DEB_DIR too), and a fresh
NAME-VERSION.dist-info is written: METADATA (Debian's PKG-INFO/METADATA with
the Requires-Dist lines below), WHEEL, entry_points.txt, top_level.txt and a
RECORD with sha256 hashes, as any wheel installer expects.

Why a table of requirements: Debian strips the unconditional requirements
from the egg-info it installs (dependencies are apt's business there), so
Flask's metadata no longer says it needs Werkzeug. The lines below are the
upstream requirements of exactly these versions, relaxed only where Debian
ships a combination upstream did not allow (noted inline). Requirements that
depend on an extra are taken from Debian's metadata as they are.
"""

from __future__ import annotations

import base64
import email.parser
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PY_TAG = "cp311"          # Debian bookworm's python3 is 3.11
PLATFORM = "linux_x86_64"
DIST_PACKAGES = Path("usr/lib/python3/dist-packages")

# deb name -> unconditional Requires-Dist of that exact upstream release.
PACKAGES: dict[str, list[str]] = {
    # Flask 2.2.2
    "python3-flask": [
        "Werkzeug>=2.2.2",
        "Jinja2>=3.0",
        "itsdangerous>=2.0",
        "click>=8.0",
        'importlib-metadata>=3.6.0; python_version < "3.10"',
    ],
    "python3-werkzeug": ["MarkupSafe>=2.1.1"],                     # 2.2.2
    "python3-jinja2": ["MarkupSafe>=2.0"],                         # 3.1.2
    "python3-markupsafe": [],                                      # 2.1.2, C speedups
    "python3-itsdangerous": [],                                    # 2.1.2
    "python3-click": [                                             # 8.1.3
        'colorama; platform_system == "Windows"',
        'importlib-metadata; python_version < "3.8"',
    ],
    "python3-gunicorn": ["setuptools>=3.0"],                       # 20.1.0
    # Django 3.2.25
    "python3-django": ["asgiref<4,>=3.3.2", "pytz", "sqlparse>=0.2.2"],
    "python3-asgiref": ['typing-extensions; python_version < "3.8"'],  # 3.6.0
    "python3-sqlparse": [],                                        # 0.4.2
    "python3-tz": [],                                              # pytz 2022.7.1
    # FastAPI 0.92.0 asks for starlette<0.26.0; Debian ships it with
    # starlette 0.26.1, so the upper bound is raised by one minor version.
    "python3-fastapi": [
        "pydantic!=1.7,!=1.7.1,!=1.7.2,!=1.7.3,!=1.8,!=1.8.1,<2.0.0,>=1.6.2",
        "starlette<0.27.0,>=0.25.0",
    ],
    "python3-starlette": [                                         # 0.26.1
        "anyio<5,>=3.4.0",
        "typing-extensions>=3.10.0; python_version < '3.10'",
    ],
    "python3-pydantic": ["typing-extensions>=4.2.0"],              # 1.10.4
    "python3-anyio": [                                             # 3.6.2
        "idna>=2.8",
        "sniffio>=1.1",
        'contextvars; python_version < "3.7"',
        'dataclasses; python_version < "3.7"',
        'typing-extensions; python_version < "3.8"',
    ],
    "python3-sniffio": ["contextvars>=2.1; python_version < '3.7'"],  # 1.2.0
    "python3-idna": [],                                            # 3.3
    "python3-typing-extensions": [],                               # 4.4.0
    "python3-uvicorn": [                                           # 0.17.6
        "asgiref>=3.4.0",
        "click>=7.0",
        "h11>=0.8",
        'typing-extensions; python_version < "3.8"',
    ],
    "python3-h11": ['typing_extensions; python_version < "3.8"'],  # 0.14.0
    # requests 2.28.1 asks for charset_normalizer<3; Debian ships it with
    # chardet 5.1.0 instead (the alternative requests supports), so does this.
    "python3-requests": [
        "chardet<6,>=3.0.2",
        "idna<4,>=2.5",
        "urllib3<1.27,>=1.21.1",
        "certifi>=2017.4.17",
    ],
    "python3-chardet": [],                                         # 5.1.0
    # urllib3 1.26.12: Debian removed the copy of six that upstream bundles
    # (urllib3/packages/six.py) and imports the separate six instead.
    "python3-urllib3": ["six"],
    "python3-six": [],                                             # 1.16.0
    # certifi 2022.9.24, patched by Debian to return the system CA bundle
    # (/etc/ssl/certs/ca-certificates.crt, from ca-certificates).
    "python3-certifi": [],
    # psycopg2 2.9.5, compiled against Debian's libpq: needs libpq5 at run time
    # (present in the full python:3.11 stand-in; `apt-get install libpq5` in slim).
    "python3-psycopg2": [],
    "python3-wheel": [],                                           # 0.38.4
}

# Only needed to resolve symlinks (werkzeug's and django's jquery.js).
SUPPORT_DEBS = ["libjs-jquery"]

# Wheels Debian ships as they are (python3-pip-whl, python3-setuptools-whl).
SHIPPED_WHEEL_DEBS = ["python3-pip-whl", "python3-setuptools-whl"]

FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # reproducible zips


def all_debs() -> list[str]:
    """The deb names DEB_DIR must hold (used by the Dockerfile, too)."""
    return [*PACKAGES, *SUPPORT_DEBS, *SHIPPED_WHEEL_DEBS]


def find_deb(deb_dir: Path, name: str) -> Path:
    hits = sorted(deb_dir.glob(f"{name}_*.deb"))
    if len(hits) != 1:
        sys.exit(f"debwheels: expected one {name}_*.deb in {deb_dir}, found {hits}")
    return hits[0]


def extract(deb: Path, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run(["dpkg-deb", "-x", str(deb), str(dest)], check=True)


def resolve(path: Path, root: Path) -> Path:
    """Follow symlinks of a file inside the extracted tree `root`; absolute
    link targets are taken relative to `root` (where all debs are extracted)."""
    for _ in range(40):
        if not path.is_symlink():
            return path
        target = os.readlink(path)
        if target.startswith("/"):
            path = root / target.lstrip("/")
        else:
            path = Path(os.path.normpath(path.parent / target))
    sys.exit(f"debwheels: symlink loop at {path}")


def escape(name: str) -> str:
    # Wheel file / dist-info name component (binary distribution format spec).
    return re.sub(r"[-_.]+", "_", name)


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def req_name(req: str) -> str:
    m = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", req)
    if not m:
        sys.exit(f"debwheels: cannot parse requirement {req!r}")
    return norm(m.group(1))


def requires_txt_to_dist(text: str) -> list[str]:
    """setuptools' requires.txt -> Requires-Dist values (sections are
    [extra], [extra:marker] or [:marker])."""
    out, section = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        extra, _, marker = section.partition(":")
        conds = []
        if marker:
            conds.append(f"({marker})" if extra else marker)
        if extra:
            conds.append(f'extra == "{extra}"')
        out.append(f"{line}; {' and '.join(conds)}" if conds else line)
    return out


def is_extra_req(req: str) -> bool:
    return bool(re.search(r"\bextra\s*==", req.partition(";")[2]))


def read_debian_metadata(meta_dir: Path):
    """Returns (headers message, body, Debian's Requires-Dist, extras)."""
    if meta_dir.suffix == ".dist-info":
        text = (meta_dir / "METADATA").read_text(encoding="utf-8")
    else:
        text = (meta_dir / "PKG-INFO").read_text(encoding="utf-8")
    msg = email.parser.Parser().parsestr(text)
    body = msg.get_payload()
    reqs = list(msg.get_all("Requires-Dist") or [])
    extras = list(msg.get_all("Provides-Extra") or [])
    if meta_dir.suffix == ".egg-info" and (meta_dir / "requires.txt").exists():
        reqs += requires_txt_to_dist((meta_dir / "requires.txt").read_text(encoding="utf-8"))
        for line in (meta_dir / "requires.txt").read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith("[") and line.endswith("]"):
                extra = line[1:-1].partition(":")[0]
                if extra and extra not in extras:
                    extras.append(extra)
    return msg, body, reqs, extras


def build_metadata(msg, body: str, requires: list[str], extras: list[str]) -> str:
    skip = {"metadata-version", "requires-dist", "provides-extra"}
    lines = ["Metadata-Version: 2.1"]
    for key, value in msg.items():
        if key.lower() in skip:
            continue
        lines.append(f"{key}: {value}")  # folded values keep their own indentation
    lines += [f"Provides-Extra: {e}" for e in extras]
    lines += [f"Requires-Dist: {r}" for r in requires]
    text = "\n".join(lines) + "\n"
    if body and body.strip():
        text += "\n" + body.lstrip("\n")
    return text


def record_line(arcname: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(data)}"


def write_wheel(path: Path, files: dict[str, bytes], dist_info: str) -> None:
    record = [record_line(n, d) for n, d in files.items()]
    record.append(f"{dist_info}/RECORD,,")
    files = dict(files)
    files[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(files, key=lambda n: (n.startswith(dist_info), n)):
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o644 & 0xFFFF) << 16
            zf.writestr(info, files[name])


def make_wheel(deb: Path, all_root: Path, out_dir: Path, upstream_reqs: list[str]) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        extract(deb, root)
        site = root / DIST_PACKAGES
        metas = [p for p in site.iterdir() if p.suffix in (".egg-info", ".dist-info")]
        if len(metas) != 1:
            sys.exit(f"debwheels: {deb.name}: expected one egg-info/dist-info, got {metas}")
        meta = metas[0]
        msg, body, deb_reqs, extras = read_debian_metadata(meta)
        name, version = msg["Name"], msg["Version"]

        # Debian kept some unconditional requirements (dist-info packages):
        # they must agree with the table, which is what ends up in the wheel.
        table_names = {req_name(r) for r in upstream_reqs}
        for r in deb_reqs:
            if not is_extra_req(r) and req_name(r) not in table_names:
                sys.exit(f"debwheels: {name}: Debian requires {r!r}, missing from PACKAGES")
        requires = list(upstream_reqs) + [r for r in deb_reqs if is_extra_req(r)]

        files: dict[str, bytes] = {}
        compiled = False
        for path in sorted(site.rglob("*")):
            rel = path.relative_to(site)
            if rel.parts[0] == meta.name or "__pycache__" in rel.parts:
                continue
            # Read through the tree holding every deb, where links resolve.
            real = resolve(all_root / path.relative_to(root), all_root)
            if real.is_dir():
                continue
            if not real.exists():
                sys.exit(f"debwheels: {name}: dangling symlink {rel} -> {os.readlink(path)}")
            if real.suffix == ".so":
                compiled = True
            files[rel.as_posix()] = real.read_bytes()
        if not files:
            sys.exit(f"debwheels: {name}: no files under {DIST_PACKAGES}")

        dist_info = f"{escape(name)}-{version}.dist-info"
        tag = f"{PY_TAG}-{PY_TAG}-{PLATFORM}" if compiled else "py3-none-any"
        files[f"{dist_info}/METADATA"] = build_metadata(msg, body, requires, extras).encode()
        files[f"{dist_info}/WHEEL"] = (
            "Wheel-Version: 1.0\n"
            "Generator: dockopt-debwheels\n"
            f"Root-Is-Purelib: {'false' if compiled else 'true'}\n"
            f"Tag: {tag}\n"
        ).encode()
        for extra in ("entry_points.txt", "top_level.txt"):
            if (meta / extra).exists():
                files[f"{dist_info}/{extra}"] = (meta / extra).read_bytes()

        wheel = out_dir / f"{escape(name)}-{version}-{tag}.whl"
        write_wheel(wheel, files, dist_info)
        return wheel


def main() -> None:
    if len(sys.argv) == 2 and sys.argv[1] == "--list-debs":
        print(" ".join(all_debs()))
        return
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    deb_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        all_root = Path(tmp)
        for name in all_debs():
            extract(find_deb(deb_dir, name), all_root)

        # pip-*.whl and setuptools-*.whl from python3-{pip,setuptools}-whl.
        for whl in sorted((all_root / "usr/share/python-wheels").glob("*.whl")):
            shutil.copy2(whl, out_dir / whl.name)
        for name, reqs in PACKAGES.items():
            wheel = make_wheel(find_deb(deb_dir, name), all_root, out_dir, reqs)
            print(f"debwheels: {wheel.name}")
    for whl in sorted(out_dir.glob("*.whl")):
        print(f"debwheels: wheel {whl.name} ({whl.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
