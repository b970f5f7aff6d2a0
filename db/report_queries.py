"""The report's one query: every slot in a period with its bookings counted by state.

It runs in the unit of work as the reader, so on a shared server row-level security decides which
bookings and summaries are counted; it reads states, instants and counts, never a name or a text.
One row per slot (not per group) because the summary deadline depends on each session's day and the
closure calendar, which app/domain/report.py applies.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.domain.booking import OCCUPYING_STATES, BookingState, CancelReason
from app.domain.recurrence import SessionType
from app.domain.report import SessionTally
from db.models import BookingRow, SeriesRow, SlotRow, SummaryRow, SummaryTombstoneRow
from db.prepared import Prepared, literals

_SESSION_TYPES = {t.value: t for t in SessionType}


def _counted(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.count(BookingRow.id).filter(condition)


def _state(state: BookingState) -> ColumnElement[bool]:
    return BookingRow.state == state.value


_HOLDS_PLACE = BookingRow.state.in_(literals(sorted(s.value for s in OCCUPYING_STATES)))


def _unprocessed(column: Any) -> ColumnElement[Any]:
    """A value as the driver hands it over (SQLite: 0/1, naive UTC text), read by `_tally`: thousands
    of rows then skip the column types' per-value result processing (`db/prepared.py`)."""
    return type_coerce(column, NullType())


def _instant(value: datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value  # PostgreSQL's timestamptz: already aware
    return datetime.fromisoformat(value + "+00:00")  # as UtcDateTime reads SQLite's text


@functools.cache
def tally_statement(by_municipality: bool, by_booker: bool) -> Prepared:
    """The statement for one combination of filters, built once."""
    joined = BookingRow.slot_id == SlotRow.id
    if by_booker:  # in the join, so that a slot none of their bookings name still counts as offered
        joined = and_(joined, BookingRow.municipality_code == bindparam("booker_municipality"))
    query = (
        select(
            SlotRow.municipality_code,
            SlotRow.advisor_id,
            SeriesRow.session_type,
            _unprocessed(SlotRow.starts_at),
            _unprocessed(SlotRow.ends_at <= bindparam("now")),  # over: no instant to parse per row
            _unprocessed(SlotRow.cancelled),
            _counted(_state(BookingState.BOOKED)),
            _counted(_state(BookingState.HELD)),
            _counted(_state(BookingState.NO_SHOW)),
            _counted(_state(BookingState.CANCELLED_BY_BUA)),
            _counted(
                and_(
                    _state(BookingState.CANCELLED),
                    BookingRow.cancel_reason.in_(literals(sorted(r.value for r in CancelReason))),
                )
            ),
            _counted(_state(BookingState.WAITLISTED)),
            _counted(and_(_HOLDS_PLACE, BookingRow.gp_email.is_not(None))),
            _unprocessed(
                func.max(SummaryRow.submitted_at).filter(and_(_HOLDS_PLACE, SummaryRow.state == "submitted"))
            ),
            func.count(SummaryTombstoneRow.id).filter(_HOLDS_PLACE),
        )
        .join(SeriesRow, SeriesRow.id == SlotRow.series_id)
        .outerjoin(BookingRow, joined)
        .outerjoin(SummaryRow, SummaryRow.booking_id == BookingRow.id)
        .outerjoin(SummaryTombstoneRow, SummaryTombstoneRow.booking_id == BookingRow.id)
        .where(SlotRow.starts_at >= bindparam("starts_from"), SlotRow.starts_at < bindparam("starts_before"))
        .group_by(SlotRow.id, SeriesRow.session_type)
    )
    if by_municipality:
        query = query.where(SlotRow.municipality_code == bindparam("municipality"))
    return Prepared(query)


def _tally(row: Any) -> SessionTally:
    (
        code,
        advisor,
        kind,
        starts,
        over,
        cancelled,
        booked,
        held,
        no_show,
        bua,
        own,
        waiting,
        gp,
        sent,
        purged,
    ) = row
    return SessionTally(
        code,
        advisor,
        _SESSION_TYPES[kind],
        _instant(starts),  # type: ignore[arg-type]  # never NULL
        bool(over),
        bool(cancelled),
        booked,
        held,
        no_show,
        bua,
        own,
        waiting,
        gp,
        _instant(sent),
        purged > 0,
    )


def session_tallies(
    session: Session,
    starts_from: datetime,
    starts_before: datetime,
    now: datetime,
    municipality_code: str | None,
    booker_municipality_code: str | None,
) -> Sequence[SessionTally]:
    params: dict[str, Any] = {"starts_from": starts_from, "starts_before": starts_before, "now": now}
    if municipality_code is not None:
        params["municipality"] = municipality_code
    if booker_municipality_code is not None:
        params["booker_municipality"] = booker_municipality_code
    statement = tally_statement(municipality_code is not None, booker_municipality_code is not None)
    return [_tally(r) for r in statement.rows(session, **params)]
