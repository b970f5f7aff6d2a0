"""The series editor's fields and the rule they describe: a new series' rule as filled in, or for an
edited series the `SeriesChanges` against what it had (previewed with `edited_rule`, the rule
`edit_series` will store). `SeriesEditorDialog` adds the preview and saving.

The strings keep the dialog's translation context, so the Danish .ts needs no new entries.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.domain.model import Series
from app.domain.recurrence import DEFAULT_DURATION_MINUTES, RecurrenceRule, SessionType
from app.services.advisor_view import EditorBasis
from app.services.series_rules import DEFAULT_TEACHING_CAPACITY, SeriesChanges, edited_rule
from ui.calendar.dates import DATE_FIELD, TIME_FIELD, pydate, qdate, weekday_name
from ui.words import session_type_name

T = TypeVar("T")
translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal") calls


def changed(value: T, before: T | None) -> T | None:
    """The field's value when it differs from what the series had; None leaves it as it was."""
    return value if value != before else None


class SeriesFieldsDialog(QDialog):
    """A dialog with a series' fields; `_basis` (read by the subclass) holds the edited series."""

    def __init__(self, parent: QWidget | None, editing: bool, start: date) -> None:
        super().__init__(parent)
        self._basis: EditorBasis | None = None
        self._filled: RecurrenceRule | None = None  # an edited series' rule from the date, as filled in
        self.municipality_box = QComboBox()
        self.municipality_box.setPlaceholderText(translate("SeriesEditorDialog", "Choose a municipality"))
        self.type_box = QComboBox()
        for kind in SessionType:
            self.type_box.addItem(session_type_name(kind), kind)
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
        self.until_radio = QRadioButton(translate("SeriesEditorDialog", "Until"))
        self.count_radio = QRadioButton(translate("SeriesEditorDialog", "Number of times"))
        self.until_radio.setChecked(True)
        self.count_box = QSpinBox()
        self.count_box.setRange(1, 1000)
        self.count_box.setValue(10)
        self.duration_box = QSpinBox()
        self.duration_box.setRange(5, 480)
        self.duration_box.setValue(DEFAULT_DURATION_MINUTES)
        self.duration_box.setSuffix(translate("SeriesEditorDialog", " min"))
        self.capacity_box = QSpinBox()
        self.capacity_box.setRange(2, 200)
        self.capacity_box.setValue(DEFAULT_TEACHING_CAPACITY)
        every_municipality = translate("SeriesEditorDialog", "Open to staff of every municipality")
        self.open_to_all_box = QCheckBox(every_municipality)
        self.video_edit = QLineEdit()
        self.video_edit.setPlaceholderText("https://")
        self.form = self._layout_form(editing)

    def _layout_form(self, editing: bool) -> QFormLayout:
        ends = QHBoxLayout()
        ends.addWidget(self.until_radio)
        ends.addWidget(self.until_edit)
        ends.addSpacing(12)
        ends.addWidget(self.count_radio)
        ends.addWidget(self.count_box)
        form = QFormLayout()
        form.addRow(translate("SeriesEditorDialog", "&Municipality:"), self.municipality_box)
        form.addRow(translate("SeriesEditorDialog", "&Type:"), self.type_box)
        form.addRow(translate("SeriesEditorDialog", "&Weekday:"), self.weekday_box)
        form.addRow(translate("SeriesEditorDialog", "&Time:"), self.time_edit)
        form.addRow(translate("SeriesEditorDialog", "&Every:"), self.every_box)
        form.addRow(
            translate("SeriesEditorDialog", "Changes &from:")
            if editing
            else translate("SeriesEditorDialog", "&From:"),
            self.from_edit,
        )
        form.addRow(translate("SeriesEditorDialog", "Ends:"), ends)
        form.addRow(translate("SeriesEditorDialog", "&Duration:"), self.duration_box)
        form.addRow(translate("SeriesEditorDialog", "&Capacity:"), self.capacity_box)
        form.addRow("", self.open_to_all_box)
        form.addRow(translate("SeriesEditorDialog", "&Video link:"), self.video_edit)
        return form

    def _name_weeks(self, weeks: int) -> None:
        """ "hver 1 uge", "hver 2 uger": the spin box's unit in singular or plural."""
        one, many = translate("SeriesEditorDialog", " week"), translate("SeriesEditorDialog", " weeks")
        self.every_box.setSuffix(one if weeks == 1 else many)

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
