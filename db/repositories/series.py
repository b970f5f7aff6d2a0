"""Slot series (a recurrence rule per municipality and advisor) and the dates their rule skipped."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from app.domain.calendar import SkipKind
from app.domain.model import NewSeries, Series, SkippedDate
from app.domain.recurrence import RecurrenceRule, SessionType
from app.ports import SkipQuery
from db.models import PersonRow, SeriesRow, SkippedDateRow
from db.prepared import Prepared, Send

_SERIES = (
    select(*SeriesRow.__table__.c, PersonRow.email.label("advisor_email"))
    .join(PersonRow, PersonRow.id == SeriesRow.advisor_id)
    .order_by(SeriesRow.id)
)

_ADVISORS_SERIES = Prepared(_SERIES.where(SeriesRow.advisor_id == bindparam("advisor_id")))
_SERIES_NAMES = tuple(str(c.key) for c in _SERIES.selected_columns)


def _named(row: tuple[Any, ...]) -> SimpleNamespace:
    """A prepared statement's row with the names _series reads."""
    return SimpleNamespace(**dict(zip(_SERIES_NAMES, row, strict=True)))


class SqlSeries:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._of_advisor: dict[int, list[Series]] = {}  # read_ahead_of_advisor's, until list() takes it

    def add(self, series: NewSeries, materialised_until: date) -> Series:
        rule = series.rule
        row = SeriesRow(
            municipality_code=series.municipality_code,
            advisor_id=series.advisor_id,
            session_type=series.session_type.value,
            capacity=series.capacity,
            video_url=series.video_url,
            weekday=rule.weekday,
            start_time=rule.start_time,
            every_weeks=rule.every_weeks,
            starts_on=rule.starts_on,
            ends_on=rule.ends_on,
            occurrence_count=rule.count,
            duration_minutes=rule.duration_minutes,
            timezone=rule.timezone,
            materialised_until=materialised_until,
            previous_series_id=series.previous_series_id,
            open_to_all=series.open_to_all,
        )
        self.session.add(row)
        self.session.flush()
        found = self.get(row.id)
        assert found is not None
        return found

    def get(self, series_id: int) -> Series | None:
        found = self._select(SeriesRow.id == series_id)
        return found[0] if found else None

    def list(self, municipality_code: str | None = None, advisor_id: int | None = None) -> Sequence[Series]:
        conditions = []
        if municipality_code is None and advisor_id in self._of_advisor:
            return self._of_advisor.pop(advisor_id)
        if municipality_code is not None:
            conditions.append(SeriesRow.municipality_code == municipality_code)
        if advisor_id is not None:
            conditions.append(SeriesRow.advisor_id == advisor_id)
        return self._select(*conditions)

    def update(self, series: Series) -> None:
        rule = series.rule
        self.session.execute(
            update(SeriesRow)
            .where(SeriesRow.id == series.id)
            .values(
                advisor_id=series.advisor_id,
                session_type=series.session_type.value,
                capacity=series.capacity,
                video_url=series.video_url,
                weekday=rule.weekday,
                start_time=rule.start_time,
                every_weeks=rule.every_weeks,
                starts_on=rule.starts_on,
                ends_on=rule.ends_on,
                occurrence_count=rule.count,
                duration_minutes=rule.duration_minutes,
                materialised_until=series.materialised_until,
                open_to_all=series.open_to_all,
            )
        )

    def read_ahead_of_advisor(self, send: Send, advisor_id: int) -> Callable[[], None]:
        """Send list(advisor_id=...) in a batch; the returned step keeps it for the next such list()."""
        found = send(_ADVISORS_SERIES, advisor_id=advisor_id)

        def keep() -> None:
            self._of_advisor[advisor_id] = [_series(_named(row)) for row in found.rows()]

        return keep

    def _select(self, *conditions: Any) -> Sequence[Series]:
        return [_series(row) for row in self.session.execute(_SERIES.where(*conditions))]


def _series(row: Any) -> Series:
    """From a row of _SERIES."""
    return Series(
        id=row.id,
        municipality_code=row.municipality_code,
        advisor_id=row.advisor_id,
        advisor_email=row.advisor_email,
        session_type=SessionType(row.session_type),
        capacity=row.capacity,
        video_url=row.video_url,
        rule=RecurrenceRule(
            weekday=row.weekday,
            start_time=row.start_time,
            starts_on=row.starts_on,
            every_weeks=row.every_weeks,
            ends_on=row.ends_on,
            count=row.occurrence_count,
            duration_minutes=row.duration_minutes,
            timezone=row.timezone,
        ),
        materialised_until=row.materialised_until,
        previous_series_id=row.previous_series_id,
        open_to_all=bool(row.open_to_all),
    )


_SKIPS = select(
    SkippedDateRow.series_id,
    SkippedDateRow.municipality_code,
    SkippedDateRow.occurrence_date,
    SkippedDateRow.kind,
    SkippedDateRow.reason,
    SkippedDateRow.restored,
)


class SqlSkips:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._lists: dict[SkipQuery, list[SkippedDate]] = {}  # read_ahead_list's, until list() takes it

    def for_series(self, series_id: int, from_date: date | None = None) -> Sequence[SkippedDate]:
        query = _SKIPS.where(SkippedDateRow.series_id == series_id)
        if from_date is not None:
            query = query.where(SkippedDateRow.occurrence_date >= from_date)
        return [_skip(r) for r in self.session.execute(query.order_by(SkippedDateRow.occurrence_date))]

    def read_ahead_list(self, send: Send, query: SkipQuery) -> Callable[[], None]:
        """Send list(*query) in a batch; the returned step keeps it for the next list(*query)."""
        statement, values = _skip_list(query[0], query[1])
        found = send(statement, start=query[2], end=query[3], **values)

        def keep() -> None:
            self._lists[query] = [_skip(r) for r in found.rows()]

        return keep

    def list(
        self, municipality_code: str | None, advisor_id: int | None, start: date, end: date
    ) -> Sequence[SkippedDate]:
        query = (municipality_code, advisor_id, start, end)
        if query in self._lists:
            return self._lists.pop(query)
        statement, values = _skip_list(municipality_code, advisor_id)
        return [_skip(r) for r in statement.rows(self.session, start=start, end=end, **values)]

    def put(self, skip: SkippedDate) -> None:
        # An upsert on (series, date), which is not the primary key, so not merge(): load or add.
        existing = self.session.scalar(
            select(SkippedDateRow).where(
                SkippedDateRow.series_id == skip.series_id,
                SkippedDateRow.occurrence_date == skip.occurrence_date,
            )
        )
        if existing is None:
            existing = SkippedDateRow(series_id=skip.series_id, occurrence_date=skip.occurrence_date)
            self.session.add(existing)
        existing.municipality_code = skip.municipality_code
        existing.kind = skip.kind.value
        existing.reason = skip.reason
        existing.restored = skip.restored
        self.session.flush()

    def drop(self, series_id: int, days: Sequence[date]) -> None:
        if days:
            self.session.execute(
                delete(SkippedDateRow).where(
                    SkippedDateRow.series_id == series_id, SkippedDateRow.occurrence_date.in_(days)
                )
            )


def _skip_list(municipality_code: str | None, advisor_id: int | None) -> tuple[Prepared, dict[str, Any]]:
    statement = _skip_statement(municipality_code is not None, advisor_id is not None)
    return statement, {"municipality_code": municipality_code, "advisor_id": advisor_id}


@functools.cache
def _skip_statement(by_municipality: bool, by_advisor: bool) -> Prepared:
    query = _SKIPS.where(
        SkippedDateRow.occurrence_date >= bindparam("start"),
        SkippedDateRow.occurrence_date <= bindparam("end"),
    )
    if by_municipality:
        query = query.where(SkippedDateRow.municipality_code == bindparam("municipality_code"))
    if by_advisor:
        query = query.join(SeriesRow, SeriesRow.id == SkippedDateRow.series_id).where(
            SeriesRow.advisor_id == bindparam("advisor_id")
        )
    return Prepared(query.order_by(SkippedDateRow.occurrence_date, SkippedDateRow.series_id))


def _skip(row: Any) -> SkippedDate:
    """From a row of _SKIPS."""
    series_id, municipality_code, occurrence_date, kind, reason, restored = row
    return SkippedDate(series_id, municipality_code, occurrence_date, SkipKind(kind), reason, bool(restored))
