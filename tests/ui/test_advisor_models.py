"""The advisor page's item models pass pytest-qt's model tester and say what a user would read."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from app.domain.calendar import ClosureCalendar
from app.domain.recurrence import RecurrenceRule
from app.services.absences import Handling, affected_sessions
from app.services.advisor_view import EditorBasis, preview_series
from app.services.context import Context
from app.services.slots import list_slots
from tests.integration.helpers import add_advisor, add_member, book_as, weekly_series
from ui.advisor.affected_model import DECISION, AffectedModel
from ui.advisor.preview_model import NOTE, PreviewModel


def test_preview_model(qtmodeltester: Any) -> None:
    basis = EditorBasis((), frozenset(), ClosureCalendar(), horizon_end=date(2027, 5, 1))
    rule = RecurrenceRule(weekday=0, start_time=time(9), starts_on=date(2027, 3, 1), count=12)
    model = PreviewModel()
    model.set_rows(preview_series(basis, rule))
    qtmodeltester.check(model)
    notes = [model.index(r, NOTE).data() for r in range(model.rowCount())]
    assert notes[4] == "Skipped: Anden påskedag"  # Monday 29 March 2027
    assert notes[-2] == "Created when the planning horizon reaches the date"  # 10 May, after 1 May
    assert notes[-1] == "Skipped: Anden pinsedag"  # 17 May: a holiday says so even beyond the horizon


def test_affected_model(qtmodeltester: Any, sqlite_ctx: Context) -> None:
    advisor = add_advisor(sqlite_ctx)
    staff = add_member(sqlite_ctx, "pia@randers.example")
    weekly_series(sqlite_ctx, advisor, 3, time(10), date(2027, 1, 11), date(2027, 1, 31))
    first = list_slots(sqlite_ctx, advisor_email=advisor.email)[0]
    book_as(sqlite_ctx, staff, first.id)
    model = AffectedModel()
    model.set_sessions(
        affected_sessions(sqlite_ctx, advisor.email, date(2027, 1, 11), date(2027, 1, 31)), {"730": "Randers"}
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.undecided() == 1
    assert model.index(1, DECISION).data() == "The open time is cancelled"
    assert model.decide([0], Handling.DEPUTY) == 1  # Randers has no deputy: refused
    assert model.decide([0], Handling.CANCEL) == 0
    qtmodeltester.check(model)
    assert model.decisions() == {first.id: Handling.CANCEL}
    assert model.index(0, DECISION).data() == "Cancelled, the booker is told why"
