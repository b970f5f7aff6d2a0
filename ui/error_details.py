""" "Vis detaljer" under an error line: the technical text, folded away until asked for.

The user reads the Danish line and knows what to do; whoever runs the server needs what the driver
said, so it is one click away and can be selected and copied. Qt's own QMessageBox button says
"Vis detaljer..." and would block the window, so this is a small button of our own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class ErrorDetails(QWidget):
    """Hidden while there are no details; the text shows below the button when it is pressed."""

    def __init__(self, parent: QWidget | None = None, centred: bool = False) -> None:
        super().__init__(parent)
        self.button = QPushButton()
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)  # Enter still means the dialog's own default button
        self.button.toggled.connect(self._toggled)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setMaximumHeight(140)
        self.text.setAccessibleName(self.tr("Technical details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        side = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        layout.addWidget(self.button, 0, side)
        layout.addWidget(self.text)
        self.set_details("")

    def set_details(self, details: str) -> None:
        """New details start folded; none hides the button too."""
        self.text.setPlainText(details)
        self.button.setChecked(False)
        self._toggled(False)
        self.setVisible(bool(details))

    def _toggled(self, shown: bool) -> None:
        self.button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.text.setVisible(shown)
