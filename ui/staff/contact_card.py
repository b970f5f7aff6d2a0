"""The card at the top of the staff page: the municipality's fixed contact person at BUA, the deputy,
and the municipality's own contact person toward BUA."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QWidget

from app.services.staff_view import ContactCard, ContactPerson
from ui.staff import texts


class ContactCardView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Your contact persons"))
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.advisor = self._value_label()
        self.deputy = self._value_label()
        self.municipal_contact = self._value_label()
        layout = QFormLayout(self)
        layout.addRow(self.heading)
        layout.addRow(self.tr("Fixed contact person at BUA:"), self.advisor)
        layout.addRow(self.tr("Deputy at BUA:"), self.deputy)
        layout.addRow(self.tr("The municipality's contact person:"), self.municipal_contact)

    def show_card(self, card: ContactCard) -> None:
        self.heading.setText(texts.municipality_name(card.municipality_name))
        for label, person in (
            (self.advisor, card.advisor),
            (self.deputy, card.deputy),
            (self.municipal_contact, card.municipal_contact),
        ):
            label.setText(self._describe(person))
            label.setAccessibleName(label.text())

    def _describe(self, person: ContactPerson | None) -> str:
        if person is None:
            return self.tr("Not assigned yet")
        return f"{person.name} <{person.email}>"

    @staticmethod
    def _value_label() -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # "<e-mail>" is text, not markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
