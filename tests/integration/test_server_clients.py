"""The shared PostgreSQL store through the program: the login is the person, one winner when racers
are logins of their own, live updates heard on the client's one connection, a deactivated person's
login, and an advisor's handover mailed under her own login.
"""

from __future__ import annotations

import json
import threading
from time import monotonic, sleep

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.domain.mail import SmtpServer
from app.domain.model import Person
from app.errors import BuaError
from app.services import absences, bookings, mail
from app.services.clock import SystemClock
from app.services.context import Context
from app.services.people import set_person_active
from db.secrets import KeyringSecrets
from db.store import SqlStore
from tests.fakes import MemoryKeyring, Outbox
from tests.integration.helpers import ADMIN, actor_of, add_member
from tests.integration.server_region import RANDERS, Region, build_region, login_for, plain_url, rows
from tests.integration.test_cli import run

pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)]


@pytest.fixture
def region(store_url: str) -> Region:
    """The region on a fresh server store (`build_region`)."""
    return build_region(store_url)


# --- through the program -----------------------------------------------------------------------------


def test_the_login_is_the_person(capsys: pytest.CaptureFixture[str], region: Region) -> None:
    url = region.logins["kim"]
    code, out, err = run(capsys, url, "book", "--slot", str(region.free_slot), "--json")
    assert code == 0, err + out
    booking = int(json.loads(out)["id"])
    code, out, err = run(capsys, url, "bookings", "list", "--as", "lars@aarhus.example")
    assert code == 4 and "logget ind på serveren som kim@randers.example" in err and not out
    code, out, err = run(capsys, region.logins["lars"], "bookings", "list", "--json")
    assert code == 0 and [b["id"] for b in json.loads(out)] == [region.booking["lars_sent"]]
    with psycopg.connect(plain_url(region.admin_url)) as db:
        stamped = rows(
            db,
            f"SELECT actor_person_id, actor_label, login FROM audit_log "
            f"WHERE entity = 'booking' AND entity_id = '{booking}'",
        )
    kim_login = make_url(url).username
    assert stamped == [(region.people["kim"].id, "kim@randers.example", kim_login)]


def test_a_client_claiming_another_actor_is_stamped_with_its_login(region: Region) -> None:
    """A modified client naming someone else in its audit entry is overruled by the database."""
    with region.sql("pia") as pia:
        pia.execute(
            "SELECT public.bua_audit(%s, 'ulla@bua.example', 'x', 'booking', '1', NULL, NULL, NULL)",
            [region.people["ulla"].id],
        )
    with psycopg.connect(plain_url(region.admin_url)) as db:
        (row,) = rows(db, "SELECT actor_person_id, actor_label FROM audit_log WHERE action = 'x'")
    assert row == (region.people["pia"].id, "pia@randers.example")


def test_one_winner_when_every_racer_is_its_own_login(region: Region) -> None:
    admin = Context(SqlStore.open(region.admin_url), SystemClock())
    racers = [add_member(admin, f"r{n}@randers.example", RANDERS, name=f"Racer {n}") for n in range(8)]
    admin.store.dispose()  # type: ignore[attr-defined]
    urls = [login_for(region.admin_url, racer) for racer in racers]
    barrier = threading.Barrier(len(urls))
    results: list[str] = []

    def race(url: str, racer: Person) -> None:
        ctx = Context(SqlStore.open(url), SystemClock())
        barrier.wait()
        try:
            bookings.book(ctx, actor_of(racer), region.free_slot)
            results.append("won")
        except BuaError as error:
            results.append(type(error).__name__)
        finally:
            ctx.store.dispose()  # type: ignore[attr-defined]

    threads = [threading.Thread(target=race, args=pair) for pair in zip(urls, racers, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count("won") == 1 and len(results) == 8, results


# --- live updates and the one connection ----------------------------------------------------------


def _heard(store: SqlStore, since: int | None, seconds: float = 2.0) -> bool:
    """Whether the store hears of a change within `seconds`, asking as the window's watcher does."""
    deadline = monotonic() + seconds
    while monotonic() < deadline:
        if store.change_token() != since:
            return True
        sleep(0.05)
    return False


def test_a_write_in_one_client_is_heard_by_another_on_its_one_connection(region: Region) -> None:
    listener = SqlStore.open(region.logins["ulla"])
    kim = Context(SqlStore.open(region.logins["kim"]), SystemClock(), actor_of(region.people["kim"]))
    quiet = listener.change_token()
    assert not _heard(listener, quiet, seconds=0.3)  # nothing happened, nothing heard

    booking = bookings.book(kim, kim.actor, region.free_slot)

    assert _heard(listener, quiet)
    with listener.read() as uow:  # reads share the listening connection
        assert uow.bookings.get(booking.id) is not None
    with psycopg.connect(plain_url(region.admin_url), autocommit=True) as db:
        ulla = make_url(region.logins["ulla"]).username
        assert rows(db, f"SELECT count(*) FROM pg_stat_activity WHERE usename = '{ulla}'") == [(1,)]

        db.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{ulla}'")
        after_kill = listener.change_token()  # a new connection, listening again; the gap counts
        bookings.cancel(kim, kim.actor, booking.id, "other")
        assert _heard(listener, after_kill)
    for store in (listener, kim.store):
        store.dispose()  # type: ignore[attr-defined]


def test_a_deactivated_persons_login_is_told_so_and_sees_nothing(
    capsys: pytest.CaptureFixture[str], region: Region
) -> None:
    admin = Context(SqlStore.open(region.admin_url), SystemClock())
    set_person_active(admin, ADMIN, "lars@aarhus.example", False)
    admin.store.dispose()  # type: ignore[attr-defined]

    code, out, err = run(capsys, region.logins["lars"], "bookings", "list")

    assert code == 4 and "lars@aarhus.example er deaktiveret" in err and not out
    with region.sql("lars") as lars:
        assert rows(lars, "SELECT count(*) FROM bookings") == [(0,)]
        assert rows(lars, "SELECT count(*) FROM case_summaries") == [(0,)]


def test_an_advisor_hands_a_session_to_the_deputy_and_mails_the_pair_under_her_own_login(
    region: Region,
) -> None:
    """The database lets the advisor read the booking she handed over, and say its old event's
    cancellation went out, until it has; then the session is the deputy's alone."""
    admin = Context(SqlStore.open(region.admin_url), SystemClock())
    server = SmtpServer("smtp.rm.example", 587, "bua-booking", "booking@rm.example")
    mail.set_smtp_server(admin, ADMIN, server, "hemmeligt", KeyringSecrets(MemoryKeyring()))
    ulla, booking_id = region.people["ulla"], region.booking["pia_draft"]
    booked = bookings.list_bookings(admin)
    (before,) = [b for b in booked if b.id == booking_id]
    slot_id, day = before.slot_id, before.starts_at.date()
    assert slot_id is not None
    ctx = Context(SqlStore.open(region.logins["ulla"]), SystemClock(), actor_of(ulla))
    result = absences.add_absence(
        ctx, actor_of(ulla), ulla.email, day, day, "Kursus", {slot_id: absences.Handling.DEPUTY}
    )
    outbox = Outbox()

    sent = mail.send_invites_after_change(ctx, actor_of(ulla), list(result.invites_changed), outbox)

    assert sent.failed == () and outbox.methods == ["CANCEL", "REQUEST"]
    (handed,) = [b for b in bookings.list_bookings(admin) if b.id == booking_id]
    assert handed.superseded is None and handed.advisor_id == region.people["eva"].id
    with region.sql("kim") as kim:  # a colleague who knows no UID clears nothing
        kim.execute("SELECT public.bua_forget_superseded(%s, 'gaet')", [booking_id])
    for store in (ctx, admin):
        store.store.dispose()  # type: ignore[attr-defined]
