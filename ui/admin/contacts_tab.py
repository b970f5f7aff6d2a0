"""Tab 1: the 19 municipalities with their contacts in force; history and assignment per municipality."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import ContactAssignment, ContactKind, Person, Role
from app.services.admin_view import ContactsView, contact_history, contacts_view
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.reference import MunicipalityOverview
from ui.admin.widgets import AdminTab, MessageLine, table_view
from ui.calendar.dates import DATE_FIELD, day_text, pydate, qdate
from ui.links import LinkCells, mailto_url
from ui.rows_model import Column, RowsModel
from ui.session import CONTACTS, PEOPLE, UiSession
from ui.words import NOT_ASSIGNED, contact_kind_name


def _name(assignment: ContactAssignment | None) -> str:
    return assignment.person_name if assignment else NOT_ASSIGNED


def _email(assignment: ContactAssignment | None) -> str | None:
    return assignment.person_email if assignment else None


MUNICIPALITY_COLUMNS = (
    Column(lambda: QCoreApplication.translate("ContactsTab", "Code"), lambda o: o.municipality.code),
    Column(
        lambda: QCoreApplication.translate("ContactsTab", "Municipality"),
        lambda o: o.municipality.name,
        lambda o: o.municipality.hospital_unit,
    ),
    Column(lambda: QCoreApplication.translate("ContactsTab", "Cluster"), lambda o: o.municipality.cluster),
    Column(
        lambda: QCoreApplication.translate("ContactsTab", "BUA contact person"),
        lambda o: _name(o.advisor),
        lambda o: _email(o.advisor),
    ),
    Column(
        lambda: QCoreApplication.translate("ContactsTab", "Deputy"),
        lambda o: _name(o.deputy),
        lambda o: _email(o.deputy),
    ),
    Column(
        lambda: QCoreApplication.translate("ContactsTab", "Municipality's contact"),
        lambda o: _name(o.municipal_contact),
        lambda o: _email(o.municipal_contact),
    ),
)


def history_columns(today: date) -> tuple[Column, ...]:
    """Who held which contact when; the status is read against today."""

    def status(a: ContactAssignment) -> str:
        if a.valid_until is not None and a.valid_until < today:
            return QCoreApplication.translate("ContactsTab", "Ended")
        if a.valid_from > today:
            return QCoreApplication.translate("ContactsTab", "Upcoming")
        return QCoreApplication.translate("ContactsTab", "In force")

    return (
        Column(
            lambda: QCoreApplication.translate("ContactsTab", "Role"), lambda a: contact_kind_name(a.kind)
        ),
        Column(
            lambda: QCoreApplication.translate("ContactsTab", "Person"),
            lambda a: a.person_name,
            lambda a: a.person_email,
            lambda a: mailto_url(a.person_email),  # a click writes to them
        ),
        Column(lambda: QCoreApplication.translate("ContactsTab", "From"), lambda a: day_text(a.valid_from)),
        Column(lambda: QCoreApplication.translate("ContactsTab", "Until"), lambda a: day_text(a.valid_until)),
        Column(lambda: QCoreApplication.translate("ContactsTab", "Status"), status),
    )


class ContactsTab(AdminTab):
    topics = frozenset({CONTACTS, PEOPLE})

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._people: Sequence[Person] = ()
        self._selected_code: str | None = None
        self.municipalities = RowsModel(MUNICIPALITY_COLUMNS, self)
        self.history = RowsModel(history_columns(session.context.clock.today()), self)
        self.table = table_view(self.municipalities, self)
        self.table.setAccessibleName(self.tr("Municipalities and their contact persons"))
        self.history_table = table_view(self.history, self)
        self.history_table.setAccessibleName(self.tr("Contact person history"))
        # The table above picks a municipality with a click, so its names are no links; these are.
        LinkCells(self.history_table)
        self.heading = QLabel(self.tr("Choose a municipality to see its history and assign contacts."))
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)  # a long municipality's name wraps on a narrow window

        self.kind_box = QComboBox()
        for kind in ContactKind:
            self.kind_box.addItem(contact_kind_name(kind), kind)
        self.person_box = QComboBox()
        self.person_box.setMinimumContentsLength(28)
        self.from_date = QDateEdit()
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat(DATE_FIELD)
        today = session.context.clock.today()
        self.from_date.setDate(qdate(today))
        self.assign_button = QPushButton(self.tr("Assign"))
        self.message = MessageLine()

        form = QFormLayout()
        form.addRow(self.tr("Role:"), self.kind_box)
        form.addRow(self.tr("Person:"), self.person_box)
        form.addRow(self.tr("From:"), self.from_date)
        form.addRow("", self.assign_button)
        form.addRow(self.message)
        self.form_box = QGroupBox(self.tr("Assign from a date"))
        self.form_box.setLayout(form)
        self.form_box.setEnabled(False)

        lower = QHBoxLayout()
        lower.addWidget(self.history_table, 3)
        lower.addWidget(self.form_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_error)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.heading)
        layout.addLayout(lower, 2)

        self.table.selectionModel().currentRowChanged.connect(self._municipality_chosen)
        self.kind_box.currentIndexChanged.connect(self._fill_people)
        self.assign_button.clicked.connect(self.assign)

    # Loading
    def load(self, ctx: Context) -> ContactsView:
        return contacts_view(ctx)

    def show_data(self, data: ContactsView) -> None:
        self._people = data.people
        self.municipalities.set_rows(data.overview)
        row = self._row_of(self._selected_code)
        if row is not None:
            self.table.selectRow(row)
        self._fill_people()

    def _row_of(self, code: str | None) -> int | None:
        rows: tuple[MunicipalityOverview, ...] = self.municipalities.rows()
        return next((i for i, o in enumerate(rows) if o.municipality.code == code), None)

    def _municipality_chosen(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        overview: MunicipalityOverview = self.municipalities.row_at(row)
        code = overview.municipality.code
        if code != self._selected_code:
            self.message.clear_message()
        self._selected_code = code
        self.heading.setText(
            self.tr("History and assignment: {name}").format(name=overview.municipality.name)
        )
        self.form_box.setEnabled(True)
        self._fill_people()
        self.run(lambda ctx: contact_history(ctx, code), self._show_history, self.message.show_error)

    def _show_history(self, rows: Sequence[ContactAssignment]) -> None:
        if rows and rows[0].municipality_code != self._selected_code:
            return  # an answer for a municipality no longer chosen
        self.history.set_rows(rows)
        self.history_table.resizeColumnsToContents()

    def _fill_people(self) -> None:
        """Only people who can hold the chosen kind of contact for the chosen municipality."""
        kind = ContactKind(self.kind_box.currentData())
        kept = self.person_box.currentData()
        if kind is ContactKind.MUNICIPAL_CONTACT:
            fits = [
                p
                for p in self._people
                if p.role is Role.MUNICIPAL_STAFF and p.municipality_code == self._selected_code
            ]
        else:
            fits = [p for p in self._people if p.role is Role.ADVISOR]
        self.person_box.clear()
        self.person_box.addItem(self.tr("Choose person"), None)
        for person in fits:
            if person.active:
                self.person_box.addItem(f"{person.name} ({person.email})", person.email)
        index = self.person_box.findData(kept)
        self.person_box.setCurrentIndex(max(index, 0))

    # Assigning
    def assign(self) -> None:
        code, kind = self._selected_code, ContactKind(self.kind_box.currentData())
        email = self.person_box.currentData()
        if code is None:
            return
        if not email:
            self.message.show_error(self.tr("Choose the person to assign."))
            return
        start = pydate(self.from_date.date())
        actor = self.session.actor
        self.assign_button.setEnabled(False)
        self.run(
            lambda ctx: assign_contact(ctx, actor, code, kind, email, start),
            self._assigned,
            self._refused,
        )

    def _assigned(self, assignment: ContactAssignment) -> None:
        self.assign_button.setEnabled(True)
        self.message.show_done(
            self.tr("{name}: {kind} from {day}.").format(
                name=assignment.person_name,
                kind=contact_kind_name(assignment.kind),
                day=day_text(assignment.valid_from),
            )
        )

    def _refused(self, line: str) -> None:
        self.assign_button.setEnabled(True)
        self.message.show_error(line)
