"""The card at the top of the staff page: the municipality's fixed contact person at BUA, the deputy,
and the municipality's own contact person toward BUA. Without a fixed contact at BUA it says whom to
ask: the municipality's own contact person, and BUA's administration, which assigns the contacts."""

from __future__ import annotations

import html
from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QWidget

from app.services.staff_view import ContactCard, ContactPerson
from ui import words


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
        self.heading.setWordWrap(True)
        self.advisor = self._value_label()
        self.deputy = self._value_label()
        self.municipal_contact = self._value_label()
        self.whom_to_ask = self._value_label()
        self.whom_to_ask.hide()
        layout = QFormLayout(self)
        layout.addRow(self.heading)
        layout.addRow(self.tr("Fixed contact person at BUA:"), self.advisor)
        layout.addRow(self.tr("Deputy at BUA:"), self.deputy)
        layout.addRow(self.tr("The municipality's contact person:"), self.municipal_contact)
        layout.addRow(self.whom_to_ask)

    def show_card(self, card: ContactCard) -> None:
        self.heading.setText(words.municipality_name(card.municipality_name))
        for label, person in (
            (self.advisor, card.advisor),
            (self.deputy, card.deputy),
            (self.municipal_contact, card.municipal_contact),
        ):
            if person is None:
                label.setText(html.escape(self.tr("Not assigned yet")))
                label.setAccessibleName(self.tr("Not assigned yet"))
                continue
            label.setText(self._person_html(person))
            label.setAccessibleName(f"{person.name} <{person.email}>")
        self._show_whom_to_ask(card)

    def _show_whom_to_ask(self, card: ContactCard) -> None:
        """Only while BUA has given the municipality no fixed contact person."""
        self.whom_to_ask.setVisible(card.advisor is None)
        if card.advisor is not None:
            return
        if card.municipal_contact is not None:
            text = self.tr(
                "The municipality has no fixed contact person at BUA yet. Ask the municipality's contact "
                "person, %1, or BUA's administration, which assigns the contact persons."
            )
            person = card.municipal_contact
            self.whom_to_ask.setText(html.escape(text).replace("%1", self._person_html(person)))
            self.whom_to_ask.setAccessibleName(text.replace("%1", f"{person.name} <{person.email}>"))
            return
        text = self.tr(
            "The municipality has no fixed contact person at BUA and no contact person toward BUA yet. "
            "Ask your manager, or BUA's administration, which assigns the contact persons."
        )
        self.whom_to_ask.setText(html.escape(text))
        self.whom_to_ask.setAccessibleName(text)

    @staticmethod
    def _person_html(person: ContactPerson) -> str:
        """The name and the address as a mailto link: a click writes to the person in the mail program."""
        address = html.escape(person.email)
        link = f'<a href="mailto:{quote(person.email, safe="@")}">{address}</a>'
        return f"{html.escape(person.name)} &lt;{link}&gt;"

    @staticmethod
    def _value_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)  # a long name and address wrap on a narrow window, never cut off
        label.setTextFormat(Qt.TextFormat.RichText)  # names and addresses are escaped above
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        return label
