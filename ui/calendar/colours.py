"""State colours that stay readable on light and dark palettes.

Each state has one accent (the bar at the entry's left edge and the legend swatch); the fill is the
accent blended into the window colour, so text in the palette's own text colour keeps its contrast.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from ui.calendar.entries import EntryState

# Chosen in OKLCH, each state near its usual hue (green open, blue booked, teal received, brown
# waiting, red late, crimson cancelled, grey past, slate full, greyed olive for an open time the viewer
# cannot book), lightness and chroma searched so that
# every pair stays at least 10 apart in CIEDE2000 as people with normal vision, deuteranopia and
# protanopia see them, while each bar keeps 3:1 and the text on each fill 4.5:1 on light and dark windows
# (tests/ui/test_calendar_colours.py checks all of it). Each state has its symbol too (entries.SYMBOLS).
ACCENTS = {
    EntryState.OPEN: "#6e9200",
    EntryState.BOOKED: "#004d91",
    EntryState.SUMMARY_RECEIVED: "#008796",
    EntryState.SUMMARY_MISSING: "#9b7951",
    EntryState.SUMMARY_LATE: "#ba2013",
    EntryState.HELD: "#875acc",
    EntryState.NOT_HELD: "#d44996",
    EntryState.CANCELLED: "#8e0021",
    EntryState.SKIPPED: "#6f6f6f",
    EntryState.OUTCOME_MISSING: "#715c49",
    EntryState.PAST: "#4a4a4a",
    EntryState.FULL: "#464860",  # slate: taken by others, neither "yours" (blue) nor "open" (green)
    EntryState.UNAVAILABLE: "#87877a",  # "open" greyed out: there, but not bookable by this viewer now
}
LIGHT_FILL = 0.30  # share of the accent in the fill on a light window
DARK_FILL = 0.45


HATCH_ALPHA = 70  # the skipped-date hatching stays faint, so text over it keeps its contrast


@dataclass(frozen=True)
class StateColours:
    accent: QColor
    fill: QColor
    text: QColor

    @property
    def hatch(self) -> QColor:
        faint = QColor(self.accent)
        faint.setAlpha(HATCH_ALPHA)
        return faint


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _blend(accent: QColor, base: QColor, share: float) -> QColor:
    return QColor(
        round(accent.red() * share + base.red() * (1 - share)),
        round(accent.green() * share + base.green() * (1 - share)),
        round(accent.blue() * share + base.blue() * (1 - share)),
    )


def state_colours(palette: QPalette) -> dict[EntryState, StateColours]:
    """The colours for every state on this palette; computed once per palette change."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    share = DARK_FILL if is_dark(palette) else LIGHT_FILL
    found = {}
    for state, code in ACCENTS.items():
        accent = QColor(code)
        if is_dark(palette):
            accent = accent.lighter(150)  # the dark accents sink into a dark window otherwise
        found[state] = StateColours(accent, _blend(accent, base, share), text)
    return found
