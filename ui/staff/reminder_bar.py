"""The warning bar at the top of the staff page: one row per booked session still waiting for its
case summary, soonest deadline first, each with its own "Write summary" button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.summary import DeadlineState
from app.services.summaries import SummaryStatus
from ui.calendar.dates import date_at, local, long_date

# A warning's colours whatever the palette: dark text on pale amber (14:1), a late line in dark red (8:1).
STYLE = """
QFrame#summaryReminder { background: #fff4ce; border: 1px solid #b08a00; border-radius: 4px; }
QFrame#summaryReminder QLabel { color: #1f1f1f; }
QFrame#summaryReminder QLabel[late="true"] { color: #8e0021; font-weight: bold; }
#reminderRows { background: transparent; }
"""
SHOWN_ROWS = 3  # sessions shown at once; more scroll inside the bar


class SummaryReminderBar(QFrame):
    write_requested = Signal(int)  # booking id: open its case-summary form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryReminder")
        self.setStyleSheet(STYLE)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
        self.heading = QLabel(self.tr("Sessions still waiting for your case summary:"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.heading, 1)
        rows = QWidget()
        rows.setObjectName("reminderRows")
        self._rows = QGridLayout(rows)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setColumnStretch(0, 1)
        # More than a few sessions waiting scroll inside the bar, so the times below keep their room
        self.rows_area = QScrollArea()
        self.rows_area.setObjectName("reminderRows")
        self.rows_area.setWidget(rows)
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rows_area)
        self.hide()

    def show_reminders(self, waiting: Sequence[SummaryStatus]) -> None:
        for widget in (*self.lines, *self.buttons):
            self._rows.removeWidget(widget)
            widget.hide()  # gone at once, not only when the event loop deletes it
            widget.deleteLater()
        self.lines, self.buttons = [], []
        for row, status in enumerate(waiting):
            line = QLabel(self._sentence(status))
            line.setWordWrap(True)
            line.setProperty("late", status.state is DeadlineState.LATE)
            button = QPushButton(self.tr("Write summary"))
            button.setAccessibleName(
                self.tr("Write summary for %1").replace("%1", date_at(local(status.starts_at)))
            )
            button.clicked.connect(lambda _checked=False, b=status.booking_id: self.write_requested.emit(b))
            self._rows.addWidget(line, row, 0)
            self._rows.addWidget(button, row, 1)
            self.lines.append(line)
            self.buttons.append(button)
        self.setAccessibleName(" ".join((self.heading.text(), *(line.text() for line in self.lines))))
        self._fit_rows()
        self.setVisible(bool(waiting))

    def _fit_rows(self) -> None:
        """As tall as its rows at this width, up to SHOWN_ROWS of them; the rest scroll (Tab brings each
        button into view)."""
        width = self.rows_area.viewport().width()
        between = max(self._rows.horizontalSpacing(), 0)
        heights = [
            max(
                line.heightForWidth(max(width - button.sizeHint().width() - between, 80)),
                button.sizeHint().height(),
            )
            for line, button in zip(self.lines, self.buttons, strict=True)
        ][:SHOWN_ROWS]
        spacing = max(self._rows.verticalSpacing(), 0) * max(len(heights) - 1, 0)
        self.rows_area.setFixedHeight(sum(heights) + spacing)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override: wrapped lines change height
        super().resizeEvent(event)
        self._fit_rows()

    def _sentence(self, status: SummaryStatus) -> str:
        late = status.state is DeadlineState.LATE
        words = (
            self.tr("The session %1 – late: it was due %2.") if late else self.tr("The session %1 – due %2.")
        )
        return words.replace("%1", date_at(local(status.starts_at))).replace("%2", long_date(status.deadline))
