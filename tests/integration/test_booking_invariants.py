"""Stateful property test of the booking services on a real store (SQLite file and PostgreSQL).

Hypothesis drives book, cancel (by the booker with a reason code, or by BUA with a text), reschedule,
the teaching waitlist, the advisor's outcome, absences (a deputy-or-cancel decision per booked
session) and the clock, often with invalid combinations on purpose. Refusals (app.errors.BuaError) are
expected; any other exception fails. After every step the invariants are read from the database
itself: the 1:1 rule, capacities and `booked_count`, who may hold a place, and the audit trail.

The people, contacts and series are created once per engine through the services; every Hypothesis
example then runs on its own copy of that store (a file copy, or CREATE DATABASE ... TEMPLATE).
"""

from __future__ import annotations

import shutil
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from app.domain.booking import OCCUPYING_STATES, BookingState, CancelReason, GpGuest, Outcome
from app.domain.model import Actor, ContactKind, NewPerson, Person, Profession, Role, SlotFilter
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import BuaError, StoreUnavailable
from app.services import absences, bookings
from app.services.absences import Handling
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.people import add_person
from app.services.rules import booking_rules, set_rule
from app.services.series import SeriesSpec, create_series
from db.models import AuditRow, BookingRow, PersonRow, SeriesRow, SlotRow
from db.store import SqlStore
from tests.conftest import TODAY, _pg_admin, _pg_url
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN

OCCUPYING = frozenset(s.value for s in OCCUPYING_STATES)
HOLDING = OCCUPYING | {BookingState.WAITLISTED.value}
CREATING_ACTIONS = frozenset({"booking.created", "waitlist.joined"})
# Every call of uow.bookings.change() bumps the version by one and is recorded with one of these.
BUMPING_ACTIONS = frozenset(
    {
        "booking.cancelled",
        "booking.rescheduled",
        "booking.outcome",
        "waitlist.left",
        "waitlist.promoted",
        "waitlist.removed",
    }
)
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


@dataclass(frozen=True)
class Row:
    id: int
    person_id: int
    slot_id: int | None
    state: str


class BookingMachine(RuleBasedStateMachine):
    seed: Seed
    copies: StoreCopies

    def __init__(self) -> None:
        super().__init__()
        self.url = self.copies.fresh()
        self.store = SqlStore.open(self.url)
        self.clock = FixedClock(TODAY)
        self.ctx = Context(self.store, self.clock)
        self.people = self.seed.people
        self.by_id = {p.id: key for key, p in self.people.items()}
        self.any_booking = False
        self.absences = 0

    def teardown(self) -> None:
        self.store.dispose()
        self.copies.drop(self.url)

    # -- helpers -----------------------------------------------------------------------------------

    def actor(self, key: str) -> Actor:
        person = self.people[key]
        return Actor(person.id, person.email)

    def attempt(self, name: str, call: Callable[..., object], *args: object) -> bool:
        """Call a service; a refusal is a fine outcome, anything else fails the test."""
        try:
            call(self.ctx, *args)
        except StoreUnavailable:
            raise  # a lock or a lost connection in a single-threaded run is a bug, not a refusal
        except BuaError as error:
            outcome = f"{name}: {type(error).__name__}"
        else:
            outcome = f"{name}: ok"
            self.any_booking = self.any_booking or name in ("book", "book teaching", "join waitlist")
        event(outcome)
        return outcome.endswith(": ok")

    def pick_slot(self, data: st.DataObject, kinds: Sequence[SessionType] = tuple(SessionType)) -> int:
        """Mostly one of the next bookable slots of each kind, where collisions are wanted; or any."""
        ids = [i for kind in kinds for i, _ in self.seed.slots[kind]]
        soon = self.clock.today() + timedelta(days=3)
        hot = [
            i
            for kind in kinds
            for i in [i for i, day in self.seed.slots[kind] if day >= soon][: 1 if kind is TEACHING else 2]
        ] or ids
        anywhere = st.sampled_from([*ids, MISSING_ID])
        return data.draw(st.sampled_from(hot) | st.sampled_from(hot) | anywhere, label="slot")

    def rows(self) -> list[Row]:
        with self.store.read() as uow:
            found = uow.session.execute(
                select(
                    BookingRow.id,
                    BookingRow.person_id,
                    BookingRow.slot_id,
                    BookingRow.state,
                ).order_by(BookingRow.id)
            )
            return [Row(*r) for r in found]

    def pick_booking(self, data: st.DataObject, states: frozenset[str]) -> Row:
        rows = self.rows()
        preferred = [r for r in rows if r.state in states] or rows
        chosen = st.sampled_from(preferred)
        return data.draw(chosen | chosen | st.sampled_from(rows), label="booking")

    # -- rules -------------------------------------------------------------------------------------

    @rule(data=st.data(), who=st.sampled_from(ELIGIBLE) | st.sampled_from(BOOKERS), gp=st.sampled_from(GPS))
    def book(self, data: st.DataObject, who: str, gp: GpGuest | None) -> None:
        slot = self.pick_slot(data)
        self.attempt("book", bookings.book, self.actor(who), slot, gp)

    @rule(
        data=st.data(),
        group=st.lists(
            st.sampled_from(ELIGIBLE) | st.sampled_from(BOOKERS), min_size=2, max_size=4, unique=True
        ),
    )
    def book_teaching(self, data: st.DataObject, group: list[str]) -> None:
        """Several people try one teaching slot, one call each; whoever is refused tries its waitlist."""
        slot = self.pick_slot(data, (TEACHING,))
        for who in group:
            actor = self.actor(who)
            if not self.attempt("book teaching", bookings.book, actor, slot):
                self.attempt("join waitlist", bookings.join_waitlist, actor, slot)

    @precondition(lambda self: self.any_booking)
    @rule(
        data=st.data(),
        reason=st.sampled_from([*CancelReason, "bad reason"]),
        impostor=st.sampled_from([None, None, None, "pia", "per"]),
    )
    def cancel_by_booker(self, data: st.DataObject, reason: str, impostor: str | None) -> None:
        booking = self.pick_booking(data, frozenset({BookingState.BOOKED.value}))
        who = impostor or self.by_id[booking.person_id]
        self.attempt("cancel by booker", bookings.cancel, self.actor(who), booking.id, reason)

    @precondition(lambda self: self.any_booking)
    @rule(data=st.data(), who=st.sampled_from(BUA), reason=st.sampled_from(["Rådgiveren er syg", "  "]))
    def cancel_by_bua(self, data: st.DataObject, who: str, reason: str) -> None:
        booking = self.pick_booking(data, frozenset({BookingState.BOOKED.value}))
        self.attempt("cancel by BUA", bookings.cancel, self.actor(who), booking.id, reason)

    @precondition(lambda self: self.any_booking)
    @rule(data=st.data(), who=st.sampled_from((None, *BUA, "pia")))
    def reschedule(self, data: st.DataObject, who: str | None) -> None:
        booking = self.pick_booking(data, frozenset({BookingState.BOOKED.value}))
        kind = self.seed.kind_of.get(booking.slot_id or MISSING_ID)
        same = data.draw(st.booleans(), label="same kind") and kind is not None
        target = self.pick_slot(data, (kind,) if same and kind else tuple(SessionType))
        actor = self.actor(who or self.by_id[booking.person_id])
        self.attempt("reschedule", bookings.reschedule, actor, booking.id, target)

    @rule(data=st.data(), who=st.sampled_from(ELIGIBLE) | st.sampled_from(BOOKERS))
    def join_waitlist(self, data: st.DataObject, who: str) -> None:
        kinds = data.draw(st.sampled_from([(TEACHING,), (TEACHING,), tuple(SessionType)]), label="kinds")
        slot = self.pick_slot(data, kinds)
        self.attempt("join waitlist", bookings.join_waitlist, self.actor(who), slot)

    @precondition(lambda self: self.any_booking)
    @rule(data=st.data(), who=st.sampled_from((None, *BOOKERS)))
    def leave_waitlist(self, data: st.DataObject, who: str | None) -> None:
        entry = self.pick_booking(data, frozenset({BookingState.WAITLISTED.value}))
        actor = self.actor(who or self.by_id[entry.person_id])
        slot = entry.slot_id or MISSING_ID
        self.attempt("leave waitlist", bookings.leave_waitlist, actor, slot)

    @precondition(lambda self: self.any_booking)
    @rule(
        data=st.data(),
        who=st.sampled_from((*BUA, None)),
        outcome=st.sampled_from(Outcome),
        reason=st.sampled_from([None, "Rådgiveren er syg"]),
    )
    def set_outcome(self, data: st.DataObject, who: str | None, outcome: Outcome, reason: str | None) -> None:
        booking = self.pick_booking(data, OCCUPYING)
        actor = self.actor(who or self.by_id[booking.person_id])
        self.attempt(f"outcome {outcome.value}", bookings.set_outcome, actor, booking.id, outcome, reason)

    @precondition(lambda self: self.any_booking and self.absences < MAX_ABSENCES)
    @rule(
        data=st.data(),
        absent=st.sampled_from(["ulla", "dan"]),
        who=st.sampled_from([None, "ada", "eva"]),
        offset=st.integers(-3, 21),
        length=st.integers(0, 1),
    )
    def add_absence(
        self, data: st.DataObject, absent: str, who: str | None, offset: int, length: int
    ) -> None:
        starts_on = self.clock.today() + timedelta(days=offset)
        ends_on = starts_on + timedelta(days=length)
        email = self.people[absent].email
        affected = absences.affected_sessions(self.ctx, email, starts_on, ends_on)
        decisions = {
            s.slot.id: data.draw(st.sampled_from(Handling), label=f"handling of slot {s.slot.id}")
            for s in affected
            if s.slot.has_bookings
        }
        actor = self.actor(who or absent)
        self.absences += 1
        self.attempt("absence", absences.add_absence, actor, email, starts_on, ends_on, "Kursus", decisions)

    @precondition(lambda self: self.clock.today() < TODAY + timedelta(days=MAX_CLOCK_DAYS))
    @rule(days=st.integers(1, 7))
    def advance_clock(self, days: int) -> None:
        self.clock.day += timedelta(days=days)

    # -- invariants, read from the database --------------------------------------------------------

    @invariant()
    def places_are_counted_and_never_overfilled(self) -> None:
        check_places(self.store, self.clock.now())

    @invariant()
    def only_eligible_staff_hold_places(self) -> None:
        check_holders(self.store)

    @invariant()
    def every_transition_is_audited(self) -> None:
        check_audited(self.store)


def check_places(store: SqlStore, now: datetime) -> None:
    """The 1:1 rule, capacities and booked_count, and waitlists only where the places are taken."""
    with store.read() as uow:
        slots = uow.session.execute(
            select(
                SlotRow.id,
                SlotRow.capacity,
                SlotRow.booked_count,
                SlotRow.starts_at,
                SeriesRow.session_type,
            ).join(SeriesRow, SeriesRow.id == SlotRow.series_id)
        ).all()
        rows = uow.session.execute(
            select(BookingRow.id, BookingRow.slot_id, BookingRow.state, BookingRow.one_to_one)
        ).all()
    occupying: Counter[int | None] = Counter(r.slot_id for r in rows if r.state in OCCUPYING)
    waitlisted: Counter[int | None] = Counter(
        r.slot_id for r in rows if r.state == BookingState.WAITLISTED.value
    )
    assert None not in occupying and None not in waitlisted, "a place without a slot"
    kinds = {s.id: SessionType(s.session_type) for s in slots}
    for slot in slots:
        taken = occupying[slot.id]
        where = f"slot {slot.id} ({slot.session_type})"
        if kinds[slot.id].is_one_to_one:
            assert slot.capacity == 1, where
            assert taken <= 1, f"{where}: {taken} occupying bookings on a 1:1 slot"
        assert taken <= slot.capacity, f"{where}: {taken} occupying bookings, capacity {slot.capacity}"
        assert 0 <= slot.booked_count <= slot.capacity, f"{where}: booked_count {slot.booked_count}"
        assert slot.booked_count == taken, f"{where}: booked_count {slot.booked_count}, occupying {taken}"
        if waitlisted[slot.id]:
            assert kinds[slot.id] is SessionType.TEACHING, f"{where}: a waitlist on a 1:1 slot"
            # A freed place goes to the waitlist at once, as long as the session lies ahead.
            if slot.starts_at > now:
                assert taken == slot.capacity, f"{where}: a waitlist while {taken}/{slot.capacity} taken"
    for r in rows:
        if r.slot_id in kinds:
            assert r.one_to_one == kinds[r.slot_id].is_one_to_one, f"booking {r.id}: one_to_one"
    assert set(occupying) <= set(kinds) and set(waitlisted) <= set(kinds), "a place on a removed slot"


def check_holders(store: SqlStore) -> None:
    """Only active, eligible municipal staff hold places, on their municipality's slots."""
    with store.read() as uow:
        eligible = {p.value for p in booking_rules(uow).eligible_professions}
        rows = uow.session.execute(
            select(
                BookingRow.id,
                BookingRow.state,
                BookingRow.municipality_code,
                PersonRow.role,
                PersonRow.active,
                PersonRow.profession,
                PersonRow.municipality_code.label("person_municipality"),
                SlotRow.municipality_code.label("slot_municipality"),
                SeriesRow.session_type,
                SeriesRow.open_to_all,
            )
            .join(PersonRow, PersonRow.id == BookingRow.person_id)
            .join(SlotRow, SlotRow.id == BookingRow.slot_id)
            .join(SeriesRow, SeriesRow.id == SlotRow.series_id)
            .where(BookingRow.state.in_(sorted(HOLDING)))
        ).all()
    for r in rows:
        where = f"booking {r.id} ({r.state})"
        assert r.role == Role.MUNICIPAL_STAFF.value and r.active, f"{where}: {r.role}, active {r.active}"
        assert r.profession in eligible, f"{where}: profession {r.profession}"
        assert r.municipality_code == r.person_municipality, f"{where}: booker's municipality"
        open_to_all = r.session_type == SessionType.TEACHING.value and r.open_to_all
        assert r.person_municipality == r.slot_municipality or open_to_all, (
            f"{where}: staff of {r.person_municipality} on a slot of {r.slot_municipality}"
        )


def check_audited(store: SqlStore) -> None:
    """Every booking's every change is in the audit log, version by version."""
    with store.read() as uow:
        rows = uow.session.execute(select(BookingRow.id, BookingRow.state, BookingRow.version)).all()
        entries = uow.session.execute(
            select(AuditRow.entity_id, AuditRow.action, AuditRow.after)
            .where(AuditRow.entity == "booking")
            .order_by(AuditRow.id)
        ).all()
    trail: dict[str, list[Any]] = {}
    for entry in entries:
        trail.setdefault(entry.entity_id, []).append(entry)
    assert set(trail) <= {str(r.id) for r in rows}, "audit entries for bookings that do not exist"
    for r in rows:
        actions = [e.action for e in trail.get(str(r.id), [])]
        where = f"booking {r.id} ({r.state}, version {r.version}): {actions}"
        assert actions and actions[0] in CREATING_ACTIONS, where
        assert set(actions[1:]) <= BUMPING_ACTIONS, where
        assert r.version == 1 + sum(a in BUMPING_ACTIONS for a in actions), where
        last = trail[str(r.id)][-1].after
        assert last is not None and (last["state"], last["version"]) == (r.state, r.version), where


@pytest.fixture
def copies(store_url: str, tmp_path: Path) -> Iterator[tuple[Seed, StoreCopies]]:
    yield seed_store(store_url), StoreCopies(store_url, tmp_path)


def test_booking_invariants_hold_under_random_service_calls(copies: tuple[Seed, StoreCopies]) -> None:
    seed, store_copies = copies
    machine = type("BookingMachineOnStore", (BookingMachine,), {"seed": seed, "copies": store_copies})
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=30,
            stateful_step_count=40,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


def test_seeded_store_is_usable(store_url: str) -> None:
    """The copy mechanism itself: a copy has the seeded people and slots, and is gone after drop."""
    seed = seed_store(store_url)
    store_copies = StoreCopies(store_url, Path(make_url(store_url).database or ".").parent)
    url = store_copies.fresh()
    store = SqlStore.open(url)
    try:
        with store.read() as uow:
            assert len(uow.people.list()) == len(PEOPLE)
            assert uow.session.scalar(text("SELECT count(*) FROM slots")) == sum(
                map(len, seed.slots.values())
            )
    finally:
        store.dispose()
        store_copies.drop(url)
    assert all(seed.slots.values())


def test_bua_cancelling_a_started_session_frees_its_place(ctx: Context) -> None:
    """Found by the state machine: book, let the session begin, advisor registers cancelled-by-BUA."""
    assert isinstance(ctx.clock, FixedClock)
    advisor = add_person(ctx, ADMIN, PEOPLE["ulla"])
    staff = add_person(ctx, ADMIN, PEOPLE["pia"])
    rule = RecurrenceRule(4, time(13), date(2027, 1, 8), ends_on=date(2027, 1, 8))
    created = create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, TEACHING, 2))
    with ctx.store.read() as uow:
        [slot] = uow.slots.list(SlotFilter(series_id=created.series.id))
    booking = bookings.book(ctx, Actor(staff.id, staff.email), slot.id)
    ctx.clock.day = date(2027, 1, 11)  # the session on Friday 8 January has begun (and ended)

    cancelled = bookings.set_outcome(
        ctx, Actor(advisor.id, advisor.email), booking.id, Outcome.CANCELLED_BY_BUA
    ).booking

    assert cancelled.state is BookingState.CANCELLED_BY_BUA
    with ctx.store.read() as uow:
        after = uow.slots.get(slot.id)
    assert after is not None and after.booked_count == 0  # was 1, with no occupying booking
