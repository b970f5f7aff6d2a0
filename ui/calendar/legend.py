"""A key to the state colours, painted with the same colours as the calendars: one line, or one state
per line (in a popup, where a narrow page keeps it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from ui.calendar.colours import state_colours
from ui.calendar.entries import SYMBOLS, EntryState, state_name

SWATCH = 12
SPACING = 14
PADDING = 8  # around the key in a popup


class Legend(QWidget):
    def __init__(
        self, states: Sequence[EntryState], parent: QWidget | None = None, vertical: bool = False
    ) -> None:
        super().__init__(parent)
        self._states = tuple(states)
        self._vertical = vertical
        self.setAccessibleName(
            self.tr("Colour key: %1").replace("%1", ", ".join(state_name(s) for s in self._states))
        )

    def sizeHint(self) -> QSize:  # Qt override
        fm = QFontMetrics(self.font())
        widths = [SWATCH + 6 + fm.horizontalAdvance(_label(s)) + SPACING for s in self._states]
        if self._vertical:
            return QSize(max(widths) + 2 * PADDING, len(self._states) * (fm.height() + 6) + 2 * PADDING)
        return QSize(sum(widths), fm.height() + 6)

    def minimumSizeHint(self) -> QSize:  # Qt override: the owner hides a line that does not fit
        return self.sizeHint() if self._vertical else QSize(0, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        colours = state_colours(self.palette())
        fm = QFontMetrics(self.font())
        x, line = (PADDING, fm.height() + 6) if self._vertical else (0.0, self.height())
        middle = PADDING + line / 2 if self._vertical else self.height() / 2
        for state in self._states:
            swatch = QRectF(x, middle - SWATCH / 2, SWATCH, SWATCH)
            painter.fillRect(swatch, colours[state].fill)
            if state is EntryState.SKIPPED:
                painter.fillRect(swatch, QBrush(colours[state].hatch, Qt.BrushStyle.BDiagPattern))
            painter.fillRect(QRectF(x, swatch.top(), 3, SWATCH), colours[state].accent)
            x += SWATCH + 6
            name = _label(state)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x, middle - line / 2, fm.horizontalAdvance(name) + 2, line),
                Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            if self._vertical:
                x, middle = PADDING, middle + line
            else:
                x += fm.horizontalAdvance(name) + SPACING
        painter.end()


def _label(state: EntryState) -> str:
    return f"{SYMBOLS[state]} {state_name(state)}"
