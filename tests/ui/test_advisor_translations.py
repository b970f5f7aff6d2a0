"""The advisor page and calendar in Danish: dates, times and accessible names read as Danish users
expect (tests/ui/test_translations.py checks that every catalogue is complete, current and keeps its
placeholders)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.domain.recurrence import SessionType
from app.services.advisor_view import AdvisorSession, SessionState
from ui.advisor.calendar_entries import calendar_entry
from ui.calendar.dates import week_label


def test_a_session_reads_as_a_full_danish_sentence(danish: list[str]) -> None:
    zone = ZoneInfo("Europe/Copenhagen")
    session = AdvisorSession(
        key="slot:1",
        slot_id=1,
        series_id=1,
        occurrence_date=date(2025, 10, 14),
        municipality_code="730",
        municipality_name="Randers",
        starts_at=datetime(2025, 10, 14, 13, 0, tzinfo=zone),
        ends_at=datetime(2025, 10, 14, 13, 45, tzinfo=zone),
        session_type=SessionType.SPARRING,
        state=SessionState.BOOKED,
    )
    entry = calendar_entry(session)
    assert entry.accessible_name == "tirsdag 14. oktober 2025 kl. 13.00-13.45, booket, Randers Kommune"
    assert week_label(session.starts_at.date()) == "uge 42"
