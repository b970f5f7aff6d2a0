"""Tab 2: the people register, filtered by role, municipality and name, with the form to add someone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.model import Person, Role
from app.services.admin_view import PeopleView, people_view
from app.services.context import Context
from app.services.people import set_person_active
from ui.admin.person_form import PersonForm
from ui.admin.widgets import AdminTab, MessageLine, table_view
from ui.links import LinkCells, mailto_url
from ui.rows_model import Column, RowsModel
from ui.session import PEOPLE, UiSession
from ui.words import profession_name, role_name


@dataclass(frozen=True)
class PersonLine:
    """A person with their municipality's name, as the register shows them."""

    person: Person
    municipality: str


def _status(person: Person) -> str:
    if person.active:
        return QCoreApplication.translate("PeopleTab", "Active")
    return QCoreApplication.translate("PeopleTab", "Inactive")


PEOPLE_COLUMNS = (
    Column(lambda: QCoreApplication.translate("PeopleTab", "Name"), lambda r: r.person.name),
    Column(
        lambda: QCoreApplication.translate("PeopleTab", "E-mail"),
        lambda r: r.person.email,
        link=lambda r: mailto_url(r.person.email),  # a click writes to them
    ),
    Column(lambda: QCoreApplication.translate("PeopleTab", "Role"), lambda r: role_name(r.person.role)),
    Column(lambda: QCoreApplication.translate("PeopleTab", "Status"), lambda r: _status(r.person)),
    Column(lambda: QCoreApplication.translate("PeopleTab", "Municipality"), lambda r: r.municipality),
    Column(
        lambda: QCoreApplication.translate("PeopleTab", "Profession or clinic"),
        lambda r: profession_name(r.person.profession) or (r.person.clinic or ""),
        lambda r: profession_name(r.person.profession) or r.person.clinic,  # in full when cut short
    ),
)


class PeopleFilter(QSortFilterProxyModel):
    """Role, municipality and a name or e-mail fragment; None means 'all'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.role: Role | None = None
        self.municipality_code: str | None = None
        self.text = ""

    def set_filter(self, role: Role | None, municipality_code: str | None, text: str) -> None:
        self.beginFilterChange()
        self.role, self.municipality_code, self.text = role, municipality_code, text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(  # Qt override
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        assert isinstance(source, RowsModel)
        person: Person = source.row_at(source_row).person
        return (
            (self.role is None or person.role is self.role)
            and (self.municipality_code is None or person.municipality_code == self.municipality_code)
            and (self.text in person.name.casefold() or self.text in person.email)
        )


class PeopleTab(AdminTab):
    topics = frozenset({PEOPLE})

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._select_email: str | None = None
        self.people = RowsModel(PEOPLE_COLUMNS, self, muted=lambda r: not r.person.active)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.people)
        self.table = table_view(self.proxy, self)
        self.table.setAccessibleName(self.tr("People register"))
        LinkCells(self.table)

        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role_filter.addItem(role_name(role), role)
        self.municipality_filter = QComboBox()
        self.municipality_filter.addItem(self.tr("All municipalities"), None)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search by name or e-mail"))
        self.role_filter.setAccessibleName(self.tr("Show role"))
        self.municipality_filter.setAccessibleName(self.tr("Show municipality"))
        self.count_label = QLabel()
        self.form = PersonForm(session)
        self.form.setMaximumWidth(400)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setEnabled(False)
        self.message = MessageLine()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.role_filter, 1)
        filters.addWidget(self.municipality_filter, 1)
        filters.addWidget(self.count_label)
        register = QVBoxLayout()
        register.addLayout(filters)
        register.addWidget(self.table)
        actions = QHBoxLayout()
        actions.addWidget(self.active_button)
        actions.addWidget(self.message, 1)
        actions.addStretch(1)
        register.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(register, 3)
        body.addWidget(self.form, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_error)
        layout.addLayout(body)

        self.role_filter.currentIndexChanged.connect(self._filter)
        self.municipality_filter.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.form.person_added.connect(self._added)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.active_button.clicked.connect(self.toggle_active)

    def load(self, ctx: Context) -> PeopleView:
        return people_view(ctx)

    def show_data(self, data: PeopleView) -> None:
        names = {m.code: m.name for m in data.municipalities}
        self.form.set_municipalities(data.municipalities)
        if self.municipality_filter.count() == 1:
            for municipality in data.municipalities:
                self.municipality_filter.addItem(municipality.name, municipality.code)
        self.people.set_rows([PersonLine(p, names.get(p.municipality_code or "", "")) for p in data.people])
        self._count()
        if self._select_email:
            self._select(self._select_email)
            self._select_email = None
        self._selection_changed()

    def _filter(self) -> None:
        role = self.role_filter.currentData()  # Qt hands enums back as their plain value
        self.proxy.set_filter(
            Role(role) if role else None, self.municipality_filter.currentData(), self.search.text()
        )
        self._count()

    def _count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total}").format(shown=self.proxy.rowCount(), total=self.people.rowCount())
        )

    def _added(self, person: Person) -> None:
        self._select_email = person.email  # the reload that PEOPLE triggers selects the newcomer

    def selected_person(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        line: PersonLine = self.people.row_at(self.proxy.mapToSource(rows[0]).row())
        return line.person

    def _selection_changed(self) -> None:
        person = self.selected_person()
        self.active_button.setEnabled(person is not None)
        active = person is None or person.active
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    def toggle_active(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        actor, email, active = self.session.actor, person.email, not person.active
        self._select_email = email
        self.run(
            lambda ctx: set_person_active(ctx, actor, email, active),
            self._toggled,
            self.message.show_error,
        )

    def _toggled(self, person: Person) -> None:
        text = self.tr("{name} is active again.") if person.active else self.tr("{name} is deactivated.")
        self.message.show_done(text.format(name=person.name))

    def _select(self, email: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 1).data() == email:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return
