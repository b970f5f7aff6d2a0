"""The booking state machine: Hypothesis drives book, cancel (by the booker with a reason code, or by
BUA with a text), reschedule, the teaching waitlist, the advisor's outcome, absences (a
deputy-or-cancel decision per booked session) and the clock, often with invalid combinations on
purpose. Refusals (app.errors.BuaError) are expected; any other exception fails. After every step the
invariants of booking_invariants.py are read from the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from hypothesis import event
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import select

from app.domain.booking import BookingState, CancelReason, GpGuest, Outcome
from app.domain.model import Actor
from app.domain.recurrence import SessionType
from app.errors import BuaError, StoreUnavailable
from app.services import absences, bookings, waitlist
from app.services.absences import Handling
from app.services.context import Context
from db.models import BookingRow
from db.store import SqlStore
from tests.conftest import TODAY
from tests.fakes import FixedClock
from tests.integration.booking_invariants import (
    OCCUPYING,
    check_audited,
    check_holders,
    check_places,
)
from tests.integration.booking_seed import (
    BOOKERS,
    BUA,
    ELIGIBLE,
    GPS,
    MAX_ABSENCES,
    MAX_CLOCK_DAYS,
    MISSING_ID,
    TEACHING,
    Seed,
    StoreCopies,
)


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
                self.attempt("join waitlist", waitlist.join_waitlist, actor, slot)

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
        self.attempt("join waitlist", waitlist.join_waitlist, self.actor(who), slot)

    @precondition(lambda self: self.any_booking)
    @rule(data=st.data(), who=st.sampled_from((None, *BOOKERS)))
    def leave_waitlist(self, data: st.DataObject, who: str | None) -> None:
        entry = self.pick_booking(data, frozenset({BookingState.WAITLISTED.value}))
        actor = self.actor(who or self.by_id[entry.person_id])
        slot = entry.slot_id or MISSING_ID
        self.attempt("leave waitlist", waitlist.leave_waitlist, actor, slot)

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
