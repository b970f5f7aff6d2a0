"""The first thing a new user sees: what BUA Booking is for, who does what, and one button onwards.

Shown once, on the first start on this computer (the shell decides); "Kom i gang" leads on to where
the bookings are kept and who you are. Plain text only: nothing here comes from a store.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_WIDTH = 620  # a comfortable line length, also on a 1366x768 screen


class WelcomePage(QWidget):
    started = Signal()  # "Kom i gang" was pressed

    def __init__(self, store_chosen: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.title = QLabel(self.tr("Welcome to BUA Booking"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.purpose = self._paragraph(
            self.tr(
                "BUA Booking is for booking advice from the child and adolescent psychiatry department "
                "of Region Midtjylland (BUA) under the collaboration agreement on children and young "
                "people in mental distress: virtual meetings of about 45 minutes about an anonymous case."
            )
        )
        roles = (
            (
                self.tr("Municipal staff"),
                self.tr(
                    "book a time with their municipality's contact person at BUA and write a short, "
                    "anonymous case summary before the meeting."
                ),
            ),
            (self.tr("BUA's advisors"), self.tr("keep the calendar of fixed times and hold the sessions.")),
            (
                self.tr("BUA's administration"),
                self.tr("keeps the municipalities, the people, the contact persons and the rules."),
            ),
        )
        items = "".join(
            f"<li style='margin-bottom: 6px'><b>{escape(who)}</b> {escape(what)}</li>" for who, what in roles
        )
        self.who_does_what = QLabel(f"<ul style='margin-left: -20px'>{items}</ul>")
        self.who_does_what.setTextFormat(Qt.TextFormat.RichText)  # the texts are escaped above
        self.who_does_what.setWordWrap(True)
        self.who_does_what.setFont(self._reading_font())
        self.next_step = self._paragraph(
            self.tr("Next, choose who you are.")
            if store_chosen
            else self.tr("First choose where the bookings are kept, then who you are.")
        )
        self.start_button = QPushButton(self.tr("Get started"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.started)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addSpacing(6)
        column.addWidget(self.purpose)
        column.addWidget(self.who_does_what)
        column.addWidget(self.next_step)
        column.addSpacing(12)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        body = QWidget()
        body.setMaximumWidth(TEXT_WIDTH)
        body.setLayout(column)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(body, 100)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.setFocusProxy(self.start_button)  # Enter or Space gets you started

    def _paragraph(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFont(self._reading_font())
        return label

    def _reading_font(self) -> QFont:
        """A little larger than the dialogs' text: this is read once, from top to bottom."""
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        return font
