"""Who may do what: one table of actions by role, each with its scope. Nothing else decides access.

Every service resolves who acts (`principal`) once per unit of work and asks `require` before it
touches one thing, or `visible` to filter a list. The README's "Who may do what" is this table.

One rule for "BUA for a session": the slot's own advisor, or the deputy of the slot's municipality
whose assignment is in force on the session's day (for a series: today). Administrators are not "BUA
for" anything by that rule; the table gives them their own scope, so each action says whether they are
in (everything but case summaries) or out.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from app.domain.booking import Booking
from app.domain.model import Actor, ContactKind, Person, Role, Series, Slot
from app.domain.time import ZONE
from app.errors import NotFound, RuleRefused
from app.ports import UnitOfWork
from app.services.context import Context

T = TypeVar("T")


class Kind(enum.StrEnum):
    """Who acts, as the table tells them apart. A deputy is an advisor: `SERVED` covers deputising."""

    STAFF = "municipal_staff"
    CONTACT = "municipal_contact"  # staff who are their municipality's own contact toward BUA today
    ADVISOR = "advisor"
    ADMINISTRATOR = "administrator"
    GP = "gp"
    SYSTEM = "system"  # the local store's owner: the command line without --as, start-up


class Scope(enum.Enum):
    NONE = "nothing"
    OWN = "own"  # what is theirs: their bookings and summaries, their series, their absence, themselves
    MUNICIPALITY = "own municipality"  # their municipality's (and teaching open to all)
    SERVED = "served"  # sessions they hold, or deputise for on the session's day
    ALL = "everything"


class Action(enum.StrEnum):
    BOOK = "book"  # book, join or leave a waitlist
    CHANGE_OWN_BOOKING = "change_own_booking"  # cancel or move within the booker's deadline
    ACT_FOR_BUA = "act_for_bua"  # cancel or move for BUA, record an outcome
    WRITE_SUMMARY = "write_summary"
    READ_SUMMARY = "read_summary"  # BUA sees only a submitted one
    READ_BOOKINGS = "read_bookings"  # lists, waitlists, a session's participants, a booking's invite
    SEND_INVITE = "send_invite"
    READ_SLOTS = "read_slots"
    READ_SESSIONS = "read_sessions"  # series, and a session with its participants, as BUA's calendar
    MANAGE_SERIES = "manage_series"  # create, edit, cancel, restore or move occurrences
    MANAGE_ABSENCE = "manage_absence"  # register an absence, see what it would hit, list absences
    READ_PEOPLE = "read_people"
    READ_CONTACTS = "read_contacts"
    READ_RULES = "read_rules"  # closure days and booking rules
    MANAGE_PEOPLE = "manage_people"
    MANAGE_CONTACTS = "manage_contacts"
    MANAGE_CLOSURES = "manage_closures"
    MANAGE_RULES = "manage_rules"
    MANAGE_MAIL_SERVER = "manage_mail_server"  # set it up, or see how it is set up
    PURGE = "purge"  # delete case summaries whose retention is over
    READ_REPORTS = "read_reports"  # the status report's counts and implementation overview
    FILL_DEMO = "fill_demo"


NO, OWN, MUN, SRV, ALL = Scope.NONE, Scope.OWN, Scope.MUNICIPALITY, Scope.SERVED, Scope.ALL
# action: (staff, the municipality's contact, advisor or deputy, administrator, GP, system)
_ORDER = (Kind.STAFF, Kind.CONTACT, Kind.ADVISOR, Kind.ADMINISTRATOR, Kind.GP, Kind.SYSTEM)
_TABLE: dict[Action, tuple[Scope, ...]] = {
    Action.BOOK: (MUN, MUN, NO, NO, NO, NO),
    Action.CHANGE_OWN_BOOKING: (OWN, OWN, NO, NO, NO, NO),
    Action.ACT_FOR_BUA: (NO, NO, SRV, ALL, NO, NO),
    Action.WRITE_SUMMARY: (OWN, OWN, NO, NO, NO, NO),
    Action.READ_SUMMARY: (OWN, OWN, SRV, NO, NO, NO),
    Action.READ_BOOKINGS: (OWN, MUN, SRV, ALL, NO, ALL),
    Action.SEND_INVITE: (OWN, OWN, SRV, ALL, NO, ALL),
    Action.READ_SLOTS: (MUN, MUN, SRV, ALL, NO, ALL),
    Action.READ_SESSIONS: (NO, NO, SRV, ALL, NO, ALL),
    Action.MANAGE_SERIES: (NO, NO, OWN, ALL, NO, ALL),
    Action.MANAGE_ABSENCE: (NO, NO, OWN, ALL, NO, ALL),
    Action.READ_PEOPLE: (OWN, OWN, OWN, ALL, NO, ALL),
    Action.READ_CONTACTS: (MUN, MUN, ALL, ALL, NO, ALL),
    Action.READ_RULES: (ALL, ALL, ALL, ALL, NO, ALL),
    Action.MANAGE_PEOPLE: (NO, NO, NO, ALL, NO, ALL),
    Action.MANAGE_CONTACTS: (NO, NO, NO, ALL, NO, ALL),
    Action.MANAGE_CLOSURES: (NO, NO, NO, ALL, NO, ALL),
    Action.MANAGE_RULES: (NO, NO, NO, ALL, NO, ALL),
    Action.MANAGE_MAIL_SERVER: (NO, NO, NO, ALL, NO, ALL),
    Action.PURGE: (NO, NO, NO, ALL, NO, ALL),
    Action.READ_REPORTS: (MUN, MUN, SRV, ALL, NO, ALL),
    Action.FILL_DEMO: (NO, NO, NO, NO, NO, ALL),
}
POLICY: dict[Action, dict[Kind, Scope]] = {
    action: dict(zip(_ORDER, scopes, strict=True)) for action, scopes in _TABLE.items()
}

# The one Danish line a refusal gives, per action.
REFUSALS: dict[Action, str] = {
    Action.BOOK: "Tiden hører til en anden kommune: du kan booke i din egen kommune og undervisning, "
    "der er åben for alle.",
    Action.CHANGE_OWN_BOOKING: "Kun den, der har booket, eller BUA-rådgiveren kan aflyse eller flytte.",
    Action.ACT_FOR_BUA: "Kun BUA-rådgiveren for tiden, stedfortræderen eller en administrator kan det.",
    Action.WRITE_SUMMARY: "Kun den, der har booket, kan skrive sagsresuméet.",
    Action.READ_SUMMARY: "Kun den, der har booket, mødets BUA-rådgiver og stedfortræderen kan læse "
    "sagsresuméet.",
    Action.READ_BOOKINGS: "Du kan ikke se andres bookinger uden for dine kommuner.",
    Action.SEND_INVITE: "Kun den, der har booket, eller BUA kan sende invitationen.",
    Action.READ_SLOTS: "Du kan kun se tider i dine egne kommuner.",
    Action.READ_SESSIONS: "Kun BUA kan se serierne og møderne med deltagere.",
    Action.MANAGE_SERIES: "Kun seriens egen BUA-rådgiver eller en BUA-administrator kan ændre serien.",
    Action.MANAGE_ABSENCE: "Kun rådgiveren selv eller en BUA-administrator kan registrere fravær.",
    Action.READ_PEOPLE: "Kun en BUA-administrator kan se personregistret.",
    Action.READ_CONTACTS: "Du kan kun se kontaktpersonerne for din egen kommune.",
    Action.READ_RULES: "Praktiserende læger er gæster og kan ikke bruge programmet.",
    Action.MANAGE_PEOPLE: "Kun en BUA-administrator kan tilføje, deaktivere og genaktivere personer.",
    Action.MANAGE_CONTACTS: "Kun en BUA-administrator kan tildele kontaktpersoner.",
    Action.MANAGE_CLOSURES: "Kun en BUA-administrator kan ændre lukkedage.",
    Action.MANAGE_RULES: "Kun en BUA-administrator kan ændre reglerne.",
    Action.MANAGE_MAIL_SERVER: "Kun en BUA-administrator kan se og sætte mailserveren op.",
    Action.PURGE: "Kun en BUA-administrator kan slette udløbne sagsresuméer.",
    Action.READ_REPORTS: "Rapporter kan trækkes af BUA og af kommunens medarbejdere, for egen kommune.",
    Action.FILL_DEMO: "Demodata kan kun lægges i en lokal database fra kommandolinjen uden --as.",
}
# Where a role may do the action on nothing at all, and the line above would mislead.
ROLE_REFUSALS: dict[Action, str] = {Action.BOOK: "Kun kommunale medarbejdere kan booke tider hos BUA."}
NEEDS_PERSON = "Angiv, hvem der handler (--as EMAIL): det hører til en person."


@dataclass(frozen=True)
class Target:
    """What an action is about, as far as the table's scopes need to know."""

    owner_id: int | None = None  # the person it belongs to (booker, series advisor, absent advisor)
    municipality_code: str | None = None  # the municipality it belongs to (a booking: the booker's)
    advisor_id: int | None = None  # the advisor who holds the session or series
    session_municipality_code: str | None = None  # whose BUA serves it (a booking: the slot's)
    day: date | None = None  # the session's day, for the deputy rule
    open_to_all: bool = False  # teaching open to every municipality
    former_advisor_id: int | None = None  # handed to the deputy, its old event not yet cancelled


def of_booking(booking: Booking) -> Target:
    return Target(
        owner_id=booking.person_id,
        municipality_code=booking.municipality_code,
        advisor_id=booking.advisor_id,
        former_advisor_id=booking.superseded.organizer_id if booking.superseded else None,
        session_municipality_code=booking.slot_municipality_code,
        day=booking.starts_at.astimezone(ZONE).date(),
    )


def of_slot(slot: Slot) -> Target:
    return Target(
        municipality_code=slot.municipality_code,
        advisor_id=slot.advisor_id,
        session_municipality_code=slot.municipality_code,
        day=slot.starts_at.astimezone(ZONE).date(),
        open_to_all=slot.open_to_all,
    )


def of_series(series: Series, today: date) -> Target:
    return Target(
        owner_id=series.advisor_id,
        municipality_code=series.municipality_code,
        advisor_id=series.advisor_id,
        session_municipality_code=series.municipality_code,
        day=today,
        open_to_all=series.open_to_all,
    )


def of_person(person_id: int, municipality_code: str | None = None) -> Target:
    return Target(owner_id=person_id, municipality_code=municipality_code, advisor_id=person_id)


class Principal:
    """Who acts in one unit of work: the person (None for the system) and what the table needs.

    Whether a municipal employee is their municipality's contact, and which municipalities an advisor
    deputises for, are read from the store only when an action's answer depends on it (most do not: a
    booking needs neither), and then once."""

    def __init__(
        self,
        person: Person | None,
        kind: Kind,
        is_contact: Callable[[], bool] = lambda: False,
        deputy_periods: Callable[[], Sequence[_Period]] = tuple,
    ) -> None:
        self.person = person
        self.kind = kind  # STAFF also for the municipality's contact; `scope` tells them apart
        self._is_contact = functools.cache(is_contact)
        self._deputy_periods = functools.cache(deputy_periods)

    @property
    def person_id(self) -> int | None:
        return self.person.id if self.person else None

    def deputises(self, municipality_code: str | None, day: date | None) -> bool:
        return day is not None and any(
            p.municipality_code == municipality_code and p.covers(day) for p in self._deputy_periods()
        )

    def scope(self, action: Action) -> Scope:
        row = POLICY[action]
        if self.kind is Kind.STAFF and row[Kind.STAFF] is not row[Kind.CONTACT] and self._is_contact():
            return row[Kind.CONTACT]
        return row[self.kind]


@dataclass(frozen=True)
class _Period:
    municipality_code: str
    starts_on: date
    ends_on: date | None

    def covers(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


def principal(uow: UnitOfWork, actor: Actor, today: date) -> Principal:
    """Resolve who acts: the system when the actor names no person."""
    if actor.person_id is None:
        return Principal(None, Kind.SYSTEM)
    person = uow.people.get(actor.person_id)
    if person is None:
        raise NotFound(f"Ingen person med id {actor.person_id}.")

    def is_contact() -> bool:
        contacts = uow.contacts.list(person.municipality_code, ContactKind.MUNICIPAL_CONTACT)
        return any(a.person_id == person.id and a.in_force_on(today) for a in contacts)

    def deputy_periods() -> tuple[_Period, ...]:
        return tuple(
            _Period(a.municipality_code, a.valid_from, a.valid_until)
            for a in uow.contacts.list(None, ContactKind.BUA_DEPUTY)
            if a.person_id == person.id
        )

    if person.role is Role.MUNICIPAL_STAFF:
        return Principal(person, Kind.STAFF, is_contact=is_contact)
    if person.role is Role.ADVISOR:
        return Principal(person, Kind.ADVISOR, deputy_periods=deputy_periods)
    return Principal(person, Kind(person.role.value))


def allows(who: Principal, action: Action, target: Target | None = None) -> bool:
    scope = who.scope(action)
    if scope is Scope.ALL:
        return True
    if scope is Scope.NONE or target is None or who.person is None:
        return False
    me = who.person.id
    if scope is Scope.OWN:
        return target.owner_id == me
    if scope is Scope.MUNICIPALITY:
        own_municipality = target.municipality_code == who.person.municipality_code
        return target.owner_id == me or own_municipality or target.open_to_all
    return (
        target.owner_id == me
        or target.advisor_id == me
        # handed to the deputy: the advisor mails the old event's cancellation (and nothing else)
        or (action is Action.SEND_INVITE and target.former_advisor_id == me)
        or who.deputises(target.session_municipality_code or target.municipality_code, target.day)
    )


def require(who: Principal, action: Action, target: Target | None = None) -> None:
    """Refuse (exit 4, one Danish line) unless the table lets `who` do `action` on `target`."""
    if allows(who, action, target):
        return
    raise RuleRefused(_refusal(who, action))


def require_any(who: Principal, action: Action) -> None:
    """Refuse a role that may do `action` on nothing at all (before a list is filtered)."""
    if who.scope(action) is Scope.NONE:
        raise RuleRefused(_refusal(who, action))


def _refusal(who: Principal, action: Action) -> str:
    if who.kind is Kind.SYSTEM:
        return NEEDS_PERSON
    if who.scope(action) is Scope.NONE:
        return ROLE_REFUSALS.get(action, REFUSALS[action])
    return REFUSALS[action]


def visible(who: Principal, action: Action, items: Iterable[T], target: Callable[[T], Target]) -> list[T]:
    """The items `who` may see; refused outright when their role may see none of them."""
    require_any(who, action)
    if who.scope(action) is Scope.ALL:
        return list(items)
    return [item for item in items if allows(who, action, target(item))]


def acting(uow: UnitOfWork, ctx: Context) -> Principal:
    """Who reads through `ctx`: the person the context was opened for."""
    return principal(uow, ctx.actor, ctx.clock.today())
