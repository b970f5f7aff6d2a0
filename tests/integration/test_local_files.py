"""The local SQLite store on disk: readable by its user alone, deleted text overwritten, old backups gone,
and a purged case summary's text found nowhere in the file, its log or its backups."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.summary import SummaryContent
from app.services import bookings, slots, summaries
from cli.wiring import purge_and_reclaim, start
from db.migrate import BACKUP_DAYS
from db.store import SqlStore
from tests.fakes import FixedClock
from tests.integration.helpers import actor_of, add_advisor, add_member, weekly_series

MARKER = "MARKOER-7f3a9c-tekst-der-skal-vaek"


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)  # the usual default: files readable by everyone
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows keeps the profile private")
def test_a_new_store_its_log_and_folder_are_the_users_alone(tmp_path: Path, umask: None) -> None:
    path = tmp_path / "ny" / "bua-booking.db"
    ctx = start(f"sqlite:///{path}", create=True)
    assert isinstance(ctx.store, SqlStore)
    with ctx.store.write() as uow:  # a write, so the write-ahead log exists
        uow.settings.put("probe", 1)
        uow.commit()
    assert _mode(path.parent) == 0o700
    assert _mode(path) == 0o600
    assert _mode(path.with_name(path.name + "-wal")) == 0o600
    with ctx.store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    ctx.store.dispose()


def test_backups_older_than_their_days_are_removed_at_start(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "bua-booking.db"
    path.write_bytes(sqlite_template.read_bytes())
    now = datetime.now(UTC)

    def backup(age: timedelta) -> Path:
        made = tmp_path / f"bua-booking.backup-{(now - age):%Y%m%dT%H%M%SZ}.db"
        made.write_bytes(b"old")
        return made

    old, recent = backup(timedelta(days=BACKUP_DAYS + 1)), backup(timedelta(days=2))
    other = tmp_path / "bua-booking.backup-manual.db"
    other.write_bytes(b"kept")
    ctx = start(f"sqlite:///{path}")
    assert not old.exists() and recent.exists() and other.exists()
    assert isinstance(ctx.store, SqlStore)
    ctx.store.dispose()


def test_a_purged_summary_leaves_no_text_in_the_file_its_log_or_its_backups(
    tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "bua-booking.db"
    path.write_bytes(sqlite_template.read_bytes())
    clock = FixedClock(date(2027, 1, 4))
    ctx = start(f"sqlite:///{path}", clock=clock)
    store = ctx.store
    assert isinstance(store, SqlStore)
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), date(2027, 1, 6), date(2027, 1, 27))
    pia = add_member(ctx, "pia@randers.example")
    (slot,) = slots.list_slots(ctx, from_date=date(2027, 1, 13), to_date=date(2027, 1, 13))
    booking = bookings.book(ctx, actor_of(pia), slot.id)
    summaries.save_draft(ctx, actor_of(pia), booking.id, SummaryContent(problem=MARKER))
    store.reclaim()
    assert MARKER.encode() in path.read_bytes()  # the test would see it

    clock.day = date(2027, 3, 1)  # 30 days after the session have passed
    with store.engine.begin() as connection:  # a summary saved once more, so the log holds it too
        connection.execute(text("UPDATE case_summaries SET tried = problem"))
    result = purge_and_reclaim(ctx, ctx.actor)

    assert result.booking_ids == (booking.id,)
    for found in [path, *tmp_path.glob("bua-booking.db-*"), *tmp_path.glob("*.backup-*")]:
        assert MARKER.encode() not in found.read_bytes(), found
    store.dispose()
