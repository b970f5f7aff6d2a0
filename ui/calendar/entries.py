"""What a calendar shows: frozen entries with a state, and the words for each state."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

# px: a week or month still shows five days with "13.00 Randers" beside the side panel, on half a
# 1920 px screen (Outlook on the other half).
MINIMUM_WIDTH = 480


class EntryState(enum.StrEnum):
    OPEN = "open"
    BOOKED = "booked"
    SUMMARY_RECEIVED = "summary_received"
    SUMMARY_MISSING = "summary_missing"  # not sent yet, still before its deadline
    SUMMARY_LATE = "summary_late"  # not sent, and its deadline has passed
    HELD = "held"
    NOT_HELD = "not_held"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"  # a holiday or closure day: no session that day
    OUTCOME_MISSING = "outcome_missing"  # over and booked, its outcome not recorded
    PAST = "past"  # over, and nobody booked it
    FULL = "full"  # every place taken by others; the waitlist is open
    UNAVAILABLE = "unavailable"  # open, but the viewer cannot book it now (the cap, a quota, the profession)


@dataclass(frozen=True)
class CalendarEntry:
    """One painted item. `start` and `end` are local wall-clock times on the same day."""

    key: str  # stable across reloads, so the focused entry survives a refresh
    start: datetime
    end: datetime
    title: str  # first line, e.g. the municipality
    state: EntryState
    accessible_name: str  # the full sentence a screen reader says
    detail: str = ""  # second line, e.g. the booker or the holiday's name
    movable: bool = False  # may be dragged to another time (an open time the viewer manages)


def state_name(state: EntryState) -> str:
    """The state as a word in a sentence ("booked"), translated."""
    names = {
        EntryState.OPEN: QCoreApplication.translate("CalendarText", "open"),
        EntryState.BOOKED: QCoreApplication.translate("CalendarText", "booked"),
        EntryState.SUMMARY_RECEIVED: QCoreApplication.translate("CalendarText", "summary received"),
        EntryState.SUMMARY_MISSING: QCoreApplication.translate("CalendarText", "summary missing"),
        EntryState.SUMMARY_LATE: QCoreApplication.translate("CalendarText", "summary late"),
        EntryState.HELD: QCoreApplication.translate("CalendarText", "held"),
        EntryState.NOT_HELD: QCoreApplication.translate("CalendarText", "not held"),
        EntryState.CANCELLED: QCoreApplication.translate("CalendarText", "cancelled"),
        EntryState.SKIPPED: QCoreApplication.translate("CalendarText", "skipped"),
        EntryState.OUTCOME_MISSING: QCoreApplication.translate("CalendarText", "outcome missing"),
        EntryState.PAST: QCoreApplication.translate("CalendarText", "past, not booked"),
        EntryState.FULL: QCoreApplication.translate("CalendarText", "full, waitlist"),
        EntryState.UNAVAILABLE: QCoreApplication.translate("CalendarText", "cannot be booked now"),
    }
    return names[state]


def free_places(left: int, capacity: int) -> str:
    """The one wording for a teaching session's free places: '3 of 12 places free' / '3 af 12 pladser
    ledige' (in tables, entries and sentences alike)."""
    return (
        QCoreApplication.translate("CalendarText", "%1 of %2 places free")
        .replace("%1", str(left))
        .replace("%2", str(capacity))
    )


# A symbol for every state, painted before the title and in the key, so no state is told by colour
# alone (one man in twelve sees red and green alike).
SYMBOLS = {
    EntryState.OPEN: "○",
    EntryState.BOOKED: "●",
    EntryState.SUMMARY_RECEIVED: "✉",
    EntryState.SUMMARY_MISSING: "…",
    EntryState.SUMMARY_LATE: "!",
    EntryState.HELD: "✓",
    EntryState.NOT_HELD: "✗",
    EntryState.CANCELLED: "⊘",
    EntryState.SKIPPED: "–",
    EntryState.OUTCOME_MISSING: "?",
    EntryState.PAST: "·",
    EntryState.FULL: "■",
    EntryState.UNAVAILABLE: "◌",  # a faded "open"
}
