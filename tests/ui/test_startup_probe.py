"""`bua-booking --startup-probe`: the window on a given store, the milliseconds to its first paint, exit."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

from app.domain.model import NewPerson, Role, SlotFilter
from app.services.clock import SystemClock
from app.services.context import Context
from app.services.lookups import HORIZON_MONTHS_KEY
from app.services.people import add_person
from db.store import SqlStore
from tests.conftest import TODAY
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, add_advisor, weekly_series


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


def horizon(ctx: Context, months: int) -> None:
    with ctx.store.write() as uow:
        uow.settings.put(HORIZON_MONTHS_KEY, months)
        uow.commit()


def test_the_window_extends_the_horizon_once_the_page_is_up(local_url: str, tmp_path: Path) -> None:
    """The store's upkeep is off the path to the page, not gone: a series materialised over a shorter
    horizon than the rules now say is extended by the time the window has started."""
    ctx = Context(SqlStore.open(local_url), SystemClock())
    today = ctx.clock.today()
    horizon(ctx, 1)
    ulla = add_advisor(ctx)
    monday = today + timedelta(days=7 - today.weekday())
    weekly_series(ctx, ulla, monday.weekday(), time(9), monday, monday + timedelta(days=300))
    horizon(ctx, 6)

    def last_slot() -> date:
        with ctx.store.read() as uow:
            return max(s.starts_at.date() for s in uow.slots.list(SlotFilter()))

    before = last_slot()
    done = probe(local_url, tmp_path, "--as", ulla.email)

    assert done.returncode == 0, done.stderr
    assert before < today + timedelta(days=40) and last_slot() > today + timedelta(days=150)
    ctx.store.dispose()  # type: ignore[attr-defined]
