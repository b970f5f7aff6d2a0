"""The advisor's read model as calendar entries: the entry's state, title, detail line and the
sentence a screen reader says. Names come from ui/words.py, dates from ui/calendar/dates.py."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.domain.recurrence import SessionType
from app.services.advisor_view import AdvisorSession, SessionState
from ui.calendar.dates import long_date, when
from ui.calendar.entries import CalendarEntry, EntryState, free_places, state_name
from ui.words import municipality_name, session_type_name, short_municipality

ENTRY_STATES = {
    SessionState.OPEN: EntryState.OPEN,
    SessionState.BOOKED: EntryState.BOOKED,
    SessionState.SUMMARY_RECEIVED: EntryState.SUMMARY_RECEIVED,
    SessionState.SUMMARY_MISSING: EntryState.SUMMARY_MISSING,
    SessionState.SUMMARY_LATE: EntryState.SUMMARY_LATE,
    SessionState.HELD: EntryState.HELD,
    SessionState.NOT_HELD: EntryState.NOT_HELD,
    SessionState.CANCELLED: EntryState.CANCELLED,
    SessionState.SKIPPED: EntryState.SKIPPED,
    SessionState.OUTCOME_MISSING: EntryState.OUTCOME_MISSING,
    SessionState.PAST: EntryState.PAST,
}


def detail_line(session: AdvisorSession) -> str:
    """The second line of an entry: who booked, how full a teaching session is, or why it is skipped."""
    kind = session_type_name(session.session_type).lower()
    if session.note:
        return session.note
    if session.session_type is SessionType.TEACHING:
        left = max(session.capacity - session.booked_count, 0)
        return f"{kind}: {free_places(left, session.capacity)}"
    if session.booker_name:
        return session.booker_name
    return kind


def calendar_entry(session: AdvisorSession) -> CalendarEntry:
    state = ENTRY_STATES[session.state]
    parts = [
        when(session.starts_at, session.ends_at),
        state_name(state),
        municipality_name(session.municipality_name),
    ]
    if session.note:
        parts.append(session.note)
    elif session.booker_name:
        parts.append(session.booker_name)
    if session.session_type is not SessionType.SPARRING:
        parts.append(session_type_name(session.session_type).lower())
    if session.summary_due is not None and session.state is not SessionState.SUMMARY_RECEIVED:
        due = QCoreApplication.translate("AdvisorText", "summary due %1")
        parts.append(due.replace("%1", long_date(session.summary_due)))
    return CalendarEntry(
        key=session.key,
        start=session.starts_at,
        end=session.ends_at,
        title=short_municipality(session.municipality_name),
        state=state,
        accessible_name=", ".join(parts),
        detail=detail_line(session),
        movable=session.state is SessionState.OPEN and session.slot_id is not None,
    )


def calendar_entries(sessions: Sequence[AdvisorSession]) -> list[CalendarEntry]:
    return [calendar_entry(s) for s in sessions]
