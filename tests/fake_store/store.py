"""The fake Store and its unit of work: copy-on-begin tables, committed whole or not at all."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Self

from app import ports
from app.ports import Ahead
from tests.fake_store.bookings import FakeBookings, FakeSummaries
from tests.fake_store.register import (
    FakeAbsences,
    FakeAudit,
    FakeClosures,
    FakeContacts,
    FakeMunicipalities,
    FakePeople,
    FakeSettings,
)
from tests.fake_store.slots import FakeSeries, FakeSkips, FakeSlots
from tests.fake_store.tables import Ids, Tables, Transaction


class ConcurrentUse(AssertionError):
    """Two units of work overlapped in writing: the fake has no locks to model that honestly."""


class FakeUnitOfWork:
    """One transaction over a copy of the committed tables. commit() makes the copy the committed
    tables and goes on in a new copy, as a session does; leaving without commit() drops it.

    Writes are not serialised by locks, so a commit is refused (ConcurrentUse) when another unit of
    work committed after this one began: races belong to the tests on the real engines.
    """

    municipalities: ports.MunicipalityRepository
    people: ports.PersonRepository
    contacts: ports.ContactRepository
    closures: ports.ClosureRepository
    series: ports.SeriesRepository
    slots: ports.SlotRepository
    skips: ports.SkipRepository
    bookings: ports.BookingRepository
    absences: ports.AbsenceRepository
    summaries: ports.SummaryRepository
    audit: ports.AuditRepository
    settings: ports.SettingsRepository

    def __init__(self, store: FakeStore) -> None:
        self._store = store

    def __enter__(self) -> Self:
        self._begin()
        txn = self._txn
        self.municipalities = FakeMunicipalities(txn)
        self.people = FakePeople(txn)
        self.contacts = FakeContacts(txn)
        self.closures = FakeClosures(txn)
        self.series = FakeSeries(txn)
        self.slots = FakeSlots(txn)
        self.skips = FakeSkips(txn)
        self.bookings = FakeBookings(txn)
        self.absences = FakeAbsences(txn)
        self.summaries = FakeSummaries(txn)
        self.audit = FakeAudit(txn)
        self.settings = FakeSettings(txn)
        return self

    def _begin(self) -> None:
        store = self._store
        self._generation = store.generation
        if not hasattr(self, "_txn"):
            self._txn = Transaction(store.tables.copy(), store.ids)
        else:  # the repositories keep this transaction object: give it fresh tables
            self._txn.tables, self._txn.written = store.tables.copy(), set()

    def read_ahead(self, ahead: Ahead) -> None:
        pass  # in memory every read is as cheap as a read ahead

    def commit(self) -> None:
        store = self._store
        if store.generation != self._generation:
            raise ConcurrentUse("Another unit of work committed meanwhile: the fake store is serial.")
        store.tables = self._txn.tables
        store.generation += 1
        store.note(self._txn.written)
        self._begin()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Rolled back: the copy is dropped; the committed tables never saw it."""


class FakeStore:
    """The Store port in memory, for the services' rule tests (tests/services/)."""

    def __init__(self) -> None:
        self.tables = Tables()
        self.ids = Ids()
        self.generation = 0  # committed transactions so far
        self._recording = threading.local()

    def read(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self)

    def write(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self)

    def describe(self) -> str:
        return "hukommelsen (testenes falske lager)"

    @contextmanager
    def recording(self) -> Iterator[set[str]]:
        tables: set[str] = set()
        self._recording.tables = tables
        try:
            yield tables
        finally:
            self._recording.tables = None

    def note(self, written: set[str]) -> None:
        recorded: set[str] | None = getattr(self._recording, "tables", None)
        if recorded is not None:
            recorded |= written

    def change_token(self) -> int | None:
        return None  # nothing else writes to it
