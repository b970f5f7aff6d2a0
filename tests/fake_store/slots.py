"""The fake store's series, slots and skipped dates, with the constraints the schema puts on them:
one slot per series and date, and a slot's places never below 0 nor above its capacity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from app.domain.model import NewSeries, NewSlot, Series, SkippedDate, Slot, SlotFilter, SlotStatus
from app.domain.report import SessionTally
from app.errors import SlotBookedMeanwhile
from tests.fake_store.tables import SlotRow, Tables, Transaction, require, utc


class FakeSeries:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def add(self, series: NewSeries, materialised_until: date) -> Series:
        t = self.txn.wrote("slot_series")
        require(series.municipality_code in t.municipalities, "fk_slot_series_municipality_code")
        require(series.advisor_id in t.people, "fk_slot_series_advisor_id_people")
        require(series.previous_series_id in (None, *t.series), "fk_slot_series_previous_series_id")
        row = Series(
            self.txn.ids.next("slot_series"),
            series.municipality_code,
            series.advisor_id,
            "",
            series.session_type,
            series.capacity,
            series.video_url,
            series.rule,
            materialised_until,
            series.previous_series_id,
            series.open_to_all,
        )
        _check_series(row)
        t.series[row.id] = row
        return series_of(t, row)

    def get(self, series_id: int) -> Series | None:
        row = self.txn.tables.series.get(series_id)
        return None if row is None else series_of(self.txn.tables, row)

    def list(self, municipality_code: str | None = None, advisor_id: int | None = None) -> Sequence[Series]:
        t = self.txn.tables
        return [
            series_of(t, s)
            for s in sorted(t.series.values(), key=lambda s: s.id)
            if municipality_code in (None, s.municipality_code) and advisor_id in (None, s.advisor_id)
        ]

    def update(self, series: Series) -> None:
        t = self.txn.wrote("slot_series")
        row = t.series.get(series.id)
        if row is None:
            return
        require(series.advisor_id in t.people, "fk_slot_series_advisor_id_people")
        # The columns SqlSeries.update writes: not the municipality, the predecessor or the zone.
        updated = replace(
            row,
            advisor_id=series.advisor_id,
            session_type=series.session_type,
            capacity=series.capacity,
            video_url=series.video_url,
            rule=replace(series.rule, timezone=row.rule.timezone),
            materialised_until=series.materialised_until,
            open_to_all=series.open_to_all,
        )
        _check_series(updated)
        t.series[series.id] = updated


def _check_series(row: Series) -> None:
    rule = row.rule
    require((rule.ends_on is None) != (rule.count is None), "ck_slot_series_one_end")
    require(0 <= rule.weekday <= 4, "ck_slot_series_weekday")
    require(rule.every_weeks >= 1, "ck_slot_series_every_weeks")
    require(row.capacity >= 1, "ck_slot_series_capacity")


def series_of(t: Tables, row: Series) -> Series:
    return replace(row, advisor_email=t.people[row.advisor_id].email)


def slot_of(t: Tables, row: SlotRow) -> Slot:
    series = t.series[row.series_id]
    return Slot(
        row.id,
        row.series_id,
        row.municipality_code,
        row.advisor_id,
        t.people[row.advisor_id].email,
        row.occurrence_date,
        row.starts_at,
        row.ends_at,
        series.session_type,
        row.capacity,
        row.booked_count,
        series.video_url,
        row.moved,
        series.open_to_all,
        row.cancelled,
    )


def _matches(row: SlotRow, where: SlotFilter) -> bool:
    return (
        where.municipality_code in (None, row.municipality_code)
        and where.advisor_id in (None, row.advisor_id)
        and where.series_id in (None, row.series_id)
        and (where.starts_from is None or row.starts_at >= where.starts_from)
        and (where.starts_before is None or row.starts_at < where.starts_before)
        and (where.status is not SlotStatus.OPEN or row.booked_count < row.capacity)
        and (where.status is not SlotStatus.BOOKED or row.booked_count >= row.capacity)
    )


class FakeSlots:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def get(self, slot_id: int) -> Slot | None:
        row = self.txn.tables.slots.get(slot_id)
        return None if row is None else slot_of(self.txn.tables, row)

    def list(self, where: SlotFilter) -> Sequence[Slot]:
        """Never a cancelled slot: its occurrence is a skipped date."""
        t = self.txn.tables
        found = [r for r in t.slots.values() if not r.cancelled and _matches(r, where)]
        return [slot_of(t, r) for r in sorted(found, key=lambda r: (r.starts_at, r.id))]

    def for_series(self, series_id: int, from_date: date) -> Sequence[Slot]:
        t = self.txn.tables
        found = [r for r in t.slots.values() if r.series_id == series_id and r.occurrence_date >= from_date]
        return [slot_of(t, r) for r in sorted(found, key=lambda r: r.occurrence_date)]

    def add_many(self, slots: Sequence[NewSlot]) -> None:
        t = self.txn.wrote("slots") if slots else self.txn.tables
        taken = {(r.series_id, r.occurrence_date) for r in t.slots.values()}
        for new in slots:
            require(new.series_id in t.series, "fk_slots_series_id_slot_series")
            require((new.series_id, new.occurrence_date) not in taken, "uq_slots_series_id")
            require(new.ends_at > new.starts_at, "ck_slots_positive_length")
            taken.add((new.series_id, new.occurrence_date))
            series = t.series[new.series_id]
            row = SlotRow(
                self.txn.ids.next("slots"),
                new.series_id,
                series.municipality_code,
                series.advisor_id,
                new.occurrence_date,
                utc(new.starts_at),
                utc(new.ends_at),
                series.capacity,
                0,
                False,
                False,
            )
            t.slots[row.id] = row

    def remove_many(self, slot_ids: Sequence[int]) -> None:
        if not slot_ids:
            return
        t = self.txn.wrote("slots")
        named = {b.slot_id for b in t.bookings.values()}
        removed = 0
        for slot_id in slot_ids:
            row = t.slots.get(slot_id)
            if row is None or row.booked_count != 0 or row.cancelled:
                continue
            removed += 1
            if slot_id in named:  # kept, as cancelled: its bookings' CANCEL invites need it
                t.slots[slot_id] = replace(row, cancelled=True)
            else:
                del t.slots[slot_id]
        if removed != len(slot_ids):  # a booking came first
            raise SlotBookedMeanwhile(sorted(set(slot_ids)))

    def revive(self, slot_id: int, starts_at: datetime, ends_at: datetime) -> None:
        self._set(slot_id, cancelled=False, starts_at=utc(starts_at), ends_at=utc(ends_at), moved=False)

    def retime(self, slot_id: int, starts_at: datetime, ends_at: datetime, moved: bool) -> None:
        self._set(slot_id, starts_at=utc(starts_at), ends_at=utc(ends_at), moved=moved)

    def take_place(self, slot_id: int) -> bool:
        row = self.txn.tables.slots.get(slot_id)
        if row is None or row.booked_count >= row.capacity or row.cancelled:
            return False
        self._set(slot_id, booked_count=row.booked_count + 1)
        return True

    def release_place(self, slot_id: int) -> None:
        row = self.txn.tables.slots.get(slot_id)
        if row is not None and row.booked_count > 0:
            self._set(slot_id, booked_count=row.booked_count - 1)

    def lock(self, slot_ids: Sequence[int]) -> None:
        """Nothing to wait for: the fake runs one unit of work at a time (see FakeStore)."""

    def set_advisor(self, slot_id: int, advisor_id: int) -> None:
        require(advisor_id in self.txn.tables.people, "fk_slots_advisor_id_people")
        self._set(slot_id, advisor_id=advisor_id)

    def set_capacity(self, series_id: int, from_date: date, capacity: int) -> None:
        for row in list(self.txn.tables.slots.values()):
            fits = row.booked_count <= capacity
            if row.series_id == series_id and row.occurrence_date >= from_date and fits:
                self._set(row.id, capacity=capacity)

    def reassign_booked(self, from_series_id: int, to_series_id: int, from_date: date) -> None:
        require(to_series_id in self.txn.tables.series, "fk_slots_series_id_slot_series")
        for row in list(self.txn.tables.slots.values()):
            if row.series_id == from_series_id and row.occurrence_date >= from_date and row.booked_count > 0:
                self._set(row.id, series_id=to_series_id)

    def tallies(
        self,
        starts_from: datetime,
        starts_before: datetime,
        now: datetime,
        municipality_code: str | None = None,
        booker_municipality_code: str | None = None,
        with_days: bool = True,
    ) -> Sequence[SessionTally]:
        raise NotImplementedError(
            "The report's counts are one SQL query (db/report_queries.py): tests/integration/"
            "test_reports.py runs them on the real engines; the fake does not imitate it."
        )

    def _set(self, slot_id: int, **values: object) -> None:
        """An UPDATE of one slot (none when it is not there), with the slot's CHECK constraints."""
        t = self.txn.wrote("slots")
        row = t.slots.get(slot_id)
        if row is None:
            return
        changed = replace(row, **values)  # type: ignore[arg-type]
        require(0 <= changed.booked_count <= changed.capacity, "ck_slots_within_capacity")
        require(changed.ends_at > changed.starts_at, "ck_slots_positive_length")
        t.slots[slot_id] = changed


class FakeSkips:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def for_series(self, series_id: int, from_date: date | None = None) -> Sequence[SkippedDate]:
        found = [
            s
            for s in self.txn.tables.skips.values()
            if s.series_id == series_id and (from_date is None or s.occurrence_date >= from_date)
        ]
        return sorted(found, key=lambda s: s.occurrence_date)

    def list(
        self, municipality_code: str | None, advisor_id: int | None, start: date, end: date
    ) -> Sequence[SkippedDate]:
        t = self.txn.tables
        found = [
            s
            for s in t.skips.values()
            if start <= s.occurrence_date <= end
            and municipality_code in (None, s.municipality_code)
            and advisor_id in (None, t.series[s.series_id].advisor_id)
        ]
        return sorted(found, key=lambda s: (s.occurrence_date, s.series_id))

    def put(self, skip: SkippedDate) -> None:
        t = self.txn.wrote("skipped_dates")
        require(skip.series_id in t.series, "fk_skipped_dates_series_id_slot_series")
        require(skip.municipality_code in t.municipalities, "fk_skipped_dates_municipality_code")
        t.skips[(skip.series_id, skip.occurrence_date)] = skip

    def drop(self, series_id: int, days: Sequence[date]) -> None:
        t = self.txn.wrote("skipped_dates") if days else self.txn.tables
        for day in days:
            t.skips.pop((series_id, day), None)
