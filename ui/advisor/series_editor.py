"""The series editor: a new recurring series, or an existing one changed from a date on, with a live
preview of every occurrence it will have (skipped holidays and closure days with their reason) before
anything is saved.

The fields, and the rule they describe, are `SeriesFieldsDialog`'s. The preview is pure: the closure
calendar, the horizon and the edited series are read once (`editor_basis`), then every change of a
field recomputes the occurrences on the GUI thread without touching the store; an edit previews
`edited_rule`, the rule `edit_series` will store. Saving is one
`create_series` or `edit_series` call (an edit that changes the video link mails the booked sessions'
new invitations); afterwards the series can be exported as an .ics file.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.recurrence import SessionType
from app.errors import BuaError
from app.services.advisor_view import EditorBasis, editor_basis, preview_series
from app.services.context import Context
from app.services.mail import InvitesAfterChange, send_invites_after_change
from app.services.series import SeriesResult, SeriesSpec, create_series, edit_series
from ui.advisor.export import PathChooser, choose_ics_path, export_series
from ui.advisor.preview_model import PreviewModel
from ui.advisor.series_fields import SeriesFieldsDialog
from ui.advisor.session_panel import ERROR_STYLE
from ui.calendar.dates import long_date, pydate
from ui.session import UiSession
from ui.words import municipality_name

ROW_HEIGHT = 24


class SeriesEditorDialog(SeriesFieldsDialog):
    def __init__(
        self,
        session: UiSession,
        parent: QWidget | None = None,
        editing: tuple[int, date] | None = None,  # (series id, the date the changes start)
    ) -> None:
        today = session.context.clock.today()
        start = editing[1] if editing else today + timedelta(days=7 - today.weekday())  # next Monday
        super().__init__(parent, editing is not None, start)
        self._session = session
        self._saved: SeriesResult | None = None
        self._editing = editing
        self.choose_path: PathChooser = choose_ics_path  # replaced in tests
        self.setWindowTitle(self.tr("Edit series") if editing else self.tr("New series"))

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("Preview of the occurrences"))
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview_summary = QLabel()
        self.message = QLabel(self.tr("Reading the calendar …"))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        self.save_button = QPushButton(self.tr("&Save changes") if editing else self.tr("&Save series"))
        self.save_button.setDefault(True)
        self.export_button = QPushButton(self.tr("E&xport series…"))
        self.export_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self._export)

        preview_side = QVBoxLayout()
        preview_side.addWidget(QLabel(self.tr("Every occurrence, before saving:")))
        preview_side.addWidget(self.preview, 1)
        preview_side.addWidget(self.preview_summary)
        columns = QHBoxLayout()
        columns.addLayout(self.form)
        columns.addLayout(preview_side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1000, 560)

        for signal in (
            self.municipality_box.currentIndexChanged,
            self.type_box.currentIndexChanged,
            self.weekday_box.currentIndexChanged,
            self.time_edit.timeChanged,
            self.every_box.valueChanged,
            self.from_edit.dateChanged,
            self.until_edit.dateChanged,
            self.until_radio.toggled,
            self.count_box.valueChanged,
            self.duration_box.valueChanged,
            self.capacity_box.valueChanged,
        ):
            signal.connect(self.update_preview)
        self.weekday_box.setCurrentIndex(start.weekday())
        self._enable_fields()
        me, series_id = session.me.id, editing[0] if editing else None
        session.run(lambda ctx: editor_basis(ctx, me, series_id), self._basis_loaded, self._failed)

    def _basis_loaded(self, basis: EditorBasis) -> None:
        self._basis = basis
        self.municipality_box.blockSignals(True)
        for item in basis.municipalities:
            self.municipality_box.addItem(municipality_name(item.name), item.code)
        self.municipality_box.setCurrentIndex(-1)  # chosen on purpose, never preset
        self.municipality_box.blockSignals(False)
        if basis.series is not None:
            self._fill(basis.series)
        self.message.clear()
        self.update_preview()

    def update_preview(self) -> None:
        self._enable_fields()
        if self._basis is None:
            return
        try:
            occurrences = preview_series(self._basis, self.rule())
        except BuaError as error:
            self.preview_model.set_rows(())
            self.preview_summary.clear()
            self._failed(error.message)
            self.save_button.setEnabled(False)
            return
        self.preview_model.set_rows(occurrences)
        skipped = sum(o.skip_reason is not None for o in occurrences)
        self.preview_summary.setText(
            self.tr("%1 sessions, %2 dates skipped")
            .replace("%1", str(len(occurrences) - skipped))
            .replace("%2", str(skipped))
        )
        if self._saved is None:
            self.message.clear()
        self.save_button.setEnabled(self._saved is None and self.municipality_box.currentIndex() >= 0)

    def save(self) -> None:
        try:
            rule = self.rule()
        except BuaError as error:
            self._failed(error.message)
            return
        if self._editing is not None:
            self._save_edit()
            return
        kind = self.session_type()
        teaching = kind is SessionType.TEACHING
        spec = SeriesSpec(
            municipality_code=str(self.municipality_box.currentData()),
            advisor_email=self._session.me.email,
            rule=rule,
            session_type=kind,
            capacity=self.capacity_box.value() if teaching else None,
            video_url=self.video_edit.text().strip() or None,
            open_to_all=teaching and self.open_to_all_box.isChecked(),
        )
        actor = self._session.actor
        self.save_button.setEnabled(False)
        self._session.run(
            lambda ctx: create_series(ctx, actor, spec),
            self._saved_ok,
            self._save_failed,
        )

    def _save_edit(self) -> None:
        assert self._editing is not None
        series_id, from_date = self._editing[0], pydate(self.from_edit.date())
        changes, actor, mailer = self.changes(), self._session.actor, self._session.mailer

        def save_and_tell(ctx: Context) -> tuple[SeriesResult, InvitesAfterChange | None]:
            """The edit; a new video link is then mailed to the booked sessions by itself."""
            result = edit_series(ctx, actor, series_id, from_date, changes)
            changed = list(result.invites_changed)
            return result, send_invites_after_change(
                ctx, actor, changed, mailer()
            ) if changed and mailer else None

        self.save_button.setEnabled(False)
        self._session.run(save_and_tell, self._edited, self._save_failed)

    def _edited(self, outcome: tuple[SeriesResult, InvitesAfterChange | None]) -> None:
        result, invites = outcome
        self._saved = result
        text = (
            self.tr("Series changed from %1: %2 sessions created, %3 removed, %4 dates skipped.")
            .replace("%1", long_date(pydate(self.from_edit.date())))
            .replace("%2", str(result.created))
            .replace("%3", str(result.removed))
            .replace("%4", str(len(result.skipped)))
        )
        if result.kept_booked:
            text += " " + self.tr("Booked sessions that keep their time: %1.").replace(
                "%1", str(len(result.kept_booked))
            )
        if invites is not None and invites.failed:
            text += " " + self.tr("The new invitations were not sent: %1").replace("%1", invites.failed[0][1])
        elif invites is not None and invites.sent:
            text += " " + self.tr("The new invitations are sent.")
        self.message.setStyleSheet(ERROR_STYLE if invites is not None and invites.failed else "")
        self.message.setText(text)
        self.export_button.setEnabled(True)

    def saved(self) -> SeriesResult | None:
        return self._saved

    def _saved_ok(self, result: SeriesResult) -> None:
        self._saved = result
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Series saved: %1 sessions created, %2 dates skipped.")
            .replace("%1", str(result.created))
            .replace("%2", str(len(result.skipped)))
        )
        self.export_button.setEnabled(True)

    def _save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self._failed(message)

    def _failed(self, message: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(message)

    def _export(self) -> None:
        if self._saved is not None:
            report = self.message.setText
            export_series(self._session, self, self._saved.series.id, report, self.choose_path)
