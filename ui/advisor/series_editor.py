"""The series editor: a new recurring series, or an existing one changed from a date on, with a live
preview of every occurrence it will have (skipped holidays and closure days with their reason) before
anything is saved.

The preview is pure: the closure calendar, the horizon and the edited series are read once
(`editor_basis`), then every change of a field recomputes the occurrences on the GUI thread without
touching the store; an edit previews `edited_rule`, the rule `edit_series` will store. Saving is one
`create_series` or `edit_series` call (an edit that changes the video link mails the booked sessions'
new invitations); afterwards the series can be exported as an .ics file.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TypeVar

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Series
from app.domain.recurrence import DEFAULT_DURATION_MINUTES, RecurrenceRule, SessionType
from app.errors import BuaError
from app.services.advisor_view import EditorBasis, editor_basis, preview_series
from app.services.context import Context
from app.services.mail import InvitesAfterChange, send_invites_after_change
from app.services.series import SeriesResult, SeriesSpec, create_series, edit_series
from app.services.series_rules import DEFAULT_TEACHING_CAPACITY, SeriesChanges, edited_rule
from ui.advisor.export import PathChooser, choose_ics_path, export_series
from ui.advisor.preview_model import PreviewModel
from ui.advisor.session_panel import ERROR_STYLE
from ui.advisor.words import municipality, session_type_name
from ui.calendar.dates import DATE_FIELD, TIME_FIELD, long_date, pydate, qdate, weekday_name
from ui.session import UiSession

ROW_HEIGHT = 24
T = TypeVar("T")


def changed(value: T, before: T | None) -> T | None:
    """The field's value when it differs from what the series had; None leaves it as it was."""
    return value if value != before else None


class SeriesEditorDialog(QDialog):
    def __init__(
        self,
        session: UiSession,
        parent: QWidget | None = None,
        editing: tuple[int, date] | None = None,  # (series id, the date the changes start)
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._basis: EditorBasis | None = None
        self._saved: SeriesResult | None = None
        self._editing = editing
        self._filled: RecurrenceRule | None = None  # an edited series' rule from the date, as filled in
        self.choose_path: PathChooser = choose_ics_path  # replaced in tests
        self.setWindowTitle(self.tr("Edit series") if editing else self.tr("New series"))
        today = session.context.clock.today()
        start = editing[1] if editing else today + timedelta(days=7 - today.weekday())  # next Monday

        self.municipality_box = QComboBox()
        self.municipality_box.setPlaceholderText(self.tr("Choose a municipality"))
        self.type_box = QComboBox()
        for kind in SessionType:
            self.type_box.addItem(session_type_name(kind).capitalize(), kind)
        self.weekday_box = QComboBox()
        for weekday in range(5):
            self.weekday_box.addItem(
                weekday_name(date(2024, 1, 1) + timedelta(days=weekday)).capitalize(), weekday
            )
        self.time_edit = QTimeEdit(QTime(9, 0))
        self.time_edit.setDisplayFormat(TIME_FIELD)
        self.every_box = QSpinBox()
        self.every_box.setRange(1, 52)
        self.every_box.valueChanged.connect(self._name_weeks)
        self._name_weeks(self.every_box.value())
        self.from_edit = QDateEdit(qdate(start))
        self.until_edit = QDateEdit(qdate(start + timedelta(weeks=13)))
        for edit in (self.from_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FIELD)
        self.until_radio = QRadioButton(self.tr("Until"))
        self.count_radio = QRadioButton(self.tr("Number of times"))
        self.until_radio.setChecked(True)
        self.count_box = QSpinBox()
        self.count_box.setRange(1, 1000)
        self.count_box.setValue(10)
        self.duration_box = QSpinBox()
        self.duration_box.setRange(5, 480)
        self.duration_box.setValue(DEFAULT_DURATION_MINUTES)
        self.duration_box.setSuffix(self.tr(" min"))
        self.capacity_box = QSpinBox()
        self.capacity_box.setRange(2, 200)
        self.capacity_box.setValue(DEFAULT_TEACHING_CAPACITY)
        self.open_to_all_box = QCheckBox(self.tr("Open to staff of every municipality"))
        self.video_edit = QLineEdit()
        self.video_edit.setPlaceholderText("https://")

        ends = QHBoxLayout()
        ends.addWidget(self.until_radio)
        ends.addWidget(self.until_edit)
        ends.addSpacing(12)
        ends.addWidget(self.count_radio)
        ends.addWidget(self.count_box)
        form = QFormLayout()
        form.addRow(self.tr("&Municipality:"), self.municipality_box)
        form.addRow(self.tr("&Type:"), self.type_box)
        form.addRow(self.tr("&Weekday:"), self.weekday_box)
        form.addRow(self.tr("&Time:"), self.time_edit)
        form.addRow(self.tr("&Every:"), self.every_box)
        form.addRow(self.tr("Changes &from:") if editing else self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("Ends:"), ends)
        form.addRow(self.tr("&Duration:"), self.duration_box)
        form.addRow(self.tr("&Capacity:"), self.capacity_box)
        form.addRow("", self.open_to_all_box)
        form.addRow(self.tr("&Video link:"), self.video_edit)

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
        columns.addLayout(form)
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

    def _name_weeks(self, weeks: int) -> None:
        """ "hver 1 uge", "hver 2 uger": the spin box's unit in singular or plural."""
        self.every_box.setSuffix(self.tr(" week") if weeks == 1 else self.tr(" weeks"))

    def _basis_loaded(self, basis: EditorBasis) -> None:
        self._basis = basis
        self.municipality_box.blockSignals(True)
        for item in basis.municipalities:
            self.municipality_box.addItem(municipality(item.name), item.code)
        self.municipality_box.setCurrentIndex(-1)  # chosen on purpose, never preset
        self.municipality_box.blockSignals(False)
        if basis.series is not None:
            self._fill(basis.series)
        self.message.clear()
        self.update_preview()

    def _fill(self, series: Series) -> None:
        """The edited series' values from the chosen date; what cannot change is shown, not editable."""
        rule = edited_rule(series.rule, pydate(self.from_edit.date()), SeriesChanges())
        self._filled = rule  # what the fields say before the advisor changes anything
        for box, value in (
            (self.municipality_box, series.municipality_code),
            (self.type_box, series.session_type),
            (self.weekday_box, rule.weekday),
        ):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)
        self.municipality_box.setEnabled(False)
        self.type_box.setEnabled(False)
        self.time_edit.setTime(QTime(rule.start_time.hour, rule.start_time.minute))
        self.every_box.setValue(rule.every_weeks)
        self.duration_box.setValue(rule.duration_minutes)
        self.capacity_box.setValue(series.capacity)
        self.open_to_all_box.setChecked(series.open_to_all)
        self.video_edit.setText(series.video_url or "")
        self.count_radio.setChecked(rule.count is not None)
        self.until_radio.setChecked(rule.ends_on is not None)
        if rule.count is not None:
            self.count_box.setValue(rule.count)
        if rule.ends_on is not None:
            self.until_edit.setDate(qdate(rule.ends_on))

    def rule(self) -> RecurrenceRule:
        """The rule the fields describe; raises InvalidInput with a Danish line when they don't add up."""
        series = self._basis.series if self._basis else None
        if series is not None:
            return edited_rule(series.rule, pydate(self.from_edit.date()), self.changes())
        moment = self.time_edit.time()
        counted = self.count_radio.isChecked()
        return RecurrenceRule(
            weekday=int(self.weekday_box.currentData()),
            start_time=time(moment.hour(), moment.minute()),
            starts_on=pydate(self.from_edit.date()),
            every_weeks=self.every_box.value(),
            ends_on=None if counted else pydate(self.until_edit.date()),
            count=self.count_box.value() if counted else None,
            duration_minutes=self.duration_box.value(),
        )

    def changes(self) -> SeriesChanges:
        """What the advisor changed in the edited series' fields (None: left as it was)."""
        series, filled = self._basis.series if self._basis else None, self._filled
        assert series is not None and filled is not None
        moment = self.time_edit.time()
        start = time(moment.hour(), moment.minute())
        until, count = pydate(self.until_edit.date()), self.count_box.value()
        counted = self.count_radio.isChecked()
        video = self.video_edit.text().strip()
        teaching = series.session_type is SessionType.TEACHING

        return SeriesChanges(
            weekday=changed(int(self.weekday_box.currentData()), filled.weekday),
            start_time=changed(start, filled.start_time),
            every_weeks=changed(self.every_box.value(), filled.every_weeks),
            ends_on=None if counted else changed(until, filled.ends_on),
            count=changed(count, filled.count) if counted else None,
            duration_minutes=changed(self.duration_box.value(), filled.duration_minutes),
            capacity=changed(self.capacity_box.value(), series.capacity) if teaching else None,
            video_url=changed(video, series.video_url or ""),
        )

    def session_type(self) -> SessionType:
        return SessionType(self.type_box.currentData())

    def _enable_fields(self) -> None:
        teaching = self.session_type() is SessionType.TEACHING
        self.capacity_box.setEnabled(teaching)
        self.open_to_all_box.setEnabled(teaching)
        self.until_edit.setEnabled(self.until_radio.isChecked())
        self.count_box.setEnabled(self.count_radio.isChecked())

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
