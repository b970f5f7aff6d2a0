"""The world the access tests run in, one per engine: Randers (730) with its advisor Ulla, the deputy
Bo, the booker Pia, the municipality's own contact Kim and a colleague Mads; Lemvig (665) with its
advisor Eva and the employee Lars; an administrator, a GP in the register, and the local system (no
--as). Pia has a booking with a complete draft summary; a teaching time is full. `Copies` hands out
fresh copies of it, and on PostgreSQL, with "postgresql-logins", everyone's own login.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.domain.calendar import ClosureCalendar
from app.domain.model import Actor, ContactKind, NewPerson, Profession, Role
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.summary import AgeBand, PathwayStep, SummaryContent
from app.domain.time import TIMEZONE
from app.services import (
    bookings,
    contacts,
    occurrences,
    people,
    rules,
    series,
    summaries,
)
from app.services.clock import SystemClock
from app.services.context import Context
from db.engine import create_store_engine
from db.models import Base
from db.server import add_login
from db.store import SqlStore
from tests.conftest import _pg_admin, _pg_url, drop_roles

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
    while not ClosureCalendar().is_working_day(first):  # a series starts on an open weekday
        first += timedelta(days=1)
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


WORLD_ENGINES = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.postgres),
    pytest.param("postgresql-logins", marks=pytest.mark.postgres),
]


def copies_of_world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Copies, World]]:
    """The world on the engine `request.param` names (one of WORLD_ENGINES) and its copies: what each
    test module's module-scoped `world` fixture yields."""
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
