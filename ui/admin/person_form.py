"""The form that adds a person to the register; a refusal leaves every typed field as it was."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QWidget

from app.domain.model import Municipality, NewPerson, Person, Profession, Role
from app.services.people import add_person
from ui.admin.widgets import MessageLine, run_for
from ui.session import UiSession
from ui.words import profession_name, role_name


class PersonForm(QGroupBox):
    person_added = Signal(object)  # the new Person

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New person"))
        self.session = session
        self.name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("name@example.dk"))
        self.role_box = QComboBox()
        for role in Role:
            self.role_box.addItem(role_name(role), role)
        self.role_box.setCurrentIndex(self.role_box.findData(Role.MUNICIPAL_STAFF))
        self.municipality_box = QComboBox()
        self.municipality_box.addItem(self.tr("Choose municipality"), None)
        self.profession_box = QComboBox()
        self.profession_box.addItem(self.tr("Choose profession"), None)
        for profession in Profession:
            self.profession_box.addItem(profession_name(profession), profession)
        self.clinic_edit = QLineEdit()
        self.add_button = QPushButton(self.tr("Add person"))
        self.message = MessageLine()

        layout = QFormLayout(self)
        layout.addRow(self.tr("Name:"), self.name_edit)
        layout.addRow(self.tr("E-mail:"), self.email_edit)
        layout.addRow(self.tr("Role:"), self.role_box)
        layout.addRow(self.tr("Municipality:"), self.municipality_box)
        layout.addRow(self.tr("Profession:"), self.profession_box)
        layout.addRow(self.tr("Clinic:"), self.clinic_edit)
        layout.addRow("", self.add_button)
        layout.addRow(self.message)

        self.role_box.currentIndexChanged.connect(self._role_changed)
        self.add_button.clicked.connect(self.submit)
        self.name_edit.returnPressed.connect(self.submit)
        self.email_edit.returnPressed.connect(self.submit)
        self._role_changed()

    def set_municipalities(self, municipalities: Sequence[Municipality]) -> None:
        kept = self.municipality_box.currentData()
        while self.municipality_box.count() > 1:
            self.municipality_box.removeItem(1)
        for municipality in municipalities:
            self.municipality_box.addItem(municipality.name, municipality.code)
        self.municipality_box.setCurrentIndex(max(self.municipality_box.findData(kept), 0))

    def _role_changed(self) -> None:
        """Only the fields the role has are open; what was typed in the others stays for later."""
        role = Role(self.role_box.currentData())  # Qt hands enums back as their plain value
        self.municipality_box.setEnabled(role is Role.MUNICIPAL_STAFF)
        self.profession_box.setEnabled(role is Role.MUNICIPAL_STAFF)
        self.clinic_edit.setEnabled(role is Role.GP)

    def new_person(self) -> NewPerson:
        role = Role(self.role_box.currentData())
        profession = self.profession_box.currentData()
        staff = role is Role.MUNICIPAL_STAFF
        return NewPerson(
            email=self.email_edit.text(),
            name=self.name_edit.text(),
            role=role,
            municipality_code=self.municipality_box.currentData() if staff else None,
            profession=Profession(profession) if staff and profession else None,
            clinic=(self.clinic_edit.text() or None) if role is Role.GP else None,
        )

    def submit(self) -> None:
        person, actor = self.new_person(), self.session.actor
        self.add_button.setEnabled(False)
        run_for(
            self,
            self.session,
            lambda ctx: add_person(ctx, actor, person),
            self._added,
            self._refused,
        )

    def _added(self, person: Person) -> None:
        self.add_button.setEnabled(True)
        self.name_edit.clear()
        self.email_edit.clear()
        self.clinic_edit.clear()
        self.message.show_done(self.tr("{name} was added.").format(name=person.name))
        self.person_added.emit(person)
        self.name_edit.setFocus()

    def _refused(self, line: str) -> None:
        self.add_button.setEnabled(True)
        self.message.show_error(line)
