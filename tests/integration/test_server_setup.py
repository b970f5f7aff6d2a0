"""The shared PostgreSQL store's set-up and its own jobs: a client refuses a server that is not set up,
a freed place goes to the next on the waitlist across logins, `server purge` leaves no text in the
tables' pages, and the administrator adds and removes logins.
"""

from __future__ import annotations

import io
import json
from datetime import date, time, timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.summary import SummaryContent
from app.errors import StoreUnavailable
from app.services import bookings, series, slots, summaries, waitlist
from app.services.clock import SystemClock
from app.services.context import Context
from cli.wiring import start
from db.store import SqlStore
from tests.conftest import _pg_admin
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, weekly_series
from tests.integration.server_region import (
    RANDERS,
    Region,
    build_region,
    login_for,
    monday_after,
    plain_url,
    rows,
)
from tests.integration.test_cli import run

pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)]


@pytest.fixture
def server_db(store_url: str) -> str:
    """A fresh store on the server, set up by its administrator; its logins go with it."""
    return store_url


@pytest.fixture
def region(server_db: str) -> Region:
    """The region on the fresh server store (`build_region`)."""
    return build_region(server_db)


# --- set-up and the server's own jobs ---------------------------------------------------------------


def test_a_client_refuses_a_server_that_is_not_set_up(server_db: str) -> None:
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{make_url(server_db).database}_empty"')
    empty = make_url(server_db).set(database=f"{make_url(server_db).database}_empty").render_as_string(False)
    try:
        with pytest.raises(StoreUnavailable, match="server setup"):
            start(empty)
    finally:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE "{make_url(server_db).database}_empty" WITH (FORCE)')
    with psycopg.connect(plain_url(server_db)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreUnavailable, match="nyere end programmet"):
        start(server_db)


def test_a_place_freed_by_a_booker_goes_to_the_next_on_the_waitlist(region: Region) -> None:
    """Nina cannot see Ole's waitlist entry, yet her cancellation hands him the place, as on the local
    file."""
    admin = Context(SqlStore.open(region.admin_url), SystemClock())
    first = monday_after(admin.clock.today(), 2)
    teaching = series.create_series(
        admin,
        ADMIN,
        series.SeriesSpec(
            RANDERS,
            "ulla@bua.example",
            RecurrenceRule(weekday=3, start_time=time(14), starts_on=first, count=1),
            SessionType.TEACHING,
            capacity=2,
        ),
    )
    with admin.store.read() as uow:
        (slot,) = uow.slots.for_series(teaching.series.id, first)
    mads = add_member(admin, "mads@randers.example", RANDERS, name="Mads Kjær")
    bookings.book(admin, actor_of(mads), slot.id)  # the other place
    nina = add_member(admin, "nina@randers.example", RANDERS, name="Nina Juul")
    ole = add_member(admin, "ole@randers.example", RANDERS, name="Ole Vind")
    admin.store.dispose()  # type: ignore[attr-defined]
    booker_url, waiter_url = login_for(region.admin_url, nina), login_for(region.admin_url, ole)
    booker = Context(SqlStore.open(booker_url), SystemClock(), actor_of(nina))
    waiter = Context(SqlStore.open(waiter_url), SystemClock(), actor_of(ole))
    booking = bookings.book(booker, booker.actor, slot.id)
    waiting = waitlist.join_waitlist(waiter, waiter.actor, slot.id)
    with booker.store.read() as uow:
        assert uow.bookings.get(waiting.id) is None  # Ole's entry is not Nina's to see

    bookings.cancel(booker, booker.actor, booking.id, "other")

    with waiter.store.read() as uow:
        promoted = uow.bookings.get(waiting.id)
    assert promoted is not None and promoted.state.value == "booked"
    with psycopg.connect(plain_url(region.admin_url)) as db:
        assert rows(db, f"SELECT booked_count FROM slots WHERE id = {slot.id}") == [(2,)]  # Mads, Ole
        assert rows(
            db,
            "SELECT action, login FROM audit_log WHERE entity = 'booking' "
            f"AND entity_id = '{waiting.id}' ORDER BY id",
        ) == [
            ("waitlist.joined", make_url(waiter_url).username),
            ("waitlist.promoted", make_url(booker_url).username),
        ]
    for ctx in (booker, waiter):
        ctx.store.dispose()  # type: ignore[attr-defined]


MARKER = "MARKOER-5d1e-tekst-der-skal-vaek"


def _pages(db: psycopg.Connection[tuple[Any, ...]], table: str) -> bytes:
    """The table's data file as the server has it on disk, after writing out what it holds in memory."""
    db.execute("CHECKPOINT")
    (found,) = db.execute(
        "SELECT pg_read_binary_file(current_setting('data_directory') || '/' || pg_relation_filepath(%s))",
        [table],
    ).fetchone()  # type: ignore[misc]
    return bytes(found)


def test_server_purge_leaves_no_text_in_the_tables_pages(
    capsys: pytest.CaptureFixture[str], server_db: str
) -> None:
    written = date.today() - timedelta(days=70)  # the session was 63 days ago: past the 30 days kept
    ctx = Context(SqlStore.open(server_db), FixedClock(written))
    advisor = add_advisor(ctx)
    session_day = monday_after(written, 1) + timedelta(days=2)
    weekly_series(ctx, advisor, 2, time(10), session_day, session_day, RANDERS)
    pia = add_member(ctx, "pia@randers.example", RANDERS)
    (slot,) = slots.list_slots(ctx, from_date=session_day, to_date=session_day)
    booking = bookings.book(ctx, actor_of(pia), slot.id)
    summaries.save_draft(ctx, actor_of(pia), booking.id, SummaryContent(problem=MARKER))
    ctx.store.dispose()  # type: ignore[attr-defined]
    with psycopg.connect(plain_url(server_db), autocommit=True) as db:
        assert MARKER.encode() in _pages(db, "case_summaries")  # the test would see it

        code, out, err = run(capsys, server_db, "server", "purge")

        assert code == 0 and out.startswith("1 udløbne sagsresuméer slettet"), err
        assert MARKER.encode() not in _pages(db, "case_summaries")
        assert rows(db, "SELECT count(*) FROM case_summary_tombstones") == [(1,)]


def test_logins_are_added_and_removed_by_the_administrator(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, server_db: str
) -> None:
    ctx = Context(SqlStore.open(server_db), SystemClock())
    add_member(ctx, "pia@randers.example", RANDERS)
    ctx.store.dispose()  # type: ignore[attr-defined]
    login = f"{make_url(server_db).database}_pia"
    monkeypatch.setattr("sys.stdin", io.StringIO("korrekt-hest-batteri\n"))
    code, out, err = run(
        capsys,
        server_db,
        "server",
        "add-login",
        "--email",
        "pia@randers.example",
        "--login",
        login,
        "--password",
    )
    assert code == 0 and f"{login} logger nu ind som pia@randers.example" in out, err
    pia_url = make_url(server_db).set(username=login).render_as_string(hide_password=False)
    code, out, err = run(capsys, pia_url, "people", "list", "--json")
    assert code == 0 and [p["email"] for p in json.loads(out)] == ["pia@randers.example"], err
    code, _, err = run(capsys, pia_url, "server", "setup")  # a person is no database administrator
    assert code == 6 and "superuser" in err

    code, out, err = run(capsys, server_db, "server", "remove-login", "--login", login)

    assert code == 0 and "slettet" in out, err
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(plain_url(pia_url)).close()
    with psycopg.connect(plain_url(server_db)) as db:
        assert rows(db, "SELECT db_login FROM people") == [(None,)]
