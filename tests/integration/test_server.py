"""A shared PostgreSQL store as a region runs it: set up by its administrator, each person logged in
with a login of their own, the database itself deciding what each may see and change.

Every check logs in as the real per-person login (never SET ROLE, which leaves session_user as it
was), and asks both with plain SQL, as a modified client would, and through the program.
"""

from __future__ import annotations

import io
import json
import threading
from dataclasses import dataclass
from datetime import date, time, timedelta
from time import monotonic, sleep
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.domain.mail import SmtpServer
from app.domain.model import ContactKind, NewPerson, Person, Role
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.summary import AgeBand, PathwayStep, SummaryContent
from app.errors import BuaError, StoreUnavailable
from app.services import absences, bookings, contacts, mail, series, slots, summaries
from app.services.context import Context, SystemClock
from app.services.people import add_person, set_person_active
from cli.wiring import start
from db.engine import create_store_engine
from db.secrets import KeyringSecrets
from db.server import PERSONAL_TABLES, add_login
from db.store import SqlStore
from tests.conftest import _pg_admin
from tests.fakes import FixedClock, MemoryKeyring, Outbox
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, weekly_series
from tests.integration.test_cli import run

pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)]

RANDERS, AARHUS = "730", "751"
PIA_DRAFT = "Kladde: drengen græder hver morgen"
PIA_SENT = "Sendt: pigen spiser ikke i skolen"
LARS_SENT = "Sendt: Aarhus-sagen om angst"


@dataclass
class Region:
    admin_url: str  # the database administrator's (a superuser)
    logins: dict[str, str]  # name: that person's own connection URL
    people: dict[str, Person]
    booking: dict[str, int]  # pia_sent, pia_draft, lars_sent
    free_slot: int  # a free Randers 1:1 slot

    def sql(self, who: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(_plain(self.logins[who]), autocommit=True)


@pytest.fixture
def server_db(store_url: str) -> str:
    """A fresh store on the server, set up by its administrator; its logins go with it."""
    return store_url


def _login(admin_url: str, person: Person) -> str:
    database = make_url(admin_url).database
    login = f"{database}_{person.email.split('@')[0]}"
    engine = create_store_engine(admin_url)
    add_login(engine, person.email, login, "en-lang-nok-adgangskode")
    engine.dispose()
    return (
        make_url(admin_url)
        .set(username=login, password="en-lang-nok-adgangskode")
        .render_as_string(hide_password=False)
    )


def _monday_after(day: date, weeks: int) -> date:
    return day + timedelta(days=7 * weeks - day.weekday())


@pytest.fixture
def region(server_db: str) -> Region:
    """Randers (730) with Pia and Kim (the municipality's own contact), Aarhus (751) with Lars; Ulla is
    Randers' advisor, Eva Aarhus' and Randers' deputy today; Ada administers. Built as the server's
    administrator through the services, on today's real date (the policies know no test clock)."""
    ctx = Context(SqlStore.open(server_db), SystemClock())
    today = ctx.clock.today()
    ulla = add_advisor(ctx, "ulla@bua.example", "Ulla Bak")
    eva = add_advisor(ctx, "eva@bua.example", "Eva Dahl")
    ada = add_person(ctx, ADMIN, NewPerson("ada@bua.example", "Ada Berg", Role.ADMINISTRATOR))
    pia = add_member(ctx, "pia@randers.example", RANDERS, name="Pia Holm")
    kim = add_member(ctx, "kim@randers.example", RANDERS, name="Kim Lund")
    lars = add_member(ctx, "lars@aarhus.example", AARHUS, name="Lars Bo")
    contacts.assign_contact(ctx, ADMIN, RANDERS, ContactKind.BUA_ADVISOR, ulla.email, today)
    contacts.assign_contact(ctx, ADMIN, AARHUS, ContactKind.BUA_ADVISOR, eva.email, today)
    contacts.assign_contact(ctx, ADMIN, RANDERS, ContactKind.BUA_DEPUTY, eva.email, today)
    contacts.assign_contact(ctx, ADMIN, RANDERS, ContactKind.MUNICIPAL_CONTACT, kim.email, today)
    first, last = _monday_after(today, 2), _monday_after(today, 6)
    weekly_series(ctx, ulla, 1, time(9), first, last, RANDERS)
    weekly_series(ctx, eva, 2, time(13), first, last, AARHUS)
    randers = slots.list_slots(ctx, municipality_code=RANDERS, from_date=first, to_date=last)
    aarhus = slots.list_slots(ctx, municipality_code=AARHUS, from_date=first, to_date=last)

    def content(problem: str) -> SummaryContent:
        return SummaryContent("Henvise?", problem, AgeBand.SCHOOL, PathwayStep.STEP_2)

    booked = {
        "pia_sent": bookings.book(ctx, actor_of(pia), randers[0].id).id,
        "pia_draft": bookings.book(ctx, actor_of(pia), randers[1].id).id,
        "lars_sent": bookings.book(ctx, actor_of(lars), aarhus[0].id).id,
    }
    summaries.submit(ctx, actor_of(pia), booked["pia_sent"], content(PIA_SENT))
    summaries.save_draft(ctx, actor_of(pia), booked["pia_draft"], content(PIA_DRAFT))
    summaries.submit(ctx, actor_of(lars), booked["lars_sent"], content(LARS_SENT))
    ctx.store.dispose()  # type: ignore[attr-defined]
    people = {p.email.split("@")[0]: p for p in (ulla, eva, ada, pia, kim, lars)}
    logins = {name: _login(server_db, person) for name, person in people.items()}
    return Region(server_db, logins, people, booked, randers[2].id)


def _plain(url: str) -> str:
    """A SQLAlchemy URL as psycopg takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _rows(connection: psycopg.Connection[tuple[Any, ...]], query: str) -> list[tuple[Any, ...]]:
    return connection.execute(query).fetchall()


def _refused(connection: psycopg.Connection[tuple[Any, ...]], statement: str) -> bool:
    """Whether the database refuses `statement` (no privilege) or lets it change nothing."""
    try:
        changed = connection.execute(statement).rowcount
    except psycopg.errors.InsufficientPrivilege:
        return True
    return changed == 0


# --- what a login is and owns ----------------------------------------------------------------------


def test_no_login_has_rights_beyond_its_person(region: Region) -> None:
    with psycopg.connect(_plain(region.admin_url)) as db:
        logins = [make_url(url).username for url in region.logins.values()]
        assert not _rows(
            db,
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(ARRAY[{}]) AND "
            "(rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb)".format(
                ",".join(f"'{n}'" for n in logins)
            ),
        )
        owners = {
            r[0]
            for r in _rows(
                db,
                "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
            )
        }
        assert not owners & set(logins) and len(owners) == 1 and next(iter(owners)).endswith("_owner")
        unguarded = _rows(
            db,
            "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' "
            "AND relname <> 'alembic_version' AND relname <> 'municipalities' "
            "AND NOT (relrowsecurity AND relforcerowsecurity)",
        )
        assert unguarded == [] and len(PERSONAL_TABLES) >= 13
        assert not _rows(
            db,
            "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND prosecdef "
            "AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) c WHERE c LIKE 'search_path=%')",
        )
        assert (
            _rows(
                db, "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND prosecdef"
            )[0][0]
            > 3
        )
        assert not _rows(
            db,
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
            "AND c.relkind = 'v' AND NOT coalesce('security_invoker=true' = ANY(c.reloptions), false)",
        )
        grants = _rows(
            db,
            "SELECT grantee, privilege_type FROM information_schema.role_table_grants "
            "WHERE table_name = 'audit_log' AND grantee NOT LIKE '%_owner' AND grantee <> 'postgres'",
        )
        assert {privilege for _, privilege in grants} <= {"SELECT"}, grants


# --- what each person sees, asked with plain SQL ---------------------------------------------------


def test_a_municipal_employee_sees_only_their_own_with_plain_sql(region: Region) -> None:
    with region.sql("lars") as lars:
        texts = [r[0] for r in _rows(lars, "SELECT problem FROM case_summaries")]
        assert texts == [LARS_SENT]
        assert [r[0] for r in _rows(lars, "SELECT id FROM bookings")] == [region.booking["lars_sent"]]
        emails = {r[0] for r in _rows(lars, "SELECT email FROM people")}
        assert not {e for e in emails if e.endswith("@randers.example")}, emails
        assert "lars@aarhus.example" in emails and "ulla@bua.example" in emails
        assert _rows(lars, "SELECT count(*) FROM slots WHERE municipality_code = '730'") == [(0,)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            lars.execute("SELECT count(*) FROM audit_log")
    with region.sql("pia") as pia:
        assert {r[0] for r in _rows(pia, "SELECT problem FROM case_summaries")} == {PIA_SENT, PIA_DRAFT}
        # a setting a client can set is no boundary, and none is used
        pia.execute("SELECT set_config('app.municipality', '751', false)")
        assert _rows(pia, "SELECT count(*) FROM bookings WHERE municipality_code = '751'") == [(0,)]


def test_the_municipality_contact_sees_who_booked_but_no_summary(region: Region) -> None:
    with region.sql("kim") as kim:
        booked = {r[0] for r in _rows(kim, "SELECT id FROM bookings")}
        assert booked == {region.booking["pia_sent"], region.booking["pia_draft"]}
        assert "pia@randers.example" in {r[0] for r in _rows(kim, "SELECT email FROM people")}
        assert _rows(kim, "SELECT count(*) FROM case_summaries") == [(0,)]


def test_an_employees_report_reads_their_municipalitys_bookings_as_states_only(region: Region) -> None:
    """The function behind an employee's status report: their own municipality's bookings, no person,
    no GP, and a cancellation reason only when it is one of the codes asked for."""
    codes = "ARRAY['illness', 'other']"
    with region.sql("lars") as lars:
        assert _rows(lars, f"SELECT count(*) FROM bua_municipality_bookings('730', {codes})") == [(0,)]
        (slot,) = _rows(lars, f"SELECT slot_id FROM bookings WHERE id = {region.booking['lars_sent']}")
        found = _rows(lars, f"SELECT * FROM bua_municipality_bookings('751', {codes})")
        assert found == [(region.booking["lars_sent"], slot[0], "booked", None, False)]
    with region.sql("pia") as pia:  # not the contact: the policies show her own two bookings only
        mine = {region.booking["pia_sent"], region.booking["pia_draft"]}
        assert {r[0] for r in _rows(pia, f"SELECT id FROM bua_municipality_bookings('730', {codes})")} == mine
        assert _rows(pia, f"SELECT count(*) FROM bua_municipality_bookings('751', {codes})") == [(0,)]


def test_bua_reads_submitted_summaries_of_its_sessions_never_drafts(region: Region) -> None:
    with region.sql("ulla") as ulla:
        assert [r[0] for r in _rows(ulla, "SELECT problem FROM case_summaries")] == [PIA_SENT]
        emails = {r[0] for r in _rows(ulla, "SELECT email FROM people")}
        assert "lars@aarhus.example" not in emails and "pia@randers.example" in emails
    with region.sql("eva") as eva:  # Aarhus' advisor, and Randers' deputy today
        assert {r[0] for r in _rows(eva, "SELECT problem FROM case_summaries")} == {PIA_SENT, LARS_SENT}
    with region.sql("ada") as ada:  # an administrator: everything but case summaries
        assert _rows(ada, "SELECT count(*) FROM case_summaries") == [(0,)]
        assert _rows(ada, "SELECT count(*) FROM bookings") == [(3,)]
        assert _rows(ada, "SELECT count(*) FROM audit_log")[0][0] > 0


# --- what each person may change --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "statement"),
    [
        ("pia", "UPDATE people SET role = 'administrator'"),
        ("pia", "UPDATE settings SET value = '\"smtp.evil.example\"'"),
        ("pia", "INSERT INTO settings (key, value) VALUES ('smtp', '{}')"),
        ("pia", "DELETE FROM closure_dates"),
        ("pia", "UPDATE slots SET starts_at = now()"),
        (
            "pia",
            "UPDATE bookings SET state = 'cancelled' WHERE person_id <> (SELECT id FROM people "
            "WHERE email = 'pia@randers.example')",
        ),
        (
            "pia",
            "INSERT INTO audit_log (at, actor_label, action, entity, entity_id) "
            "VALUES (now(), 'x', 'x', 'x', '1')",
        ),
        ("pia", "UPDATE audit_log SET actor_label = 'x'"),
        ("pia", "DELETE FROM audit_log"),
        ("pia", "TRUNCATE audit_log"),
        ("pia", "ALTER TABLE audit_log DISABLE TRIGGER ALL"),
        ("pia", "DROP TRIGGER audit_log_append_only ON audit_log"),
        ("lars", "UPDATE case_summaries SET problem = 'x' WHERE municipality_code = '730'"),
        ("kim", "UPDATE case_summaries SET problem = 'x'"),
        ("ulla", "UPDATE slot_series SET video_url = 'https://evil.example' WHERE municipality_code = '751'"),
        ("ulla", "UPDATE people SET active = false"),
        ("ulla", "UPDATE case_summaries SET problem = 'x'"),
        ("ada", "UPDATE case_summaries SET problem = 'x'"),
        ("ada", "DELETE FROM audit_log"),
        ("ada", "TRUNCATE audit_log"),
        ("eva", "DELETE FROM absences"),
    ],
)
def test_writes_beyond_the_access_table_are_refused(region: Region, who: str, statement: str) -> None:
    with region.sql(who) as connection:
        assert _refused(connection, statement), f"{who}: {statement}"
    with psycopg.connect(_plain(region.admin_url)) as db:
        assert _rows(db, "SELECT count(*) FROM people WHERE role = 'administrator'") == [(1,)]


def test_the_place_counter_cannot_be_faked(region: Region) -> None:
    with region.sql("pia") as pia, pytest.raises(psycopg.errors.IntegrityConstraintViolation):
        pia.execute(f"UPDATE slots SET booked_count = 1 WHERE id = {region.free_slot}")


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
    with psycopg.connect(_plain(region.admin_url)) as db:
        stamped = _rows(
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
    with psycopg.connect(_plain(region.admin_url)) as db:
        (row,) = _rows(db, "SELECT actor_person_id, actor_label FROM audit_log WHERE action = 'x'")
    assert row == (region.people["pia"].id, "pia@randers.example")


def test_one_winner_when_every_racer_is_its_own_login(region: Region) -> None:
    admin = Context(SqlStore.open(region.admin_url), SystemClock())
    racers = [add_member(admin, f"r{n}@randers.example", RANDERS, name=f"Racer {n}") for n in range(8)]
    admin.store.dispose()  # type: ignore[attr-defined]
    urls = [_login(region.admin_url, racer) for racer in racers]
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
    with psycopg.connect(_plain(server_db)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreUnavailable, match="nyere end programmet"):
        start(server_db)


def test_a_place_freed_by_a_booker_goes_to_the_next_on_the_waitlist(region: Region) -> None:
    """Nina cannot see Ole's waitlist entry, yet her cancellation hands him the place, as on the local
    file."""
    admin = Context(SqlStore.open(region.admin_url), SystemClock())
    first = _monday_after(admin.clock.today(), 2)
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
    booker_url, waiter_url = _login(region.admin_url, nina), _login(region.admin_url, ole)
    booker = Context(SqlStore.open(booker_url), SystemClock(), actor_of(nina))
    waiter = Context(SqlStore.open(waiter_url), SystemClock(), actor_of(ole))
    booking = bookings.book(booker, booker.actor, slot.id)
    waiting = bookings.join_waitlist(waiter, waiter.actor, slot.id)
    with booker.store.read() as uow:
        assert uow.bookings.get(waiting.id) is None  # Ole's entry is not Nina's to see

    bookings.cancel(booker, booker.actor, booking.id, "other")

    with waiter.store.read() as uow:
        promoted = uow.bookings.get(waiting.id)
    assert promoted is not None and promoted.state.value == "booked"
    with psycopg.connect(_plain(region.admin_url)) as db:
        assert _rows(db, f"SELECT booked_count FROM slots WHERE id = {slot.id}") == [(2,)]  # Mads, Ole
        assert _rows(
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
    session_day = _monday_after(written, 1) + timedelta(days=2)
    weekly_series(ctx, advisor, 2, time(10), session_day, session_day, RANDERS)
    pia = add_member(ctx, "pia@randers.example", RANDERS)
    (slot,) = slots.list_slots(ctx, from_date=session_day, to_date=session_day)
    booking = bookings.book(ctx, actor_of(pia), slot.id)
    summaries.save_draft(ctx, actor_of(pia), booking.id, SummaryContent(problem=MARKER))
    ctx.store.dispose()  # type: ignore[attr-defined]
    with psycopg.connect(_plain(server_db), autocommit=True) as db:
        assert MARKER.encode() in _pages(db, "case_summaries")  # the test would see it

        code, out, err = run(capsys, server_db, "server", "purge")

        assert code == 0 and out.startswith("1 udløbne sagsresuméer slettet"), err
        assert MARKER.encode() not in _pages(db, "case_summaries")
        assert _rows(db, "SELECT count(*) FROM case_summary_tombstones") == [(1,)]


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
        psycopg.connect(_plain(pia_url)).close()
    with psycopg.connect(_plain(server_db)) as db:
        assert _rows(db, "SELECT db_login FROM people") == [(None,)]


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
    with psycopg.connect(_plain(region.admin_url), autocommit=True) as db:
        ulla = make_url(region.logins["ulla"]).username
        assert _rows(db, f"SELECT count(*) FROM pg_stat_activity WHERE usename = '{ulla}'") == [(1,)]

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
        assert _rows(lars, "SELECT count(*) FROM bookings") == [(0,)]
        assert _rows(lars, "SELECT count(*) FROM case_summaries") == [(0,)]


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
