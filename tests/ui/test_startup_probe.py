"""`bua-booking --startup-probe`: the window on a given store, the milliseconds to its first paint, exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.domain.model import NewPerson, Role
from app.services.context import Context
from app.services.people import add_person
from db.store import SqlStore
from tests.conftest import TODAY
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN


def probe(url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    command = [sys.executable, "-m", "cli.entry", "--database", url, *extra, "--startup-probe"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_probe_prints_the_first_paint_and_exits_once_the_page_is_up(local_url: str, tmp_path: Path) -> None:
    store = SqlStore.open(local_url)
    add_person(
        Context(store, FixedClock(TODAY)), ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR)
    )
    store.dispose()
    done = probe(local_url, tmp_path, "--as", "ulla@bua.example")
    assert done.returncode == 0, done.stderr
    first_paint = int(done.stdout.strip())
    assert 0 < first_paint < 60_000
    page = next(line for line in done.stderr.splitlines() if line.startswith("siden vist efter"))
    assert int(page.split()[3]) >= first_paint
    assert not (tmp_path / "config" / "bua-booking").exists()  # the probe remembers nothing


def test_probe_without_a_person_says_what_to_give(local_url: str, tmp_path: Path) -> None:
    done = probe(local_url, tmp_path)
    assert done.returncode == 1
    assert "--as" in done.stderr.splitlines()[-1]
