"""The interfaces the services need from the outside world: a unit of work over the store, a clock,
the keyring and a mail server.

db/ implements the store for SQLite and PostgreSQL; the services read the time through the Clock
(SystemClock; a FixedClock in tests, benches and the demo's history). A unit of work is one
transaction: everything a service does inside it is committed together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from app.domain.booking import Booking, BookingState, NewBooking, TakingFacts, WaitlistMove
from app.domain.calendar import AnnualClosure, ClosureDate
from app.domain.model import (
    Absence,
    AuditEntry,
    BookingFilter,
    ContactAssignment,
    ContactKind,
    Municipality,
    NewPerson,
    NewSeries,
    NewSlot,
    Person,
    Role,
    Series,
    SkippedDate,
    Slot,
    SlotFilter,
)
from app.domain.report import SessionTally
from app.domain.summary import Summary, SummaryContent, SummaryState, Tombstone

if TYPE_CHECKING:  # the message builder pulls in icalendar: not at start-up
    from email.message import EmailMessage

    from app.domain.mail import SmtpServer


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...

    def today(self) -> date:
        """Today's date in Europe/Copenhagen."""
        ...


class MunicipalityRepository(Protocol):
    def list(self) -> Sequence[Municipality]: ...
    def get(self, code: str) -> Municipality | None: ...
    def lock(self, code: str) -> None:
        """Serialise writers per municipality until commit (a no-op where writes are serial)."""
        ...


class PersonRepository(Protocol):
    def add(self, person: NewPerson) -> Person: ...
    def get(self, person_id: int) -> Person | None: ...
    def by_email(self, email: str) -> Person | None: ...
    def list(self, role: Role | None = None, municipality_code: str | None = None) -> Sequence[Person]: ...
    def set_active(self, person_id: int, active: bool) -> Person: ...
    def logged_in(self) -> Person | None:
        """On a shared server, the person whose database login this connection is; else None."""
        ...


class ContactRepository(Protocol):
    def add(
        self, municipality_code: str, kind: ContactKind, person_id: int, valid_from: date
    ) -> ContactAssignment: ...
    def end(self, assignment_id: int, valid_until: date) -> None: ...
    def delete(self, assignment_id: int) -> None: ...
    def list(
        self, municipality_code: str | None = None, kind: ContactKind | None = None
    ) -> Sequence[ContactAssignment]: ...


class ClosureRepository(Protocol):
    def annual(self) -> Sequence[AnnualClosure]: ...
    def dates(self) -> Sequence[ClosureDate]: ...
    def put_annual(self, closure: AnnualClosure) -> None: ...
    def put_date(self, closure: ClosureDate) -> None: ...
    def remove_date(self, day: date) -> bool: ...


class SeriesRepository(Protocol):
    def add(self, series: NewSeries, materialised_until: date) -> Series: ...
    def get(self, series_id: int) -> Series | None: ...
    def list(
        self, municipality_code: str | None = None, advisor_id: int | None = None
    ) -> Sequence[Series]: ...
    def update(self, series: Series) -> None: ...


class SlotRepository(Protocol):
    def get(self, slot_id: int) -> Slot | None: ...
    def list(self, where: SlotFilter) -> Sequence[Slot]: ...
    def for_series(self, series_id: int, from_date: date) -> Sequence[Slot]: ...
    def add_many(self, slots: Sequence[NewSlot]) -> None: ...
    def remove_many(self, slot_ids: Sequence[int]) -> None:
        """Remove free slots: delete those no booking names, keep the others as cancelled (their
        bookings' CANCEL invites need them). SlotBookedMeanwhile when one was booked meanwhile."""
        ...

    def revive(self, slot_id: int, starts_at: datetime, ends_at: datetime) -> None:
        """A cancelled slot's occurrence is wanted again (restored): open it at the rule's time."""
        ...

    def retime(self, slot_id: int, starts_at: datetime, ends_at: datetime, moved: bool) -> None: ...
    def take_place(self, slot_id: int) -> bool:
        """Atomically take one place if one is free; False when the slot is full."""
        ...

    def release_place(self, slot_id: int) -> None: ...
    def lock(self, slot_ids: Sequence[int]) -> None:
        """Lock slots until commit, in the order given (callers sort, so no two wait in a circle)."""
        ...

    def set_advisor(self, slot_id: int, advisor_id: int) -> None: ...
    def set_capacity(self, series_id: int, from_date: date, capacity: int) -> None:
        """New capacity for the series' slots from `from_date`, where it still fits the bookings."""
        ...

    def reassign_booked(self, from_series_id: int, to_series_id: int, from_date: date) -> None:
        """Hand booked slots on or after `from_date` to another series (a series split)."""
        ...

    def tallies(
        self,
        starts_from: datetime,
        starts_before: datetime,
        now: datetime,
        municipality_code: str | None = None,
        booker_municipality_code: str | None = None,
        with_days: bool = True,
    ) -> Sequence[SessionTally]:
        """Every slot starting in [starts_from, starts_before), cancelled occurrences too, whether it
        was over at `now`, and the bookings the reader may see counted by state (only those of
        `booker_municipality_code`'s employees when given): the report's one query. Slots of one
        shape come as one tally; without `with_days` only booked 1:1 sessions keep their start."""
        ...


class SkipRepository(Protocol):
    def for_series(self, series_id: int, from_date: date | None = None) -> Sequence[SkippedDate]: ...
    def list(
        self, municipality_code: str | None, advisor_id: int | None, start: date, end: date
    ) -> Sequence[SkippedDate]: ...
    def put(self, skip: SkippedDate) -> None: ...
    def drop(self, series_id: int, days: Sequence[date]) -> None: ...


class BookingRepository(Protocol):
    def add(self, booking: NewBooking) -> Booking:
        """Raises PlaceTaken when the database refuses a second place on a 1:1 slot."""
        ...

    def get(self, booking_id: int, lock: bool = False) -> Booking | None: ...
    def list(self, where: BookingFilter) -> Sequence[Booking]: ...
    def change(
        self,
        booking_id: int,
        expected_version: int,
        state: BookingState | None = None,
        cancel_reason: str | None = None,
        slot_id: int | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
    ) -> Booking:
        """Update and raise the version; ChangedMeanwhile when someone else changed it first,
        PlaceTaken as add()."""
        ...

    def raise_sequences(self, slot_ids: Sequence[int]) -> None:
        """Raise the calendar SEQUENCE of the standing bookings on these slots: their invite changed
        (another video link) and Outlook ignores an update whose SEQUENCE did not rise."""
        ...

    def hand_over_events(self, slot_ids: Sequence[int], from_advisor_id: int) -> None:
        """The standing bookings on these slots get a new calendar event (another organizer); the one
        calendars hold is kept as `superseded`, to be cancelled."""
        ...

    def forget_superseded(self, booking_id: int, uid: str) -> None:
        """The superseded event `uid` is cancelled in the calendars: forget it."""
        ...

    def fill_from_waitlist(self, slot_id: int) -> Sequence[WaitlistMove]:
        """Give the slot's free place to the first on its waitlist who may still book (an active
        municipal employee); those before them who may not leave the list. On a shared server this
        runs with the database's rights: the entries are other people's bookings."""
        ...

    def count_holding(self, person_id: int, after: datetime) -> int:
        """Bookings and waitlist places the person holds for sessions after `after`."""
        ...

    def facts_under_lock(
        self,
        municipality_code: str,
        person_id: int,
        slot_id: int,
        after: datetime,
        month: tuple[datetime, datetime] | None,
        exclude_id: int | None = None,
    ) -> TakingFacts:
        """Lock the municipality's bookings for the rest of the transaction, then read what the
        booking rules need: what the person holds after `after` and whether on the slot, and the
        municipality's occupying bookings in `month` (0 when None), `exclude_id` left out. One round
        trip on a server."""
        ...

    def add_taking_place(self, booking: NewBooking, created: AuditEntry) -> Placement:
        """Take a place on the booking's slot and add the booking with its audit entry (`created`,
        whose entity id becomes the booking's), or write nothing when the slot has no free place.
        On a server this goes with the commit. Raises PlaceTaken as add() does (on a server at the commit)."""
        ...

    def count_occupying(self, municipality_code: str, start: datetime, end: datetime) -> int: ...


class Placement(Protocol):
    def booking(self) -> Booking | None:
        """The booking added, or None when no place was free (known on a server once the unit of
        work has committed, or sent early when asked before)."""
        ...


class AbsenceRepository(Protocol):
    def add(self, advisor_id: int, starts_on: date, ends_on: date, reason: str) -> Absence: ...
    def list(self, advisor_id: int | None = None) -> Sequence[Absence]: ...


class SummaryRepository(Protocol):
    def get(self, booking_id: int) -> Summary | None: ...
    def save(
        self,
        booking_id: int,
        municipality_code: str,
        content: SummaryContent,
        state: SummaryState,
        warnings_acknowledged: bool,
        at: datetime,
    ) -> Summary:
        """Insert or replace the booking's summary and raise its version (callers lock the booking)."""
        ...

    def states(self, booking_ids: Sequence[int]) -> dict[int, SummaryState]:
        """The state of each booking's summary, for those that have one: one query, no text read."""
        ...

    def expired(self, sessions_before: datetime) -> Sequence[tuple[int, str]]:
        """(booking id, municipality) of summaries whose session started before `sessions_before`."""
        ...

    def purge(self, booking_ids: Sequence[int], at: datetime, rule: str) -> None:
        """Delete the summaries and leave a tombstone for each."""
        ...

    def tombstone(self, booking_id: int) -> Tombstone | None: ...


class AuditRepository(Protocol):
    def append(self, entry: AuditEntry) -> None: ...
    def list(self, entity: str | None = None, entity_id: str | None = None) -> Sequence[AuditEntry]: ...


class SettingsRepository(Protocol):
    def get(self, key: str) -> Any | None: ...
    def put(self, key: str, value: Any) -> None: ...


SkipQuery = tuple[str | None, int | None, date, date]  # SkipRepository.list's: municipality, advisor, days


@dataclass(frozen=True)
class Ahead:
    """Reads for UnitOfWork.read_ahead: people and slots by id, the settings, the closure days, lists
    of slots, of bookings (with their summaries' states), of skipped dates, and advisors' series."""

    people: tuple[int, ...] = ()
    slots: tuple[int, ...] = ()
    settings: bool = False
    closures: bool = False
    slot_lists: tuple[SlotFilter, ...] = ()
    booking_lists: tuple[BookingFilter, ...] = ()
    skip_lists: tuple[SkipQuery, ...] = ()
    advisors_series: tuple[int, ...] = ()


class UnitOfWork(Protocol):
    """One transaction. Use as `with store.write() as uow: ...; uow.commit()`."""

    municipalities: MunicipalityRepository
    people: PersonRepository
    contacts: ContactRepository
    closures: ClosureRepository
    series: SeriesRepository
    slots: SlotRepository
    skips: SkipRepository
    bookings: BookingRepository
    absences: AbsenceRepository
    summaries: SummaryRepository
    audit: AuditRepository
    settings: SettingsRepository

    def read_ahead(self, ahead: Ahead) -> None:
        """Send together the reads the service makes next: one round trip on a server (a write's
        BEGIN with it). The repositories answer them from what came back; a slot and a list once, as
        they change."""
        ...

    def commit(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class Store(Protocol):
    """Opens units of work. `write()` takes the write lock up front; `read()` only reads."""

    def read(self) -> UnitOfWork: ...
    def write(self) -> UnitOfWork: ...
    def describe(self) -> str:
        """Where the data lives, for the user (a file path or a server address without password)."""
        ...

    def recording(self) -> AbstractContextManager[set[str]]:
        """Within the block, the set of tables that this thread's committed units of work wrote: what
        an operation changed, for the views to refresh from."""
        ...

    def change_token(self) -> int | None:
        """A number that changes when another connection committed; None where it cannot be watched.

        Cheap enough to poll every second. On SQLite it is `PRAGMA data_version` of one connection
        kept for watching; the shared server answers None until it gets its push channel.
        """
        ...


class SecretStore(Protocol):
    """Passwords (the shared server's, the SMTP server's), kept only in the operating system's keyring.

    `get` returns None when nothing is stored; `put` and `get` raise StoreUnavailable (with a Danish
    line saying so) when the machine has no real keyring, so a password is never written to a file.
    """

    def get(self, service: str, account: str) -> str | None: ...
    def put(self, service: str, account: str, secret: str) -> None: ...
    def delete(self, service: str, account: str) -> None: ...


SERVER_SECRET_SERVICE = "BUA Booking"  # the shared server's password, in the window and on the command line


def server_secret_account(user: str, host: str, port: int, database: str) -> str:
    """The keyring account of a shared server's password: the window stores it, the command line reads it."""
    return f"{user}@{host}:{port}/{database}"


SMTP_SECRET_SERVICE = "bua-booking/smtp"  # keyring service; the account is SmtpServer.secret_account


class MailSender(Protocol):
    """Sends one message through the mail server an administrator set up.

    The connection is encrypted with STARTTLS before the password (read from the SecretStore under
    SMTP_SECRET_SERVICE and the server's host, port and user) is sent. Raises SendFailed with one
    Danish line when the server cannot be reached, offers no STARTTLS, or refuses the login or the
    message.
    """

    def send(self, server: SmtpServer, message: EmailMessage, recipients: Sequence[str]) -> None: ...
