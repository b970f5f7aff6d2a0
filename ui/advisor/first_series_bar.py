"""What a new advisor sees above an empty calendar: no times yet, and the one thing to do about it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class FirstSeriesBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSeries")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(
            self.tr(
                "You have no fixed times yet. Create a series, and the municipalities you are contact "
                "person for can book you."
            )
        )
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("&Create your first series…"))
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.setAccessibleName(self.text.text())
        self.hide()  # until the store says the advisor has no series
