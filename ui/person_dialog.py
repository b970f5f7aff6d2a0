"""Who you are: pick yourself among the store's people, or create yourself.

The people and municipalities are read on the worker; creating a person goes through the people
service like every other change. A refusal (a taken e-mail, a missing municipality) is shown in the
dialog and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Actor, Municipality, NewPerson, Person, Profession, Role
from ui.elided import tip_cut_text
from ui.errors import user_message
from ui.words import profession_name, role_name
from ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #b3261e;"
SIGNED_IN_ROLES = (Role.MUNICIPAL_STAFF, Role.ADVISOR, Role.ADMINISTRATOR)  # GPs are guests only
FIRST_RUN = Actor.system("førstegangsstart")


@dataclass(frozen=True)
class PeopleData:
    """What the dialog shows, read on the worker."""

    people: Sequence[Person]
    municipalities: Sequence[Municipality]


def load_people(ctx: Any) -> PeopleData:
    from app.services.people import list_people
    from app.services.reference import list_municipalities

    people = [p for p in list_people(ctx) if p.role in SIGNED_IN_ROLES and p.active]
    return PeopleData(tuple(people), tuple(list_municipalities(ctx)))


class PeopleModel(QAbstractListModel):
    """One row per person: "Name – role, municipality"; the e-mail as tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: tuple[Person, ...] = ()
        self._municipality_names: dict[str, str] = {}

    def set_data(self, data: PeopleData) -> None:
        self.beginResetModel()
        self._people = tuple(sorted(data.people, key=lambda p: p.name))
        self._municipality_names = {m.code: m.name for m in data.municipalities}
        self.endResetModel()

    def person_at(self, row: int) -> Person:
        return self._people[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  Qt override
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid() or index.row() >= len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = self._municipality_names.get(person.municipality_code or "")
            what = role_name(person.role) + (f", {where}" if where else "")
            return f"{person.name} – {what}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return person.email
        return None


class PersonDialog(QDialog):
    """Emits `chosen` with the Person picked or created, then closes."""

    chosen = Signal(object)

    def __init__(self, context: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._worker = worker
        self.setWindowTitle(self.tr("Who are you?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.model = PeopleModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search by name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.people = QListView()
        self.people.setModel(self.proxy)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setUniformItemSizes(True)
        tip_cut_text(self.people)  # a long name cut short shows in full, with the address, on hover
        self.people.activated.connect(self.pick_selected)  # Enter, or a double click
        self.pick_button = QPushButton(self.tr("Continue as the selected person"))
        self.pick_button.clicked.connect(self.pick_selected)
        pick_box = QGroupBox(self.tr("Choose yourself"))
        pick_layout = QVBoxLayout(pick_box)
        pick_layout.addWidget(self.filter)
        pick_layout.addWidget(self.people, 1)
        pick_layout.addWidget(self.pick_button, 0, Qt.AlignmentFlag.AlignRight)

        self.name = QLineEdit()
        self.email = QLineEdit()
        self.role = QComboBox()
        for role in SIGNED_IN_ROLES:
            self.role.addItem(role_name(role), role)
        # Nothing chosen in advance: a municipality picked by default would be a wrong one unnoticed.
        self.municipality = QComboBox()
        self.municipality.setPlaceholderText(self.tr("Choose municipality"))
        self.profession = QComboBox()
        self.profession.setPlaceholderText(self.tr("Choose profession"))
        for profession in Profession:
            self.profession.addItem(profession_name(profession), profession)
        self.profession.setCurrentIndex(-1)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.create_button = QPushButton(self.tr("Create and continue"))
        self.create_button.clicked.connect(self.create_person)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Municipality:"), self.municipality)
        form.addRow(self.tr("Profession:"), self.profession)
        create_box = QGroupBox(self.tr("Or create yourself"))
        create_layout = QVBoxLayout(create_box)
        create_layout.addLayout(form)
        create_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        self.status = QLabel(self.tr("Reading the people register …"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        boxes = QHBoxLayout()
        boxes.addWidget(pick_box, 1)
        boxes.addWidget(create_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes, 1)
        layout.addWidget(self.status)
        self.resize(820, 420)
        self._role_changed()
        self.pick_button.setEnabled(False)  # until the register and the municipalities are read
        self.create_button.setEnabled(False)
        self._worker.submit(lambda: load_people(self._context), self._show_people, self._failed)

    def _show_people(self, data: PeopleData) -> None:
        self.model.set_data(data)
        self.municipality.clear()
        for municipality in sorted(data.municipalities, key=lambda m: m.name):
            self.municipality.addItem(municipality.name, municipality.code)
        self.municipality.setCurrentIndex(-1)  # the placeholder
        if data.people:
            self.people.setCurrentIndex(self.proxy.index(0, 0))
            self._show_status("")
        else:
            self._show_status(self.tr("The database has no people yet: create yourself on the right."))
        self.pick_button.setEnabled(bool(data.people))
        self.create_button.setEnabled(True)

    def _role_changed(self) -> None:
        staff = self.role.currentData() == Role.MUNICIPAL_STAFF
        self.municipality.setEnabled(staff)
        self.profession.setEnabled(staff)

    def pick_selected(self) -> None:
        index = self.people.currentIndex()
        if not index.isValid():
            self._show_status(self.tr("Select a person in the list first."), failed=True)
            return
        self._done(self.model.person_at(self.proxy.mapToSource(index).row()))

    def new_person(self) -> NewPerson:
        role = Role(self.role.currentData())  # Qt hands an enum back as its str value
        staff = role is Role.MUNICIPAL_STAFF
        profession = self.profession.currentData()  # None until chosen: the service then says so
        return NewPerson(
            self.email.text(),
            self.name.text(),
            role,
            self.municipality.currentData() if staff else None,
            Profession(profession) if staff and profession else None,
        )

    def create_person(self) -> None:
        from app.services.people import add_person

        person = self.new_person()
        self.create_button.setEnabled(False)
        self._worker.submit(lambda: add_person(self._context, FIRST_RUN, person), self._done, self._failed)

    def _done(self, person: Person) -> None:
        self.chosen.emit(person)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.create_button.setEnabled(True)
        self._show_status(user_message(error), failed=True)

    def _show_status(self, text: str, failed: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if failed else "")
