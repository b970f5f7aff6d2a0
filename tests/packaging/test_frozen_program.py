"""The one-folder program (`python3 dev.py package`) runs with no Python: built into a scratch folder,
then run with a bare environment (no PATH, HOME and the data folders in scratch)."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLEAN = "Spørgsmål: Hvordan støtter vi pigen i skolen? Hun er 11 år og har ondt i maven.\n"
IDENTIFYING = "Pigen hedder Sofie Hansen, CPR 010203-1234, og bor på Skolevej 12.\n"


@pytest.mark.slow
def test_the_frozen_program_runs_without_python(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = subprocess.run([sys.executable, str(ROOT / "dev.py"), "package", str(dist)], capture_output=True)
    assert built.returncode == 0, built.stderr.decode(errors="replace")[-2000:]
    program = dist / "bua-booking" / ("bua-booking.exe" if sys.platform == "win32" else "bua-booking")
    if sys.platform.startswith("linux"):
        with tarfile.open(dist / "bua-booking-linux.tar.gz") as archive:
            assert "bua-booking/bua-booking" in archive.getnames()
        # Only the Qt the program uses, stripped (packaging/README.md): 156 MB in 2026, 207 MB before.
        files = [f for f in (dist / "bua-booking").rglob("*") if f.is_file() and not f.is_symlink()]
        size = sum(f.stat().st_size for f in files)  # PyInstaller links some libraries twice
        assert size < 200 * 2**20, f"the folder grew to {size / 2**20:.0f} MB"
    folder = _listing(dist / "bua-booking")
    home = tmp_path / "home"
    (tmp_path / "no-python").mkdir()
    env = {
        "HOME": str(home),
        "PATH": str(tmp_path / "no-python"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }

    def run(*args: str, text: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program), *args], env=env, input=text, capture_output=True, text=True, timeout=300
        )

    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    shown = run("--version")
    assert shown.returncode == 0 and shown.stdout.startswith(f"BUA Booking {version} (Qt 6."), shown

    assert run("check-summary", "-", text=CLEAN).returncode == 0
    refused = run("check-summary", "-", text=IDENTIFYING)
    assert refused.returncode == 7 and "CPR" in refused.stdout + refused.stderr

    demo = run("demo", "--years", "1")
    assert demo.returncode == 0, demo.stderr
    (store,) = (home / "data").rglob("bua-booking.db")  # the default store, where platformdirs puts it
    people = json.loads(run("people", "list", "--json").stdout)
    advisor = next(p for p in people if p["role"] == "advisor")

    probe = run("--database", f"sqlite:///{store}", "--as", advisor["email"], "--startup-probe")
    assert probe.returncode == 0, probe.stderr
    page = next(line for line in probe.stderr.splitlines() if line.startswith("siden vist efter"))
    assert "menuer: Fil, Vis, Hjælp" in page or "menuer: Fil, Skift person, Vis, Hjælp" in page  # Danish
    assert _listing(dist / "bua-booking") == folder  # it keeps its data elsewhere, never next to itself


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file in the folder, with its size and when it was last written."""
    return {str(f.relative_to(folder)): (f.lstat().st_size, f.lstat().st_mtime_ns) for f in folder.rglob("*")}
