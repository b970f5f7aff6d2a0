"""The booker's case summary form for one booking.

Every free-text field is checked by the anonymity guard as it is typed: findings are highlighted in
the field and listed with their Danish explanation and hint, and "Send to BUA" stays disabled while
anything blocks (or warnings are not acknowledged). The draft is saved through the worker 800 ms
after the last change and when the window closes; the window only closes once that save succeeded,
so nothing typed is lost. The window title names the booking, never a word of the summary. On a small
screen the form scrolls as one inside the window, while its state line and "Send to BUA" stay in view.
The screening rows are ui/summary/screening_box.py's, the saving ui/summary/autosave.py's.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.anonymity import Severity
from app.domain.summary import (
    AgeBand,
    FieldKey,
    GuardResult,
    PathwayStep,
    Summary,
    SummaryContent,
    SummaryField,
    SummaryState,
    deadline_state,
    guard,
)
from app.domain.time import ZONE
from app.services import summaries
from app.services.summaries import SummaryView
from ui import words
from ui.calendar.dates import clock, danish_clock, danish_long_date, numeric_date
from ui.session import UiSession
from ui.summary.autosave import Autosave
from ui.summary.highlighter import GuardHighlighter
from ui.summary.screening_box import ERROR_STYLE, ScreeningBox

WIDTH, HEIGHT, MIN_HEIGHT = 780, 900, 400  # the window's size where the screen has room for it
WINDOW_FRAME = 40  # the title bar and frame the window system adds around the form
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
        self.screening = ScreeningBox(session.context.clock.today)
        body_layout.addWidget(self.screening)
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

        self._autosave = Autosave(session, booking_id, self.content, self)
        self._autosave.saved.connect(self._saved)
        self._autosave.failed.connect(self._save_failed)
        self.screening.changed.connect(self._changed)
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

    # --- reading the fields ----------------------------------------------------------------------

    def content(self) -> SummaryContent:
        return SummaryContent(
            question=self.question.toPlainText(),
            problem=self.problem.toPlainText(),
            age_band=AgeBand(band) if (band := self.age_band.currentData()) else None,
            pathway_step=PathwayStep(step) if (step := self.step.currentData()) else None,
            tried=self.tried.toPlainText(),
            screenings=self.screening.rows,
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
            self.screening.set_rows(content.screenings)
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
        self._autosave.changed()

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

    def _saved(self, summary: Summary) -> None:
        if self._save_error:  # only a failed save's line goes; a refused send's reason stays
            self.error.clear()
            self._save_error = False
        self._show_status(summary, self._state_name(summary))
        self.draft_saved.emit(summary.version)
        if self._closing and not self._autosave.pending:
            self.close()

    def _save_failed(self, message: str) -> None:
        self._closing = False
        self._save_error = True
        self.error.setText(self.tr("The draft was not saved: %1").replace("%1", message))

    def _submit(self) -> None:
        self._autosave.hold()
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
        self._autosave.unsaved = True  # what was typed is saved as a draft instead
        self._autosave.save_now()
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
        self.screening.set_editable(enabled)
        self._update_send()

    # --- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self._autosave.pending:
            self._closing = True  # close once the draft is stored; stay open if that fails
            self._autosave.save_now()
            event.ignore()
            return
        event.accept()
