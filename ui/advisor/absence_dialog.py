"""Registering an absence: a period and a reason, every session it hits, and for each booked one
the advisor's choice (deputy or cancel) before anything is saved with `add_absence`."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.absences import AbsenceResult, Handling, add_absence
from app.services.advisor_view import AbsenceImpact, absence_impact
from app.services.context import Context
from app.services.mail import InvitesAfterChange, send_invites_after_change
from ui.advisor.affected_model import BOOKER, AffectedModel
from ui.advisor.session_panel import ERROR_STYLE
from ui.calendar.dates import DATE_FIELD, pydate, qdate
from ui.session import UiSession

ROW_HEIGHT = 24


class AbsenceDialog(QDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._asked: tuple[date, date] | None = None  # the period of the read in flight
        self.setWindowTitle(self.tr("Register absence"))
        today = session.context.clock.today()
        self.from_edit = QDateEdit(qdate(today))
        self.until_edit = QDateEdit(qdate(today))
        for edit in (self.from_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FIELD)
            edit.dateChanged.connect(self.load_affected)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. course, illness"))
        self.reason_edit.textChanged.connect(self._update_state)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.until_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)

        self.model = AffectedModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sessions the absence hits"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BOOKER, QHeaderView.ResizeMode.Stretch)
        self.deputy_button = QPushButton(self.tr("To &deputy"))
        self.cancel_button = QPushButton(self.tr("&Cancel session"))
        self.deputy_button.clicked.connect(lambda: self.decide(Handling.DEPUTY))
        self.cancel_button.clicked.connect(lambda: self.decide(Handling.CANCEL))
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Selected sessions:")))
        choices.addWidget(self.deputy_button)
        choices.addWidget(self.cancel_button)
        choices.addStretch(1)
        self.pending = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.result_value: AbsenceResult | None = None

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Register absence"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Sessions in the period:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(choices)
        layout.addWidget(self.pending)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1120, 480)
        self.load_affected()

    def period(self) -> tuple[date, date]:
        return pydate(self.from_edit.date()), pydate(self.until_edit.date())

    def load_affected(self) -> None:
        starts_on, ends_on = self.period()
        self._asked = (starts_on, ends_on)
        self.save_button.setEnabled(False)
        if ends_on < starts_on:
            self.model.set_sessions((), {})
            self._failed(self.tr("The absence ends before it begins."))
            return
        email = self._session.me.email
        self._session.run(
            lambda ctx: absence_impact(ctx, email, starts_on, ends_on),
            lambda impact: self._loaded((starts_on, ends_on), impact),
            self._failed,
        )

    def _loaded(self, period: tuple[date, date], impact: AbsenceImpact) -> None:
        if period != self._asked:
            return
        self.model.set_sessions(impact.sessions, impact.municipality_names)
        self.message.clear()
        self._update_state()

    def decide(self, handling: Handling) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        refused = self.model.decide(rows, handling)
        if refused:
            self._failed(
                self.tr("%1 session(s) have no deputy in their municipality: cancel them instead.").replace(
                    "%1", str(refused)
                )
            )
        else:
            self.message.clear()
        self._update_state()

    def _update_state(self) -> None:
        undecided = self.model.undecided()
        reason = bool(self.reason_edit.text().strip())
        self.save_button.setEnabled(undecided == 0 and reason and self._asked == self.period())
        self.pending.setText(
            self.tr("%1 booked session(s) still need a decision.").replace("%1", str(undecided))
            if undecided
            else ""
        )

    def save(self) -> None:
        starts_on, ends_on = self.period()
        reason = self.reason_edit.text()
        decisions = self.model.decisions()
        email, actor, mailer = self._session.me.email, self._session.actor, self._session.mailer
        self.save_button.setEnabled(False)

        def save_and_tell(ctx: Context) -> tuple[AbsenceResult, InvitesAfterChange | None]:
            """The absence, then the changed sessions' invites: the deputy's, or the cancellations."""
            result = add_absence(ctx, actor, email, starts_on, ends_on, reason, decisions)
            changed = list(result.invites_changed)
            invites = send_invites_after_change(ctx, actor, changed, mailer()) if mailer and changed else None
            return result, invites

        self._session.run(save_and_tell, self._saved, self._save_failed)

    def _saved(self, saved: tuple[AbsenceResult, InvitesAfterChange | None]) -> None:
        self.result_value, invites = saved
        if invites is None or not invites.failed:
            self.accept()
            return
        # The absence stands; say which invites did not go, and let the advisor close when read.
        self.message.setStyleSheet(ERROR_STYLE)
        failed = self.tr("The absence is saved, but %1 calendar invitation(s) were not sent: %2")
        again = self.tr("Send them again from each session.")
        text = failed.replace("%1", str(len(invites.failed))).replace("%2", invites.failed[0][1])
        self.message.setText(f"{text} {again}")
        self.save_button.hide()
        for done in (
            self.from_edit,
            self.until_edit,
            self.reason_edit,
            self.table,
            self.deputy_button,
            self.cancel_button,
        ):
            done.setEnabled(False)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("&Close"))
        close.setFocus()

    def _save_failed(self, message: str) -> None:
        self._failed(message)
        self._update_state()

    def _failed(self, message: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(message)
