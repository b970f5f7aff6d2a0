"""Closure days: the annual ones an administrator switches on or off, and single dated ones."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Date, Integer, delete, literal, select, union_all
from sqlalchemy.orm import Session

from app.domain.calendar import AnnualClosure, ClosureDate
from db.models import AnnualClosureRow, ClosureDateRow
from db.prepared import Prepared, Send

# Both kinds of closure day in one statement (a round trip less on a server): the annual ones with
# their month and day, the dated ones with their date.
_CLOSURES = Prepared(
    union_all(
        select(
            AnnualClosureRow.month,
            AnnualClosureRow.day,
            AnnualClosureRow.reason,
            AnnualClosureRow.enabled,
            literal(None, Date).label("date"),
        ),
        select(
            literal(None, Integer),
            literal(None, Integer),
            ClosureDateRow.reason,
            literal(True),
            ClosureDateRow.day,
        ),
    )
)


class SqlClosures:
    """Closure days, read once per unit of work: a page's rules ask for the calendar several times."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._annual: list[AnnualClosure] | None = None
        self._dates: list[ClosureDate] | None = None

    def annual(self) -> Sequence[AnnualClosure]:
        if self._annual is None:
            self._read()
        return list(self._annual or ())

    def dates(self) -> Sequence[ClosureDate]:
        if self._dates is None:
            self._read()
        return list(self._dates or ())

    def read_ahead(self, send: Send) -> Callable[[], None]:
        """Send the read of every closure day in a batch; the returned step keeps them."""
        found = send(_CLOSURES)
        return lambda: self._keep(found.rows())

    def _read(self) -> None:
        self._keep(_CLOSURES.rows(self.session))

    def _keep(self, rows: Sequence[tuple[Any, ...]]) -> None:
        annual, dates = [], []
        for month, day_of_month, reason, enabled, day in rows:
            if day is None:
                annual.append(AnnualClosure(month, day_of_month, reason, bool(enabled)))
            else:
                dates.append(ClosureDate(day, reason))
        self._annual = sorted(annual, key=lambda c: (c.month, c.day))
        self._dates = sorted(dates, key=lambda c: c.day)

    def put_annual(self, closure: AnnualClosure) -> None:
        self.session.merge(
            AnnualClosureRow(
                month=closure.month, day=closure.day, reason=closure.reason, enabled=closure.enabled
            )
        )
        self.session.flush()
        self._annual = None

    def put_date(self, closure: ClosureDate) -> None:
        self.session.merge(ClosureDateRow(day=closure.day, reason=closure.reason))
        self.session.flush()
        self._dates = None

    def remove_date(self, day: date) -> bool:
        result = self.session.execute(delete(ClosureDateRow).where(ClosureDateRow.day == day))
        self._dates = None
        return bool(getattr(result, "rowcount", 0))
