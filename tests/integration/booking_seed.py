"""The store the booking state machine starts from: people, contacts and four weekly series created
once per engine through the services, and `StoreCopies`, a fresh copy of it per Hypothesis example
(a file copy, or CREATE DATABASE ... TEMPLATE).
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from sqlalchemy.engine import make_url

from app.domain.booking import GpGuest
from app.domain.model import ContactKind, NewPerson, Person, Profession, Role, SlotFilter
from app.domain.recurrence import RecurrenceRule, SessionType
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.people import add_person
from app.services.rules import set_rule
from app.services.series import SeriesSpec, create_series
from db.store import SqlStore
from tests.conftest import TODAY, _pg_admin, _pg_url
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN

MISSING_ID = 999_999
MAX_CLOCK_DAYS = 28
MAX_ABSENCES = 3  # each one cancels the open slots of its days: more would leave little to book
TEACHING = SessionType.TEACHING
SERIES_START, SERIES_END = date(2027, 1, 5), date(2027, 3, 5)  # the last weeks lie beyond the horizon

PEOPLE = {
    # Staff of Randers (730): three eligible, so the teaching slot (2 places) gets a waitlist.
    "pia": NewPerson("pia@randers.example", "Pia Holm", Role.MUNICIPAL_STAFF, "730", Profession.PSYCHOLOGIST),
    "per": NewPerson(
        "per@randers.example", "Per Lund", Role.MUNICIPAL_STAFF, "730", Profession.SOCIAL_WORKER
    ),
    "pil": NewPerson(
        "pil@randers.example", "Pil Due", Role.MUNICIPAL_STAFF, "730", Profession.FAMILY_COUNSELLOR
    ),
    "ole": NewPerson("ole@randers.example", "Ole Bo", Role.MUNICIPAL_STAFF, "730", Profession.OTHER),
    # Aarhus (751): another municipality.
    "aja": NewPerson("aja@aarhus.example", "Aja Kim", Role.MUNICIPAL_STAFF, "751", Profession.PSYCHOLOGIST),
    "gry": NewPerson("gry@laege.example", "Gry Lund", Role.GP, clinic="Lægehuset"),
    "ulla": NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR),  # advisor of 730 and 751
    "dan": NewPerson("dan@bua.example", "Dan Vik", Role.ADVISOR),  # deputy of 730 only
    "eva": NewPerson("eva@bua.example", "Eva Ry", Role.ADVISOR),  # an advisor of neither
    "ada": NewPerson("ada@bua.example", "Ada Berg", Role.ADMINISTRATOR),
}
ELIGIBLE = ("pia", "per", "pil", "aja")
BOOKERS = (*ELIGIBLE, "ole", "gry", "ulla")  # the last three may never book
BUA = ("ulla", "dan", "eva", "ada")
GOOD_GP = GpGuest("Gry Lund", "gry@laege.example", "Lægehuset")
GPS = (None, None, None, GOOD_GP, GOOD_GP, GOOD_GP, GOOD_GP, GpGuest("Gry", "ikke-en-adresse"))  # weighed


@dataclass(frozen=True)
class Seed:
    people: dict[str, Person]
    slots: dict[SessionType, tuple[tuple[int, date], ...]]  # (id, day) by kind, in time order
    kind_of: dict[int, SessionType]


def seed_store(url: str) -> Seed:
    """People, contacts and four weekly series, created through the services at TODAY."""
    store = SqlStore.open(url)
    try:
        ctx = Context(store, FixedClock(TODAY))
        people = {key: add_person(ctx, ADMIN, new) for key, new in PEOPLE.items()}
        set_rule(ctx, ADMIN, "max_future_bookings", "4")  # the default 2 leaves few bookings to test
        ulla, dan = people["ulla"].email, people["dan"].email
        assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, ulla)
        assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, dan)
        assign_contact(ctx, ADMIN, "751", ContactKind.BUA_ADVISOR, ulla)  # 751 has no deputy
        plans = [
            ("730", SessionType.SPARRING, 1, time(9), None, False),
            ("730", SessionType.SUPERVISION, 3, time(10), None, False),
            ("751", SessionType.SPARRING, 2, time(9), None, False),
            ("730", SessionType.TEACHING, 4, time(13), 2, True),
        ]
        series_ids: dict[SessionType, list[int]] = {}
        for municipality, kind, weekday, start, capacity, open_to_all in plans:
            rule = RecurrenceRule(weekday, start, SERIES_START, ends_on=SERIES_END)
            spec = SeriesSpec(municipality, ulla, rule, kind, capacity, open_to_all=open_to_all)
            series_ids.setdefault(kind, []).append(create_series(ctx, ADMIN, spec).series.id)
        slots: dict[SessionType, tuple[tuple[int, date], ...]] = {}
        with store.read() as uow:
            for kind, ids in series_ids.items():
                found = sorted(
                    (s for sid in ids for s in uow.slots.list(SlotFilter(series_id=sid))),
                    key=lambda s: (s.starts_at, s.id),
                )
                slots[kind] = tuple((s.id, s.occurrence_date) for s in found)
        if store.engine.dialect.name == "sqlite":  # everything into the file before it is copied
            with store.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.dispose()
    kind_of = {i: kind for kind, found in slots.items() for i, _ in found}
    return Seed(people, slots, kind_of)


class StoreCopies:
    """Fresh copies of the seeded store, one per Hypothesis example."""

    def __init__(self, template_url: str, folder: Path) -> None:
        self.template = make_url(template_url)
        self.folder = folder

    def fresh(self) -> str:
        if self.template.get_backend_name() == "sqlite":
            assert self.template.database is not None
            target = self.folder / f"example_{uuid.uuid4().hex[:12]}.db"
            shutil.copyfile(self.template.database, target)
            return f"sqlite:///{target}"
        name = f"bua_test_{uuid.uuid4().hex[:12]}"
        with _pg_admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template.database}"')
        return _pg_url(name)

    def drop(self, url: str) -> None:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(f"{parsed.database}{suffix}").unlink(missing_ok=True)
            return
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)')
