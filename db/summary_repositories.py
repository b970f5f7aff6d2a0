"""The repository of case summaries and the tombstones the retention purge leaves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, select
from sqlalchemy.orm import Session

from app.domain.model import BookingFilter
from app.domain.summary import (
    AgeBand,
    PathwayStep,
    ScreeningRow,
    Summary,
    SummaryContent,
    SummaryState,
    Tombstone,
)
from db.models import BookingRow, SummaryRow, SummaryTombstoneRow
from db.prepared import Send
from db.repositories.booking_queries import states_listing


class SqlSummaries:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._states: dict[int, SummaryState | None] = {}  # read_ahead_states', until states() takes them

    def read_ahead_states(self, send: Send, where: BookingFilter) -> Callable[[], None]:
        """Send the states of the summaries of the bookings `where` lists, in a batch; the returned
        step keeps them (None: no summary) for the next states() of those bookings."""
        statement, values = states_listing(where)
        found = send(statement, **values)

        def keep() -> None:
            self._states.update({b: None if s is None else SummaryState(s) for b, s in found.rows()})

        return keep

    def get(self, booking_id: int) -> Summary | None:
        row = self.session.scalar(select(SummaryRow).where(SummaryRow.booking_id == booking_id))
        return None if row is None else _summary(row)

    def save(
        self,
        booking_id: int,
        municipality_code: str,
        content: SummaryContent,
        state: SummaryState,
        warnings_acknowledged: bool,
        at: datetime,
    ) -> Summary:
        row = self.session.scalar(select(SummaryRow).where(SummaryRow.booking_id == booking_id))
        if row is None:
            row = SummaryRow(
                booking_id=booking_id, municipality_code=municipality_code, created_at=at, version=0
            )
            self.session.add(row)
        row.state = state.value
        row.question, row.problem, row.tried = content.question, content.problem, content.tried
        row.age_band = content.age_band.value if content.age_band else None
        row.pathway_step = content.pathway_step.value if content.pathway_step else None
        row.screenings = [_screening_json(s) for s in content.screenings]
        row.warnings_acknowledged = warnings_acknowledged
        row.updated_at = at
        row.submitted_at = at if state is SummaryState.SUBMITTED else None
        row.version += 1
        self.session.flush()
        return _summary(row)

    def states(self, booking_ids: Sequence[int]) -> dict[int, SummaryState]:
        if not booking_ids:
            return {}
        if all(b in self._states for b in booking_ids):
            kept = {b: self._states.pop(b) for b in booking_ids}
            return {b: state for b, state in kept.items() if state is not None}
        query = select(SummaryRow.booking_id, SummaryRow.state).where(SummaryRow.booking_id.in_(booking_ids))
        return {booking_id: SummaryState(state) for booking_id, state in self.session.execute(query)}

    def expired(self, sessions_before: datetime) -> Sequence[tuple[int, str]]:
        query = (
            select(SummaryRow.booking_id, SummaryRow.municipality_code)
            .join(BookingRow, BookingRow.id == SummaryRow.booking_id)
            .where(BookingRow.starts_at < sessions_before)
            .order_by(SummaryRow.booking_id)
        )
        return [(booking_id, code) for booking_id, code in self.session.execute(query)]

    def purge(self, booking_ids: Sequence[int], at: datetime, rule: str) -> None:
        if not booking_ids:
            return
        sent = case((SummaryRow.state == SummaryState.SUBMITTED.value, SummaryRow.submitted_at))
        query = select(SummaryRow.booking_id, SummaryRow.municipality_code, sent).where(
            SummaryRow.booking_id.in_(booking_ids)
        )
        found = list(self.session.execute(query))
        self.session.execute(delete(SummaryRow).where(SummaryRow.booking_id.in_(booking_ids)))
        self.session.add_all(
            SummaryTombstoneRow(
                booking_id=booking_id, municipality_code=code, purged_at=at, rule=rule, submitted_at=sent_at
            )
            for booking_id, code, sent_at in found
        )
        self.session.flush()

    def tombstone(self, booking_id: int) -> Tombstone | None:
        row = self.session.scalar(
            select(SummaryTombstoneRow).where(SummaryTombstoneRow.booking_id == booking_id)
        )
        return None if row is None else Tombstone(row.booking_id, row.purged_at, row.rule)


def _screening_json(row: ScreeningRow) -> dict[str, Any]:
    return {
        "instrument": row.instrument,
        "scale": row.scale,
        "raw_score": row.raw_score,
        "informant": row.informant,
        "month": row.month,
        "year": row.year,
    }


def _summary(row: SummaryRow) -> Summary:
    content = SummaryContent(
        question=row.question,
        problem=row.problem,
        age_band=AgeBand(row.age_band) if row.age_band else None,
        pathway_step=PathwayStep(row.pathway_step) if row.pathway_step else None,
        tried=row.tried,
        screenings=tuple(ScreeningRow(**s) for s in row.screenings),
    )
    return Summary(
        booking_id=row.booking_id,
        municipality_code=row.municipality_code,
        content=content,
        state=SummaryState(row.state),
        warnings_acknowledged=row.warnings_acknowledged,
        updated_at=row.updated_at,
        submitted_at=row.submitted_at,
        version=row.version,
    )
