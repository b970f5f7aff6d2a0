"""Files a maintainer reads in one sitting (issue 18): no Python source file over 400 lines, and the
median under 150. The files are git's (`git ls-files '*.py'`), so a scratch file is not counted."""

from __future__ import annotations

import shutil
import statistics
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 400
MEDIAN_LIMIT = 150
# Generated files, by path, with why each is not held to the limit. None today: Alembic's version
# scripts are written and edited by hand after `alembic revision`, and all are short.
GENERATED: dict[str, str] = {}


def tracked_sources() -> dict[str, int]:
    """Every tracked .py file but the generated ones, with its number of lines."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: which files are the sources is git's to say")
    listed = subprocess.run([git, "ls-files", "-z", "--", "*.py"], cwd=ROOT, capture_output=True, check=True)
    paths = [p for p in listed.stdout.decode().split("\0") if p and p not in GENERATED]
    present = [p for p in paths if (ROOT / p).exists()]  # a tracked file deleted but not yet committed
    return {p: len((ROOT / p).read_text(encoding="utf-8").splitlines()) for p in present}


def test_no_source_file_is_over_400_lines() -> None:
    sizes = tracked_sources()
    over = sorted(((lines, path) for path, lines in sizes.items() if lines > LIMIT), reverse=True)
    median = statistics.median(sizes.values())
    listed = ", ".join(f"{path} ({lines})" for lines, path in over)
    assert over == [], f"over {LIMIT} lines: {listed}; the median is {median:g} lines"


def test_the_median_source_file_is_under_150_lines() -> None:
    median = statistics.median(tracked_sources().values())
    assert median < MEDIAN_LIMIT, f"the median source file has {median:g} lines"
