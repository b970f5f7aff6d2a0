"""The booker's case summary form for one booking.

Every free-text field is checked by the anonymity guard as it is typed: findings are highlighted in
the field and listed with their Danish explanation and hint, and "Send to BUA" stays disabled while
anything blocks (or warnings are not acknowledged). The draft is saved through the worker 800 ms
after the last change and when the window closes; the window only closes once that save succeeded,
so nothing typed is lost. The window title names the booking, never a word of the summary. On a small
screen the form scrolls as one inside the window, while its state line and "Send to BUA" stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.anonymity import Severity
from app.domain.instruments import OTHER, instruments, range_text
from app.domain.summary import (
    AgeBand,
    FieldKey,
    GuardResult,
    PathwayStep,
    ScreeningRow,
    Summary,
    SummaryContent,
    SummaryField,
    SummaryState,
    deadline_state,
    guard,
    screening_problem,
)
from app.domain.time import ZONE
from app.services import summaries
from app.services.summaries import SummaryView
from ui import words
from ui.calendar.dates import clock, danish_clock, danish_long_date, numeric_date
from ui.session import UiSession
from ui.summary.highlighter import GuardHighlighter
from ui.summary.screening_model import ScreeningModel

SAVE_DELAY_MS = 800
WIDTH, HEIGHT, MIN_HEIGHT = 780, 900, 400  # the window's size where the screen has room for it
WINDOW_FRAME = 40  # the title bar and frame the window system adds around the form
ERROR_STYLE = "color: #b3261e;"
QUESTION, PROBLEM, TRIED = (
    FieldKey(SummaryField.QUESTION),
    FieldKey(SummaryField.PROBLEM),
    FieldKey(SummaryField.TRIED),
)


class TextField(QPlainTextEdit):
    """A text field that asks for its minimum height, not Qt's 192 px: the scrolling form is then only as
    tall as it needs, and the fields share whatever room the window has beyond that."""

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(super().sizeHint().width(), self.minimumHeight())


class SummaryForm(QWidget):
    loaded = Signal()
    draft_saved = Signal(int)  # the stored version
    submitted = Signal()

    def __init__(self, session: UiSession, booking_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._booking_id = booking_id
        self._loading = True
        self._dirty = False
        self._closing = False
        self._save_error = False
        self._result = GuardResult()
        self._due = session.context.clock.today()
        self._deadline = ""
        self.setWindowTitle(self.tr("Case summary"))  # the session's date and place once it is read

        self.status = QLabel(self.tr("Loading …"))
        self.status.setWordWrap(True)
        self.question = self._text_field(72)
        self.problem = self._text_field(160)
        self.tried = self._text_field(72)
        self.age_band = QComboBox()
        self.age_band.addItem(self.tr("Choose …"), None)
        for band in AgeBand:
            self.age_band.addItem(self.tr("%1 years").replace("%1", band.value), band.value)
        self.step = QComboBox()
        self.step.addItem(self.tr("Choose …"), None)
        for step in PathwayStep:
            self.step.addItem(words.pathway_step_name(step), step.value)
        self._highlighters = {
            QUESTION: GuardHighlighter(self.question.document()),
            PROBLEM: GuardHighlighter(self.problem.document()),
            TRIED: GuardHighlighter(self.tried.document()),
        }

        fields = QFormLayout()
        fields.addRow(words.summary_field_name(QUESTION), self.question)
        fields.addRow(words.summary_field_name(PROBLEM), self.problem)
        fields.addRow(self.tr("Age band"), self.age_band)
        fields.addRow(self.tr("Pathway step"), self.step)
        fields.addRow(words.summary_field_name(TRIED), self.tried)

        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.acknowledge = QCheckBox(self.tr("I have checked the warnings: they do not identify the child"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.send = QPushButton(self.tr("Send to BUA"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge, 1)
        buttons.addWidget(self.send)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 0)  # a little air before the scroll bar
        body_layout.addLayout(fields, 1)
        body_layout.addWidget(self._screening_box())
        body_layout.addWidget(self.findings)
        # One form that scrolls inside the window (a laptop's 720 px hold less than all of it); the state
        # above it and the sending below it stay in view.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # Tab goes to the fields, scrolling them into view
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_now)
        for editor in (self.question, self.problem, self.tried):
            editor.textChanged.connect(self._changed)
        self.age_band.currentIndexChanged.connect(self._changed)
        self.step.currentIndexChanged.connect(self._changed)
        self.acknowledge.toggled.connect(self._update_send)
        self.send.clicked.connect(self._submit)
        self._set_enabled(False)
        self._fit_to_screen()
        session.run(lambda c: summaries.read(c, session.actor, booking_id), self._show_loaded, self._failed)

    # --- building --------------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Tall enough to show the whole form where the screen allows, never taller than the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - WINDOW_FRAME if screen is not None else HEIGHT
        self.resize(WIDTH, max(MIN_HEIGHT, min(HEIGHT, room)))

    def _text_field(self, height: int) -> QPlainTextEdit:
        editor = TextField()
        editor.setMinimumHeight(height)
        editor.setTabChangesFocus(True)
        return editor

    def _screening_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Screening results (raw scores)"))
        self.instrument = QComboBox()
        for instrument in instruments().values():
            label = instrument.name
            if not instrument.ranges_verified and instrument.id != OTHER:
                label += self.tr(" (ranges not verified)")
            self.instrument.addItem(label, instrument.id)
        self.scale = QComboBox()
        self.score = QDoubleSpinBox()
        self.score.setRange(0, 1000)
        self.score.setDecimals(1)
        self.range = QLabel()
        self.informant = QComboBox()
        self.informant.setEditable(True)
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("MM.yyyy")
        self.add_screening = QPushButton(self.tr("Add"))
        self.remove_screening = QPushButton(self.tr("Remove selected"))
        self.screening_error = QLabel()
        self.screening_error.setStyleSheet(ERROR_STYLE)
        self.screening_error.setWordWrap(True)
        self.screenings = ScreeningModel(self)
        self.table = QTableView()
        self.table.setModel(self.screenings)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(self.screenings.columnCount()):
            wide = column in (0, 1)  # instrument and scale names are long; the rest are short
            mode = QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(140)
        for combo in (self.instrument, self.scale, self.informant):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16 if combo is self.instrument else 10)

        # Two rows, so the form fits a laptop's width: what was measured, then who answered when.
        measured, answered = QHBoxLayout(), QHBoxLayout()
        for row, widget, stretch in (
            (measured, self.instrument, 3),
            (measured, self.scale, 3),
            (measured, self.score, 1),
            (measured, self.range, 1),
            (answered, self.informant, 2),
            (answered, self.month, 1),
            (answered, self.add_screening, 0),
        ):
            row.addWidget(widget, stretch)
        answered.addStretch(2)
        layout = QVBoxLayout(box)
        layout.addLayout(measured)
        layout.addLayout(answered)
        layout.addWidget(self.screening_error)
        layout.addWidget(self.table)
        layout.addWidget(self.remove_screening, 0, Qt.AlignmentFlag.AlignRight)

        self.instrument.currentIndexChanged.connect(self._instrument_chosen)
        self.scale.currentIndexChanged.connect(self._scale_chosen)
        self.add_screening.clicked.connect(self._add_screening)
        self.remove_screening.clicked.connect(self._remove_screening)
        self._instrument_chosen()
        return box

    # --- reading the fields ----------------------------------------------------------------------

    def content(self) -> SummaryContent:
        return SummaryContent(
            question=self.question.toPlainText(),
            problem=self.problem.toPlainText(),
            age_band=AgeBand(band) if (band := self.age_band.currentData()) else None,
            pathway_step=PathwayStep(step) if (step := self.step.currentData()) else None,
            tried=self.tried.toPlainText(),
            screenings=self.screenings.rows,
        )

    @property
    def guard_result(self) -> GuardResult:
        return self._result

    @property
    def is_loaded(self) -> bool:
        return not self._loading

    # --- loading, checking, saving ---------------------------------------------------------------

    def _show_loaded(self, view: SummaryView) -> None:
        starts_at = view.booking.starts_at
        self.setWindowTitle(
            self.tr("Case summary: %1 at %2, %3")
            .replace("%1", danish_long_date(starts_at))
            .replace("%2", danish_clock(starts_at))
            .replace("%3", view.municipality_name)
        )
        summary = view.summary
        if summary is not None:
            content = summary.content
            self.question.setPlainText(content.question)
            self.problem.setPlainText(content.problem)
            self.tried.setPlainText(content.tried)
            self.age_band.setCurrentIndex(max(0, self.age_band.findData(str(content.age_band or ""))))
            self.step.setCurrentIndex(max(0, self.step.findData(str(content.pathway_step or ""))))
            self.screenings.set_rows(content.screenings)
            self.acknowledge.setChecked(summary.warnings_acknowledged)
        self._due = view.status.deadline
        self._deadline = self.tr("Due %1").replace("%1", numeric_date(view.status.deadline))
        self._show_status(summary, words.deadline_state_name(view.status.state))
        self._loading = False
        self._set_enabled(view.tombstone is None)
        if view.tombstone is not None:
            self.status.setText(self.tr("The summary was deleted after the retention period."))
        self._check()
        self.loaded.emit()

    def _changed(self) -> None:
        self._check()
        if self._loading:
            return
        self._dirty = True
        self._save_timer.start()  # restarts: saves 800 ms after the last change

    def _check(self) -> None:
        self._result = guard(self.content())
        for key, highlighter in self._highlighters.items():
            highlighter.set_findings(self._result.findings.get(key, ()))
        lines = []
        for severity, word in ((Severity.BLOCK, self.tr("Blocks")), (Severity.WARN, self.tr("Warning"))):
            for key, finding in self._result.of(severity):
                where = words.summary_field_name(key)
                lines.append(f"{word} – {finding.name} ({where}): {finding.explanation} {finding.hint}")
        self.findings.setText("\n".join(lines))
        self.findings.setVisible(bool(lines))
        self.acknowledge.setEnabled(self._result.warns and not self._result.blocks)
        self._update_send()

    def _update_send(self) -> None:
        ready = not self._loading and not self._result.blocks
        self.send.setEnabled(ready and (not self._result.warns or self.acknowledge.isChecked()))

    def _save_now(self) -> None:
        self._save_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        content, actor, booking_id = self.content(), self._session.actor, self._booking_id
        self._session.run(
            lambda c: summaries.save_draft(c, actor, booking_id, content),
            self._saved,
            self._save_failed,
        )

    def _saved(self, summary: Summary) -> None:
        if self._save_error:  # only a failed save's line goes; a refused send's reason stays
            self.error.clear()
            self._save_error = False
        self._show_status(summary, self._state_name(summary))
        self.draft_saved.emit(summary.version)
        if self._closing and not self._dirty:
            self.close()

    def _save_failed(self, message: str) -> None:
        self._dirty = True  # still unsaved: the next change or close tries again
        self._closing = False
        self._save_error = True
        self.error.setText(self.tr("The draft was not saved: %1").replace("%1", message))

    def _submit(self) -> None:
        self._save_timer.stop()
        self._dirty = False
        content, actor, booking_id = self.content(), self._session.actor, self._booking_id
        acknowledged = self.acknowledge.isChecked()
        self.send.setEnabled(False)
        self._session.run(
            lambda c: summaries.submit(c, actor, booking_id, content, acknowledged),
            self._was_submitted,
            self._submit_failed,
        )

    def _was_submitted(self, summary: Summary) -> None:
        self.error.clear()
        self._show_status(summary, self._state_name(summary))
        self._update_send()
        self.submitted.emit()

    def _submit_failed(self, message: str) -> None:
        self._dirty = True  # what was typed is saved as a draft instead
        self._save_now()
        self.error.setText(message)
        self._update_send()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(ERROR_STYLE)

    def _show_status(self, summary: Summary | None, state: str) -> None:
        text = f"{self._deadline} · {state}"
        if summary is not None:
            when = clock(summary.updated_at.astimezone(ZONE))
            if summary.state is SummaryState.DRAFT:
                text += " · " + self.tr("saved at %1").replace("%1", when)
            else:
                text += " · " + self.tr("sent to BUA; changes must be sent again")
        self.status.setText(text)

    def _state_name(self, summary: Summary) -> str:
        state = deadline_state(summary.state, self._due, self._session.context.clock.today())
        return words.deadline_state_name(state)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.question, self.problem, self.tried, self.age_band, self.step):
            widget.setEnabled(enabled)
        self.add_screening.setEnabled(enabled)
        self.remove_screening.setEnabled(enabled)
        self._update_send()

    # --- screening rows --------------------------------------------------------------------------

    def _instrument_chosen(self) -> None:
        instrument = instruments()[self.instrument.currentData()]
        self.scale.clear()
        self.scale.setEditable(instrument.id == OTHER)
        line = self.scale.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Instrument and scale"))
        if instrument.id != OTHER:
            for scale in instrument.scales:
                self.scale.addItem(scale.label, scale.key)
        self.informant.clear()
        self.informant.addItems(list(instrument.informants))
        self._scale_chosen()

    def _scale_chosen(self) -> None:
        instrument = instruments()[self.instrument.currentData()]
        scale = instrument.scales[0] if instrument.id == OTHER else instrument.scale(self.scale.currentData())
        self.range.setText(range_text(instrument, scale) if scale else "")

    def _add_screening(self) -> None:
        instrument = self.instrument.currentData()
        scale = self.scale.currentText() if instrument == OTHER else self.scale.currentData()
        month = self.month.date()
        row = ScreeningRow(
            instrument,
            scale or "",
            self.score.value(),
            self.informant.currentText(),
            month.month(),
            month.year(),
        )
        problem = screening_problem(row, self._session.context.clock.today())
        self.screening_error.setText(problem or "")
        if problem is None:
            self.screenings.append(row)
            self._changed()

    def _remove_screening(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.screenings.remove(selected[0].row())
            self._changed()

    # --- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self._dirty or self._save_timer.isActive():
            self._closing = True  # close once the draft is stored; stay open if that fails
            self._save_now()
            event.ignore()
            return
        event.accept()
