"""State colours that stay readable on light and dark palettes.

Each state has one accent (the bar at the entry's left edge and the legend swatch); the fill is the
accent blended into the window colour, so text in the palette's own text colour keeps its contrast.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from ui.calendar.entries import EntryState

ACCENTS = {
    EntryState.OPEN: "#2e7d32",
    EntryState.BOOKED: "#1565c0",
    EntryState.SUMMARY_RECEIVED: "#00838f",
    EntryState.SUMMARY_MISSING: "#8d6e00",  # amber: not yet, but expected
    EntryState.SUMMARY_LATE: "#d84315",  # deep orange: past its deadline
    EntryState.HELD: "#5e35b1",
    EntryState.NOT_HELD: "#ad1457",
    EntryState.CANCELLED: "#b71c1c",
    EntryState.SKIPPED: "#757575",
}
LIGHT_FILL = 0.18  # share of the accent in the fill on a light window
DARK_FILL = 0.38


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
