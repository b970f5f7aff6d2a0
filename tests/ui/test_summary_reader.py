"""What BUA sees of a case summary in the session panel, for each way it can stand."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.domain.booking import Booking, BookingState
from app.domain.recurrence import SessionType
from app.domain.summary import (
    AgeBand,
    DeadlineState,
    PathwayStep,
    ScreeningRow,
    Summary,
    SummaryContent,
    SummaryState,
    Tombstone,
)
from app.services.summaries import SummaryStatus, SummaryView
from ui.summary.reader import SummaryReader

STARTS = datetime(2027, 1, 14, 9, 0, tzinfo=UTC)
BOOKING = Booking(
    1, 1, STARTS, STARTS, 1, "pia@randers.example", "Pia Holm", "730", "730", 2, "ulla@bua.example",
    SessionType.SPARRING, BookingState.BOOKED, None, None, STARTS, 1, "uid", 0,
)  # fmt: skip
CONTENT = SummaryContent(
    question="Henvise <eller> ej?",
    problem="En pige på 11 år.",
    age_band=AgeBand.SCHOOL,
    pathway_step=PathwayStep.STEP_2,
    screenings=(ScreeningRow("ADHD-RS", "total", 30, "forælder", 10, 2026),),
)


def _view(state: DeadlineState, summary: Summary | None = None, tombstone: Tombstone | None = None) -> Any:
    return SummaryView(BOOKING, SummaryStatus(1, STARTS, date(2027, 1, 12), state), summary, tombstone)


@pytest.mark.parametrize(
    ("state", "shown"),
    [
        (DeadlineState.MISSING, "Not sent yet. Due 12.01.2027."),
        (DeadlineState.DRAFT, "Being written, not sent yet. Due 12.01.2027."),
        (DeadlineState.LATE, "Late: not sent, it was due 12.01.2027."),
    ],
)
def test_a_summary_not_sent_shows_its_state_and_deadline_only(
    qtbot: Any, state: DeadlineState, shown: str
) -> None:
    reader = SummaryReader()
    qtbot.addWidget(reader)
    reader.show()
    reader.show_view(_view(state))
    assert reader.status.text() == shown
    assert not reader.text.isVisible() and reader.text.toPlainText() == ""


def test_a_sent_summary_is_shown_escaped_with_unverified_ranges_marked(qtbot: Any) -> None:
    reader = SummaryReader()
    qtbot.addWidget(reader)
    reader.show()
    sent = datetime(2027, 1, 11, 14, 5, tzinfo=UTC)
    summary = Summary(1, "730", CONTENT, SummaryState.SUBMITTED, False, sent, sent, 2)
    reader.show_view(_view(DeadlineState.SUBMITTED, summary))
    assert reader.status.text() == "Sent to BUA 11.01.2027 at 15.05 (due 12.01.2027)."
    text = reader.text.toPlainText()
    assert "Henvise <eller> ej?" in text  # typed markup is text, not HTML
    assert "6-12 years" in text and "Trin 2" in text
    assert "ADHD-RS, Total ADHD: 30 · range 0-54 (ikke verificeret) · forælder · 10/2026" in text
    assert reader.toolTip() == "" and reader.text.toolTip() == ""

    purged = datetime(2027, 2, 13, 2, 0, tzinfo=UTC)
    reader.show_view(_view(DeadlineState.SUBMITTED, None, Tombstone(1, purged, "summary_retention_days=30")))
    assert reader.status.text() == "Deleted 13.02.2027 after the retention period."
    assert reader.text.toPlainText() == ""
