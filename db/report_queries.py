"""The report's one query: every slot in a period with its bookings counted by state.

It runs in the unit of work as the reader, so on a shared server row-level security decides which
bookings and summaries are counted; it reads states, instants and counts, never a name or a text.
Slots are counted one by one and then merged by shape, not grouped by the report's groups in SQL:
a booked 1:1 session's summary deadline depends on its day and the closure calendar, and months are
Copenhagen months, both of which app/domain/report.py works out.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    FromClause,
    Integer,
    String,
    Text,
    and_,
    bindparam,
    case,
    cast,
    column,
    false,
    func,
    literal,
    not_,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.domain.booking import OCCUPYING_STATES, BookingState, CancelReason
from app.domain.recurrence import SessionType
from app.domain.report import SessionTally
from db.models import BookingRow, SeriesRow, SlotRow, SummaryRow, SummaryTombstoneRow
from db.prepared import Prepared, literals

_SESSION_TYPES = {t.value: t for t in SessionType}


_REASONS = sorted(r.value for r in CancelReason)  # a booker's own cancellation, by its code
_PLACES = sorted(s.value for s in OCCUPYING_STATES)


@dataclass(frozen=True)
class _Bookings:
    """Where the tally reads bookings from, and the columns it reads."""

    source: FromClause
    id: ColumnElement[Any]
    slot_id: ColumnElement[Any]
    state: ColumnElement[Any]
    cancel_reason: ColumnElement[Any]
    has_gp: ColumnElement[bool]

    @staticmethod
    def table() -> _Bookings:
        c = BookingRow.__table__.c
        return _Bookings(
            BookingRow.__table__, c.id, c.slot_id, c.state, c.cancel_reason, c.gp_email.is_not(None)
        )

    @staticmethod
    def of_municipality() -> _Bookings:
        """A municipality's bookings through the server's function (server_security.sql): an
        employee's report counts colleagues' bookings that the policies do not show them."""
        reason_codes = cast(array(literals(_REASONS)), ARRAY(Text))
        found = (
            func.public.bua_municipality_bookings(bindparam("booker_municipality"), reason_codes)
            .table_valued(
                column("id", Integer),
                column("slot_id", Integer),
                column("state", String),
                column("cancel_reason", String),
                column("has_gp", Boolean),
            )
            .alias("bookings")
        )
        c = found.c
        return _Bookings(found, c.id, c.slot_id, c.state, c.cancel_reason, c.has_gp)


def _unprocessed(column: Any) -> ColumnElement[Any]:
    """A value as the driver hands it over (SQLite: 0/1, naive UTC text), read by `_tally`: thousands
    of rows then skip the column types' per-value result processing (`db/prepared.py`)."""
    return type_coerce(column, NullType())


def _instant(value: datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value  # PostgreSQL's timestamptz: already aware
    return datetime.fromisoformat(value + "+00:00")  # as UtcDateTime reads SQLite's text


@functools.cache
def tally_statement(
    by_municipality: bool, by_booker: bool, with_days: bool, through_server: bool
) -> Prepared:
    """The statement for one combination of filters, built once.

    Slots are counted one by one, then slots of the same shape (same group keys, same outcome) are
    merged into one row with their number: without `with_days` only a booked 1:1 session keeps its
    start (its summary deadline needs the day), so five years come back as a few thousand rows."""
    b = _Bookings.of_municipality() if through_server else _Bookings.table()
    joined = b.slot_id == SlotRow.id
    if by_booker and not through_server:  # in the join: a slot none of theirs name still counts
        joined = and_(joined, BookingRow.municipality_code == bindparam("booker_municipality"))
    holds_place = b.state.in_(literals(_PLACES))
    own_reason = b.cancel_reason.in_(literals(_REASONS))

    def counted(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.count(b.id).filter(condition)

    def state(value: BookingState) -> ColumnElement[bool]:
        return b.state == value.value

    per_slot = (
        select(
            SlotRow.municipality_code.label("code"),
            SlotRow.advisor_id.label("advisor"),
            SeriesRow.session_type.label("kind"),
            SlotRow.starts_at.label("starts"),
            (SlotRow.ends_at <= bindparam("now")).label("over"),
            SlotRow.cancelled.label("cancelled"),
            counted(state(BookingState.BOOKED)).label("booked"),
            counted(state(BookingState.HELD)).label("held"),
            counted(state(BookingState.NO_SHOW)).label("no_show"),
            counted(state(BookingState.CANCELLED_BY_BUA)).label("bua"),
            counted(and_(state(BookingState.CANCELLED), own_reason)).label("own"),
            counted(state(BookingState.WAITLISTED)).label("waiting"),
            counted(and_(holds_place, b.has_gp)).label("gp"),
            # When the summary was sent: from the summary, or from its tombstone once purged
            func.max(
                func.coalesce(
                    case((SummaryRow.state == "submitted", SummaryRow.submitted_at)),
                    SummaryTombstoneRow.submitted_at,
                )
            )
            .filter(holds_place)
            .label("sent"),
            # Purged with no time kept (before revision 0008, or never sent): its timing is unknown
            func.count(SummaryTombstoneRow.id)
            .filter(and_(holds_place, SummaryTombstoneRow.submitted_at.is_(None)))
            .label("purged"),
        )
        .join(SeriesRow, SeriesRow.id == SlotRow.series_id)
        .outerjoin(b.source, joined)
        .outerjoin(SummaryRow, SummaryRow.booking_id == b.id)
        .outerjoin(SummaryTombstoneRow, SummaryTombstoneRow.booking_id == b.id)
        .where(SlotRow.starts_at >= bindparam("starts_from"), SlotRow.starts_at < bindparam("starts_before"))
        .group_by(SlotRow.id, SeriesRow.session_type)
    )
    if by_municipality:
        per_slot = per_slot.where(SlotRow.municipality_code == bindparam("municipality"))
    slot = per_slot.cte("per_slot")  # read by both branches, so computed once
    taken = slot.c.booked + slot.c.held + slot.c.no_show > 0
    one_to_one_taken = and_(slot.c.kind != SessionType.TEACHING.value, taken)
    keys = (slot.c.code, slot.c.advisor, slot.c.kind)
    sums = (slot.c.booked, slot.c.held, slot.c.no_show, slot.c.bua, slot.c.own, slot.c.waiting, slot.c.gp)
    # A booked 1:1 session as it is: its summary deadline needs its day, so it would be a group of its
    # own anyway, and hashing thousands of one-row groups costs more than sending them.
    one_by_one = select(
        *keys,
        _unprocessed(slot.c.starts),
        _unprocessed(slot.c.over),
        _unprocessed(slot.c.cancelled),
        _unprocessed(slot.c.sent),
        _unprocessed(slot.c.purged > 0),
        *sums,
        literal(1),
    ).where(one_to_one_taken)
    # Every other slot merged by shape; it holds no summary (no place taken, or teaching).
    days = (slot.c.starts,) if with_days else ()
    flags = (slot.c.over, slot.c.cancelled)
    shape = (taken, slot.c.held > 0, slot.c.no_show > 0)  # grouped by, not read: the sums tell
    # As integers: PostgreSQL's SUM of a count is numeric, which the driver reads as a slow Decimal.
    totals = (*(cast(func.sum(c), Integer) for c in sums), func.count())
    merged = (
        select(
            *keys,
            _unprocessed(slot.c.starts if with_days else null()),
            *(_unprocessed(f) for f in flags),
            _unprocessed(null()),
            _unprocessed(false()),
            *totals,
        )
        .where(not_(one_to_one_taken))
        .group_by(*keys, *days, *flags, *shape)
    )
    query = union_all(one_by_one, merged)
    return Prepared(query)


def _tally(row: Any) -> SessionTally:
    (
        code,
        advisor,
        kind,
        starts,
        over,
        cancelled,
        sent,
        purged,
        booked,
        held,
        no_show,
        bua,
        own,
        waiting,
        gp,
        sessions,
    ) = row
    return SessionTally(
        code,
        advisor,
        _SESSION_TYPES[kind],
        _instant(starts),
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
        bool(purged),
        sessions,
    )


def session_tallies(
    session: Session,
    starts_from: datetime,
    starts_before: datetime,
    now: datetime,
    municipality_code: str | None,
    booker_municipality_code: str | None,
    with_days: bool,
) -> Sequence[SessionTally]:
    params: dict[str, Any] = {"starts_from": starts_from, "starts_before": starts_before, "now": now}
    if municipality_code is not None:
        params["municipality"] = municipality_code
    if booker_municipality_code is not None:
        params["booker_municipality"] = booker_municipality_code
    by_booker = booker_municipality_code is not None
    through_server = by_booker and session.get_bind().dialect.name == "postgresql"
    statement = tally_statement(municipality_code is not None, by_booker, with_days, through_server)
    return [_tally(r) for r in statement.rows(session, **params)]
