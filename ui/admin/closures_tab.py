"""Tab 3: closure days. Yearly ones are switches; dated ones are added with a reason and removed.

Every change re-plans the future slots of all series at once (in the service), so slots and calendars
follow without further steps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.calendar import AnnualClosure, ClosureDate
from app.services.admin_view import closures_view
from app.services.closures import Closures, add_closure_date, remove_closure_date, set_annual_closure
from app.services.context import Context
from ui.admin.widgets import AdminTab, MessageLine, table_view
from ui.calendar.dates import DATE_FIELD, day_text, pydate, qdate, weekday_name
from ui.rows_model import Column, RowsModel
from ui.session import CLOSURES, UiSession

CLOSURE_COLUMNS = (
    Column(lambda: QCoreApplication.translate("ClosuresTab", "Date"), lambda c: day_text(c.day)),
    Column(lambda: QCoreApplication.translate("ClosuresTab", "Weekday"), lambda c: weekday_name(c.day)),
    Column(lambda: QCoreApplication.translate("ClosuresTab", "Reason"), lambda c: c.reason),
)


class ClosuresTab(AdminTab):
    topics = frozenset({CLOSURES})

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.switches: dict[tuple[int, int], QCheckBox] = {}
        self.annual_layout = QVBoxLayout()
        annual_box = QGroupBox(self.tr("Closed every year"))
        annual_box.setLayout(self.annual_layout)

        self.dates = RowsModel(CLOSURE_COLUMNS, self)
        self.table = table_view(self.dates, self)
        self.table.setAccessibleName(self.tr("Closure days"))
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(DATE_FIELD)
        today = session.context.clock.today()
        self.day_edit.setDate(qdate(today))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Reason, e.g. staff day"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.add_button = QPushButton(self.tr("Add closure day"))
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setEnabled(False)
        self.message = MessageLine()

        adding = QHBoxLayout()
        day_label = QLabel(self.tr("&Date:"))
        day_label.setBuddy(self.day_edit)
        adding.addWidget(day_label)
        adding.addWidget(self.day_edit)
        adding.addWidget(self.reason_edit, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        dates_layout = QVBoxLayout()
        dates_layout.addWidget(self.table)
        dates_layout.addLayout(adding)
        dates_layout.addWidget(self.message)
        dates_box = QGroupBox(self.tr("Single closure days"))
        dates_box.setLayout(dates_layout)

        note = QLabel(
            self.tr(
                "Public holidays are always closed. Closing a day removes its open times; booked sessions "
                "on that day stay until their advisor moves or cancels them."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_error)
        layout.addWidget(annual_box)
        layout.addWidget(dates_box, 1)
        layout.addWidget(note)

        self.add_button.clicked.connect(self.add_day)
        self.reason_edit.returnPressed.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_day)
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.remove_button.setEnabled(self.table.selectionModel().hasSelection())
        )

    def load(self, ctx: Context) -> Closures:
        return closures_view(ctx)

    def show_data(self, data: Closures) -> None:
        self.dates.set_rows(data.dates)
        self.remove_button.setEnabled(False)
        for closure in data.annual:
            switch = self.switches.get((closure.month, closure.day))
            if switch is None:
                switch = QCheckBox()
                switch.toggled.connect(lambda on, c=closure: self.switch_annual(c, on))
                self.switches[(closure.month, closure.day)] = switch
                self.annual_layout.addWidget(switch)
            switch.setText(f"{closure.reason} ({closure.day}.{closure.month}.)")
            switch.blockSignals(True)
            switch.setChecked(closure.enabled)
            switch.blockSignals(False)

    def switch_annual(self, closure: AnnualClosure, on: bool) -> None:
        actor = self.session.actor
        self.run(
            lambda ctx: set_annual_closure(ctx, actor, closure.month, closure.day, on),
            self._switched,
            self._annual_refused,
        )

    def _switched(self, closure: AnnualClosure) -> None:
        text = self.tr("{reason} is closed every year.") if closure.enabled else self.tr("{reason} is open.")
        self.message.show_done(text.format(reason=closure.reason))

    def _annual_refused(self, line: str) -> None:
        self.message.show_error(line)
        self.reload()  # put the switch back the way the store has it

    def add_day(self) -> None:
        day, reason, actor = pydate(self.day_edit.date()), self.reason_edit.text(), self.session.actor
        self.run(
            lambda ctx: add_closure_date(ctx, actor, day, reason),
            self._added,
            self.message.show_error,
        )

    def _added(self, closure: ClosureDate) -> None:
        self.reason_edit.clear()
        self.message.show_done(self.tr("{day} is a closure day.").format(day=day_text(closure.day)))

    def remove_day(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        closure: ClosureDate = self.dates.row_at(rows[0].row())
        actor = self.session.actor
        self.run(
            lambda ctx: remove_closure_date(ctx, actor, closure.day),
            lambda _none: self.message.show_done(
                self.tr("{day} is no longer a closure day.").format(day=day_text(closure.day))
            ),
            self.message.show_error,
        )
