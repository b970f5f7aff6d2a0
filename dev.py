#!/usr/bin/env python3
"""Set up and run BUA Booking with nothing but Python 3.11+.

    python3 dev.py app [ARGS]    create .venv if needed, install, launch the app (or a CLI command)
    python3 dev.py test [ARGS]   create .venv if needed, install with test tools, run the test suite
    python3 dev.py check         ruff, mypy, the layer contract and `alembic check`
    python3 dev.py translations  update resources/translations/*.ts from the source, compile the .qm files
    python3 dev.py package       build the program as one folder that runs without Python: dist/bua-booking/
                                 (and its .tar.gz on Linux, its MSI on Windows when WiX is installed)

Only the standard library is used here, because this script runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / "installed-from.sha256"
WIX_VERSION = "5.0.2"  # the WiX Toolset that builds the MSI; .github/workflows/windows.yml installs it


def ensure_environment() -> None:
    """Create the virtual environment and (re)install when pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 is
        sys.exit("BUA Booking kræver Python 3.11 eller nyere.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("Opretter .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    print("Installerer BUA Booking og værktøjer i .venv ...", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(wanted)


def run(argv: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.run(argv, cwd=ROOT, env=env).returncode


def check() -> int:
    failures = 0
    for tool in (
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],
        ["lint-imports"],
    ):
        print(f"== {' '.join(tool)}", flush=True)
        failures += run([str(BIN / tool[0]), *tool[1:]]) != 0
    print("== alembic check", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "BUA_BOOKING_DATABASE_URL": f"sqlite:///{scratch}/check.db"}
        failures += run([str(BIN / "bua-booking"), "db", "upgrade"], env) != 0
        failures += run([str(BIN / "alembic"), "-c", "db/alembic.ini", "check"], env) != 0
    return 1 if failures else 0


def main() -> int:
    command, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if command not in {"app", "test", "check", "translations", "package"}:
        print(__doc__)
        return 2
    ensure_environment()
    if command == "app":
        return run([str(BIN / "bua-booking"), *args])
    if command == "test":
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return run([str(PYTHON), "-m", "pytest", *args], env)
    if command == "translations":
        return run([str(PYTHON), "-m", "resources.translations_tool"])
    if command == "package":
        return package(*args)
    return check()


def package(dist: str = str(ROOT / "dist")) -> int:
    """PyInstaller with packaging/bua-booking.spec, into DIST/bua-booking (build files in build/); on
    Linux also DIST/bua-booking-linux.tar.gz of that folder, to unpack anywhere; on Windows also the MSI
    DIST/bua-booking-VERSION-x64.msi (packaging/windows/bua-booking.wxs) when WiX's `wix` is on PATH."""
    import shutil

    work = Path(dist).parent / "build"
    spec = str(ROOT / "packaging" / "bua-booking.spec")
    options = ["--noconfirm", "--distpath", dist, "--workpath", str(work)]
    built = run([str(PYTHON), "-m", "PyInstaller", *options, spec])
    if built == 0 and sys.platform.startswith("linux"):
        shutil.make_archive(str(Path(dist) / "bua-booking-linux"), "gztar", dist, "bua-booking")
    if built == 0 and sys.platform == "win32":
        wix = shutil.which("wix")
        if wix is None:
            print(f"No MSI: `wix` is not on PATH (dotnet tool install --global wix --version {WIX_VERSION}).")
            return built
        return run(windows_installer_command(wix, Path(dist).resolve()))
    return built


def windows_installer_command(wix: str, dist: Path) -> list[str]:
    """`wix build` of the MSI from the folder in DIST, with pyproject.toml's version (the bind path must be
    absolute: WiX reads a relative one from the .wxs file's folder)."""
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    return [
        wix,
        "build",
        "-arch",
        "x64",
        "-d",
        f"Version={version}",
        "-bindpath",
        f"program={dist / 'bua-booking'}",
        "-out",
        str(dist / f"bua-booking-{version}-x64.msi"),
        str(ROOT / "packaging" / "windows" / "bua-booking.wxs"),
    ]


if __name__ == "__main__":
    sys.exit(main())
