"""Every command line command, for every role: allowed, or refused with exit 4 and nothing changed.

One world per engine: Randers (730) with its advisor Ulla, the deputy Bo, the booker Pia, the
municipality's own contact Kim and a colleague Mads; Lemvig (665) with its advisor Eva and the employee
Lars; an administrator, a GP in the register, and the local system (no --as). Pia has a booking with a
complete draft summary; a teaching time is full. An allowed command runs on a fresh copy of the world;
a refused one on a shared copy, whose every table must read the same afterwards.
"""

from __future__ import annotations

import argparse
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.domain.booking import CancelReason
from app.domain.model import Actor, ContactKind, NewPerson, Profession, Role
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.summary import AgeBand, PathwayStep, SummaryContent
from app.domain.time import TIMEZONE
from app.errors import RuleRefused
from app.services import (
    admin_view,
    advisor_view,
    bookings,
    contacts,
    occurrences,
    people,
    rules,
    series,
    slots,
    staff_view,
    summaries,
)
from app.services.access import POLICY, Action, Kind, Scope
from app.services.context import Context, SystemClock
from cli.main import build_parser
from cli.main import main as cli_main
from db.engine import create_store_engine
from db.models import Base
from db.server import add_login
from db.store import SqlStore
from tests.conftest import _pg_admin, _pg_url, drop_roles
from tests.fakes import MemoryKeyring

SYSTEM = Actor.system("test")
ZONE = ZoneInfo(TIMEZONE)
EVERYONE = ("pia", "kim", "lars", "ulla", "bo", "eva", "admin", "gp", "system")
PEOPLE = {
    "pia": ("pia@randers.example", Role.MUNICIPAL_STAFF, "730"),
    "kim": ("kim@randers.example", Role.MUNICIPAL_STAFF, "730"),
    "mads": ("mads@randers.example", Role.MUNICIPAL_STAFF, "730"),
    "lars": ("lars@lemvig.example", Role.MUNICIPAL_STAFF, "665"),
    "ulla": ("ulla@bua.example", Role.ADVISOR, None),
    "bo": ("bo@bua.example", Role.ADVISOR, None),
    "eva": ("eva@bua.example", Role.ADVISOR, None),
    "admin": ("koordinator@bua.example", Role.ADMINISTRATOR, None),
    "gp": ("laege@klinik.example", Role.GP, None),
}
BUA_MANAGERS = {"ulla", "admin", "system"}  # Randers' series: its own advisor, an administrator
ADMINS = {"admin", "system"}
READERS = set(EVERYONE) - {"gp"}  # a GP is a guest and reads nothing
BOOKING_BUA = {"ulla", "bo", "admin"}  # act for BUA on Pia's session


@dataclass
class World:
    ids: dict[str, int | str]


def _weekly(
    advisor: str, municipality: str, first: date, count: int, kind: SessionType, at: time = time(10)
) -> series.SeriesSpec:
    rule = RecurrenceRule(weekday=first.weekday(), start_time=at, starts_on=first, count=count)
    capacity = 2 if kind is SessionType.TEACHING else None
    return series.SeriesSpec(municipality, PEOPLE[advisor][0], rule, kind, capacity)


def build_world(url: str) -> World:
    store = SqlStore.open(url)
    ctx = Context(store, SystemClock())
    try:
        return _populate(ctx)
    finally:
        store.dispose()


def _populate(ctx: Context) -> World:
    person = {}
    for key, (email, role, municipality) in PEOPLE.items():
        profession = Profession.PSYCHOLOGIST if role is Role.MUNICIPAL_STAFF else None
        added = people.add_person(ctx, SYSTEM, NewPerson(email, key.title(), role, municipality, profession))
        person[key] = Actor(added.id, added.email)
    for municipality, kind, who in (
        ("730", ContactKind.BUA_ADVISOR, "ulla"),
        ("730", ContactKind.BUA_DEPUTY, "bo"),
        ("730", ContactKind.MUNICIPAL_CONTACT, "kim"),
        ("665", ContactKind.BUA_ADVISOR, "eva"),
    ):
        contacts.assign_contact(ctx, SYSTEM, municipality, kind, PEOPLE[who][0])
    rules.set_rule(ctx, SYSTEM, "max_future_bookings", "5")
    first = date.today() + timedelta(days=14)
    randers = series.create_series(ctx, SYSTEM, _weekly("ulla", "730", first, 12, SessionType.SPARRING))
    lemvig = series.create_series(ctx, SYSTEM, _weekly("eva", "665", first, 2, SessionType.SPARRING))
    teaching = series.create_series(
        ctx, SYSTEM, _weekly("ulla", "730", first, 1, SessionType.TEACHING, time(13))
    )
    with ctx.store.read() as uow:
        slots = sorted(uow.slots.for_series(randers.series.id, first), key=lambda s: s.starts_at)
        (teaching_slot,) = uow.slots.for_series(teaching.series.id, first)
    booking = bookings.book(ctx, person["pia"], slots[0].id)
    summaries.save_draft(
        ctx,
        person["pia"],
        booking.id,
        SummaryContent(
            question="Hvordan støtter skolen bedst en elev med angst?",
            problem="En elev i 4. klasse undgår skolen og har ondt i maven om morgenen.",
            age_band=AgeBand.SCHOOL,
            pathway_step=PathwayStep.STEP_2,
        ),
    )
    bookings.book(ctx, person["pia"], teaching_slot.id)
    bookings.book(ctx, person["mads"], teaching_slot.id)
    occurrences.cancel_occurrence(ctx, SYSTEM, randers.series.id, slots[3].occurrence_date, "Kursus")
    return World(
        {
            "booking": booking.id,
            "booked_slot": slots[0].id,
            "series": randers.series.id,
            "lemvig_series": lemvig.series.id,
            "free_slot": slots[1].id,
            "cancel_day": slots[2].occurrence_date.isoformat(),
            "restore_day": slots[3].occurrence_date.isoformat(),
            "move_slot": slots[4].id,
            "move_day": slots[4].starts_at.astimezone(ZONE).date().isoformat(),
            "teaching_slot": teaching_slot.id,
            "absence_day": slots[1].occurrence_date.isoformat(),
            "first": first.isoformat(),
            "last": (first + timedelta(days=60)).isoformat(),
        }
    )


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]
    allowed: frozenset[str]
    codes: dict[str, int] = field(default_factory=dict)  # roles whose answer is another exit code
    hidden: dict[str, str] = field(default_factory=dict)  # role: text its allowed output must not hold

    def expected(self, role: str) -> int:
        return self.codes.get(role, 0 if role in self.allowed else 4)


def case(
    line: str, allowed: set[str], codes: dict[str, int] | None = None, hidden: dict[str, str] | None = None
) -> Case:
    return Case(tuple(line.split()), frozenset(allowed), codes or {}, hidden or {})


SUMMARY_TEXT = "Eleven er urolig i timerne."
CASES = {
    "db upgrade": case("db upgrade", set(EVERYONE)),  # a local file; a server is refused (see below)
    "db status": case("db status", set(EVERYONE)),
    "demo": case("demo", set()),  # the system is refused too: the store is not empty
    "municipalities list": case(
        "municipalities list --json", READERS, hidden={"lars": "ulla@bua.example", "pia": "eva@bua.example"}
    ),
    "people add": case("people add --email ny@bua.example --name Ny --role advisor", ADMINS),
    "people list": case(
        "people list --json", READERS, hidden={"pia": "lars@", "ulla": "pia@", "lars": "pia@"}
    ),
    "contacts assign": case(
        "contacts assign --municipality 730 --kind municipal_contact "
        "--email pia@randers.example --from {last}",
        ADMINS,
    ),
    "contacts list": case("contacts list --json", READERS, hidden={"lars": "ulla@", "kim": "eva@"}),
    "closures add": case("closures add {absence_day} --reason Personaledag", ADMINS),
    "closures remove": case("closures remove --annual 24-12", ADMINS),
    "closures list": case("closures list", READERS),
    "series add": case(
        "series add --municipality 730 --advisor ulla@bua.example --weekday tue --time 13:00 "
        "--from {first} --count 2",
        BUA_MANAGERS,
    ),
    "series list": case(
        "series list --json",
        {"ulla", "bo", "eva", "admin", "system"},
        hidden={"eva": '"730"', "ulla": '"665"'},
    ),
    "series edit": case(
        "series edit --series {series} --from {cancel_day} --video-url https://video.example/ny", BUA_MANAGERS
    ),
    "series cancel-occurrence": case(
        "series cancel-occurrence --series {series} --date {cancel_day} --reason Kursus", BUA_MANAGERS
    ),
    "series restore-occurrence": case(
        "series restore-occurrence --series {series} --date {restore_day}", BUA_MANAGERS
    ),
    "series move-occurrence": case(
        "series move-occurrence --slot {move_slot} --date {move_day} --time 13:00", BUA_MANAGERS
    ),
    "slots list": case(
        "slots list --json", READERS, hidden={"lars": '"730"', "eva": '"730"', "pia": '"665"'}
    ),
    "book": case("book --slot {free_slot}", {"pia", "kim"}),
    "cancel": case(
        f"cancel --booking {{booking}} --reason {CancelReason.OTHER.value}", {"pia"} | BOOKING_BUA
    ),
    "reschedule": case("reschedule --booking {booking} --to-slot {free_slot}", {"pia"} | BOOKING_BUA),
    "bookings list": case(
        "bookings list --json",
        READERS,
        hidden={"lars": "pia@", "eva": "pia@", "pia": "mads@", "ulla": "lars@"},
    ),
    "waitlist list": case("waitlist list --slot {teaching_slot}", READERS - {"lars", "eva"}),  # Randers' time
    "waitlist join": case("waitlist join --slot {teaching_slot}", {"kim"}),
    "waitlist leave": case(
        "waitlist leave --slot {teaching_slot}", set(), codes={"pia": 3, "kim": 3, "lars": 3}
    ),
    "absence add": case(
        "absence add --advisor ulla@bua.example --from {absence_day} --to {absence_day} --reason Syg "
        "--cancel-all",
        BUA_MANAGERS,
    ),
    "absence list": case("absence list", {"ulla", "bo", "eva", "admin", "system"}),
    "outcome": case("outcome --booking {booking} --status cancelled-by-bua --reason Syg", BOOKING_BUA),
    "rules show": case("rules show", READERS),
    "rules set": case("rules set max_future_bookings 3", ADMINS),
    "check-summary": case("check-summary {summary_file}", set(EVERYONE)),
    "summary show": case("summary show --booking {booking}", {"pia", "ulla", "bo"}),
    "summary save": case("summary save --booking {booking} --tried Samtaler", {"pia"}),
    "summary submit": case("summary submit --booking {booking}", {"pia"}),
    "summary reminders": case("summary reminders", {"pia", "kim", "lars"}),
    "purge": case("purge", ADMINS),
    # Counts only: municipal staff their own municipality's, BUA the sessions it serves.
    "report": case(
        "report --from {first} --to {last} --json",
        READERS,
        hidden={"kim": '"665"', "pia": '"665"', "lars": '"730"'},
    ),
    "report --municipality": case(
        "report --from {first} --to {last} --municipality 665", READERS - {"pia", "kim"}
    ),
    "export-ics --booking": case("export-ics --booking {booking} -o {ics}", {"pia", "system"} | BOOKING_BUA),
    "export-ics --series": case("export-ics --series {series} -o {ics}", {"ulla", "bo", "admin", "system"}),
    "export-ics --person": case(
        "export-ics --person pia@randers.example --from {first} --to {last} -o {ics}",
        {"pia", "admin", "system"},
    ),
    "smtp set": case("smtp set --host 127.0.0.1 --port 2525 --user bua --from bua@bua.example", ADMINS),
    "smtp show": case("smtp show", ADMINS),
    # No mail server is set up: whoever may send gets exit 8, everyone else the refusal.
    "send-invite": case(
        "send-invite --booking {booking}", set(), codes=dict.fromkeys({"pia", "system"} | BOOKING_BUA, 8)
    ),
}


def _commands() -> set[str]:
    """Every command the parser knows, as "group action" or "command"."""
    found: set[str] = set()
    for action in build_parser()._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
            found |= {f"{name} {child}" for n in nested for child in n.choices} or {name}
    return found


# The database administrator's commands are no person's: a server decides who runs them (a
# superuser), and tests/integration/test_server.py shows that a person's login cannot.
SERVER_COMMANDS = {"server setup", "server add-login", "server remove-login", "server purge"}


def test_the_table_covers_every_command() -> None:
    covered = {key.split(" --")[0] for key in CASES}
    assert covered | SERVER_COMMANDS == _commands()


def snapshot(url: str) -> dict[str, list[tuple[object, ...]]]:
    store = SqlStore.open(url)
    try:
        with store.engine.connect() as connection:
            return {
                table.name: [
                    tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key))
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        store.dispose()


class Copies:
    """Copies of the world on one engine: a fresh one per allowed command, one shared by refusals."""

    def __init__(
        self, engine: str, tmp: Path, world_url: str, template: str, logins: dict[str, str] | None = None
    ) -> None:
        self.engine, self.tmp, self.world_url, self.template = engine, tmp, world_url, template
        self.logins = logins or {}  # role: its own server login (the copies share the world's)
        self.made: list[str] = []

    def connect_as(self, url: str, role: str) -> tuple[str, list[str]]:
        """The URL and arguments `role` runs a command with: their own login where they have one,
        else the database administrator's connection naming them with --as."""
        if role in self.logins:
            return make_url(url).set(username=self.logins[role]).render_as_string(hide_password=False), []
        return url, [] if role == "system" else ["--as", PEOPLE[role][0]]

    def fresh(self) -> str:
        if self.engine == "sqlite":
            target = self.tmp / f"copy-{uuid.uuid4().hex[:8]}.db"
            shutil.copyfile(self.template, target)
            return f"sqlite:///{target}"
        name = f"bua_access_{uuid.uuid4().hex[:10]}"
        with _pg_admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.made.append(name)
        return _pg_url(name)

    def discard(self, url: str) -> None:
        if self.engine == "sqlite":
            Path(url.removeprefix("sqlite:///")).unlink()
            return
        name = url.rsplit("/", 1)[1]
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.made.remove(name)

    def drop(self) -> None:
        with _pg_admin() as admin:
            for name in [*self.made, self.template]:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            drop_roles(admin, self.template)


@pytest.fixture(
    scope="module",
    params=[
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.postgres),
        pytest.param("postgresql-logins", marks=pytest.mark.postgres),
    ],
)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Copies, World]]:
    tmp = tmp_path_factory.mktemp("access")
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        world_file = tmp / "world.db"
        shutil.copyfile(template, world_file)
        url = f"sqlite:///{world_file}"
        built = build_world(url)
        yield Copies("sqlite", tmp, url, str(world_file)), built
        return
    pg_template: str = request.getfixturevalue("pg_template")
    name = f"bua_world_{uuid.uuid4().hex[:10]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    built = build_world(_pg_url(name))
    logins = {}
    if request.param == "postgresql-logins":  # everyone but the GP (a guest) logs in as themselves
        engine = create_store_engine(_pg_url(name))
        for role, (email, *_) in PEOPLE.items():
            if role != "gp":
                logins[role] = f"{name}_{role}"
                add_login(engine, email, logins[role], None)
        engine.dispose()
    copies = Copies("postgresql", tmp, _pg_url(name), name, logins)
    yield copies, built
    copies.drop()


@pytest.fixture(scope="module")
def shared(world: tuple[Copies, World]) -> str:
    return world[0].fresh()


@pytest.fixture
def cli(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> Iterator[object]:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "hemmelig")

    def run(url: str, role: str, argv: list[str]) -> tuple[int, str, str]:
        copies, _ = request.getfixturevalue("world")
        url, acting = copies.connect_as(url, role)
        code = cli_main(["--database", url, *acting, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    yield run


@pytest.mark.parametrize("role", EVERYONE)
@pytest.mark.parametrize("command", list(CASES))
def test_every_command_for_every_role(
    command: str, role: str, world: tuple[Copies, World], shared: str, cli: object, tmp_path: Path
) -> None:
    copies, built = world
    spec = CASES[command]
    summary_file = tmp_path / "resume.txt"
    summary_file.write_text(SUMMARY_TEXT, encoding="utf-8")
    values = {**built.ids, "summary_file": summary_file, "ics": tmp_path / "out.ics"}
    argv = [part.format(**values) for part in spec.argv]
    expected = spec.expected(role)
    if command in ("db upgrade", "purge") and shared.startswith("postgresql"):
        expected = 2  # a server's administrator migrates and purges it (`server setup|purge`), no client
    url = copies.fresh() if expected != 4 else shared
    before = snapshot(url) if expected == 4 else None
    code, out, err = cli(url, role, argv)  # type: ignore[operator]
    unseen = expected == 4 and role in copies.logins and code == 3
    if unseen:
        # Logged in as themselves, a person is not even told that another's booking or time exists:
        # row-level security hides it, and the answer is the one for an id nobody has.
        message = json.loads(out)["error"]["message"] if "--json" in argv else err
        assert "Ingen " in message and message.count("\n") <= 1, message
        code = 4
    assert code == expected, f"{command} as {role}: {err or out}"
    if expected == 4:
        if unseen:
            pass
        elif "--json" in argv:  # the refusal is a JSON object on stdout
            assert json.loads(out)["error"]["code"] == "rule_refused" and not err
        else:
            assert err.count("\n") == 1 and "Traceback" not in err and not out, err
        assert snapshot(url) == before, f"{command} as {role} was refused but changed the store"
    if role in spec.hidden:
        assert spec.hidden[role] not in out, f"{command} as {role} shows {spec.hidden[role]!r}"
    if command == "bookings list" and role == "kim":  # the municipality's contact sees who booked
        assert "pia@randers.example" in json.dumps(json.loads(out))
    if expected != 4:
        copies.discard(url)


# --- the services the window calls that no command reaches -------------------------------------------

ADVISOR_OWN = {"ulla", "admin", "system"}
VIEWS: dict[str, tuple[Callable[[Context, dict[str, int], World], object], set[str]]] = {
    "staff_overview": (lambda c, p, w: staff_view.staff_overview(c, p["pia"]), {"pia", "admin", "system"}),
    "advisor_period": (
        lambda c, p, w: advisor_view.advisor_period(c, p["ulla"], date.today(), date.today() + timedelta(60)),
        ADVISOR_OWN,
    ),
    "slots.advisor_week": (lambda c, p, w: slots.advisor_week(c, p["ulla"], date.today()), ADVISOR_OWN),
    "session_details": (
        lambda c, p, w: advisor_view.session_details(c, int(w.ids["booked_slot"])),
        {"ulla", "bo", "admin", "system"},
    ),
    "editor_basis": (lambda c, p, w: advisor_view.editor_basis(c, p["ulla"]), ADVISOR_OWN),
    "absence_impact": (
        lambda c, p, w: advisor_view.absence_impact(c, PEOPLE["ulla"][0], date.today(), date.today()),
        ADVISOR_OWN,
    ),
    "contact_history": (lambda c, p, w: admin_view.contact_history(c, "730"), READERS),
    "people_view": (lambda c, p, w: admin_view.people_view(c), READERS),
    "closures_view": (lambda c, p, w: admin_view.closures_view(c), READERS),
    "rules_view": (lambda c, p, w: admin_view.rules_view(c), READERS),
    "set_person_active": (
        lambda c, p, w: people.set_person_active(c, c.actor, PEOPLE["lars"][0], False),
        ADMINS,
    ),
}


@pytest.mark.parametrize("role", EVERYONE)
@pytest.mark.parametrize("view", list(VIEWS))
def test_every_window_service_for_every_role(view: str, role: str, world: tuple[Copies, World]) -> None:
    copies, built = world
    call, allowed = VIEWS[view]
    url = copies.fresh()
    store = SqlStore.open(url)
    try:
        with store.read() as uow:
            ids = {key: person.id for key in PEOPLE if (person := uow.people.by_email(PEOPLE[key][0]))}
        actor = SYSTEM if role == "system" else Actor(ids[role], PEOPLE[role][0])
        ctx = Context(store, SystemClock(), actor)
        before = snapshot(url)
        if role in allowed:
            call(ctx, ids, built)
        else:
            with pytest.raises(RuleRefused):
                call(ctx, ids, built)
            assert snapshot(url) == before
    finally:
        store.dispose()
        copies.discard(url)


def test_a_person_finds_only_themselves_unless_bua_administers(world: tuple[Copies, World]) -> None:
    copies, _ = world
    url = copies.fresh()
    store = SqlStore.open(url)
    try:
        with store.read() as uow:
            pia = uow.people.by_email(PEOPLE["pia"][0])
        assert pia is not None
        as_pia = Context(store, SystemClock(), Actor(pia.id, pia.email))
        assert people.find_person(as_pia, PEOPLE["pia"][0]) == pia
        assert people.find_person(as_pia, PEOPLE["lars"][0]) is None
        assert people.find_person(Context(store, SystemClock()), PEOPLE["lars"][0]) is not None
    finally:
        store.dispose()
        copies.discard(url)


def test_the_readme_table_is_the_policy() -> None:
    """README's "Who may do what" rows say, per action, exactly the scopes POLICY gives."""
    words = {"no": Scope.NONE, "own": Scope.OWN, "municipality": Scope.MUNICIPALITY}
    words |= {"served": Scope.SERVED, "all": Scope.ALL}
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 8 and cells[0].startswith("`") and cells[0].strip("`") in set(Action):
            rows[Action(cells[0].strip("`"))] = tuple(words[c] for c in cells[2:])
    kinds = (Kind.STAFF, Kind.CONTACT, Kind.ADVISOR, Kind.ADMINISTRATOR, Kind.GP, Kind.SYSTEM)
    assert rows == {action: tuple(POLICY[action][k] for k in kinds) for action in Action}
