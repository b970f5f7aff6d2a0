"""The case summary form as the booker uses it: a CPR number is highlighted while typed and keeps the
summary from being sent; deleting it enables sending; the draft survives closing and reopening."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.domain.model import Person
from app.domain.summary import ScreeningRow, SummaryState
from app.services import slots, summaries
from app.services.context import Context
from tests.integration.helpers import actor_of, add_advisor, add_member, book_as, weekly_series
from tests.ui.conftest import session_for
from ui.summary.form import SummaryForm
from ui.summary.highlighter import FORMATS
from ui.summary.screening_model import ScreeningModel
from ui.worker import Worker

CPR = " CPR 010314-1234"
BLOCK_BACKGROUND = FORMATS[next(iter(FORMATS))].background().color()


def _booking(ctx: Context) -> tuple[Person, int]:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), date(2027, 1, 4), date(2027, 3, 31))
    pia = add_member(ctx, "pia@randers.example")
    day = date(2027, 1, 13)
    (slot,) = slots.list_slots(ctx, municipality_code="730", from_date=day, to_date=day)
    return pia, book_as(ctx, pia, slot.id).id


def _open(qtbot: Any, ctx: Context, me: Person, worker: Worker, booking_id: int) -> SummaryForm:
    form = SummaryForm(session_for(ctx, me, worker), booking_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.is_loaded)
    return form


def _highlighted(form: SummaryForm) -> list[tuple[int, int]]:
    """The (start, length) of every stretch of the problem field painted as blocking."""
    block = form.problem.document().firstBlock()
    ranges = []
    while block.isValid():
        for found in block.layout().formats():
            if found.format.background().color() == QColor(BLOCK_BACKGROUND):
                ranges.append((block.position() + found.start, found.length))
        block = block.next()
    return ranges


def test_a_cpr_number_is_highlighted_and_blocks_sending_until_deleted(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    pia, booking_id = _booking(sqlite_ctx)
    form = _open(qtbot, sqlite_ctx, pia, worker, booking_id)
    qtbot.keyClicks(form.question, "Skal vi henvise til BUA?")
    form.age_band.setCurrentIndex(2)
    form.step.setCurrentIndex(2)
    qtbot.keyClicks(form.problem, "Pigen på 11 år har ondt i maven.")
    assert form.send.isEnabled()

    qtbot.keyClicks(form.problem, CPR)

    start = form.problem.toPlainText().index("010314")
    assert _highlighted(form) == [(start, len("010314-1234"))]
    assert not form.send.isEnabled()
    assert "CPR-nummer" in form.findings.text() and "010314" not in form.findings.text()
    assert "(Description of the problem)" in form.findings.text()  # the field in the window's language
    assert "010314" not in form.windowTitle()

    for _ in CPR:
        qtbot.keyClick(form.problem, Qt.Key.Key_Backspace)

    assert _highlighted(form) == [] and form.findings.text() == ""
    assert form.send.isEnabled()
    with qtbot.waitSignal(form.submitted, timeout=5000):
        qtbot.mouseClick(form.send, Qt.MouseButton.LeftButton)
    view = summaries.read(sqlite_ctx, actor_of(pia), booking_id)
    assert view.summary is not None and view.summary.state is SummaryState.SUBMITTED


def test_the_draft_survives_closing_and_reopening(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    pia, booking_id = _booking(sqlite_ctx)
    form = _open(qtbot, sqlite_ctx, pia, worker, booking_id)
    form.age_band.setCurrentIndex(3)
    qtbot.keyClicks(form.problem, "Drengen på 9 år." + CPR)  # a draft keeps even what blocks

    form.close()  # at once, before the 800 ms pause: closing saves first
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    reopened = _open(qtbot, sqlite_ctx, pia, worker, booking_id)

    assert reopened.problem.toPlainText() == "Drengen på 9 år." + CPR
    assert reopened.age_band.currentText() == "13-18 years"
    assert not reopened.send.isEnabled()


def test_a_pause_in_typing_saves_the_draft(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    pia, booking_id = _booking(sqlite_ctx)
    form = _open(qtbot, sqlite_ctx, pia, worker, booking_id)
    with qtbot.waitSignal(form.draft_saved, timeout=5000):
        qtbot.keyClicks(form.tried, "Samtaler hos PPR")
    view = summaries.read(sqlite_ctx, actor_of(pia), booking_id)
    assert view.summary is not None and view.summary.content.tried == "Samtaler hos PPR"


def test_a_score_outside_its_range_is_not_added(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    pia, booking_id = _booking(sqlite_ctx)
    form = _open(qtbot, sqlite_ctx, pia, worker, booking_id)
    form.screening.instrument.setCurrentIndex(form.screening.instrument.findData("SDQ"))
    form.screening.score.setValue(41)
    qtbot.mouseClick(form.screening.add_screening, Qt.MouseButton.LeftButton)
    assert form.screening.screenings.rowCount() == 0 and "0-40" in form.screening.screening_error.text()
    form.screening.score.setValue(18)
    qtbot.mouseClick(form.screening.add_screening, Qt.MouseButton.LeftButton)
    assert form.screening.screenings.rowCount() == 1 and form.screening.screening_error.text() == ""


def test_screening_model(qtmodeltester: Any) -> None:
    model = ScreeningModel()
    model.set_rows(
        [
            ScreeningRow("SDQ", "total_difficulties", 18, "forælder", 11, 2026),
            ScreeningRow("ADHD-RS", "total", 30, "lærer", 10, 2026),
            ScreeningRow("OTHER", "Beck Youth", 12, "selv", 9, 2026),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 3).data() == "0-54 (ikke verificeret)"


def test_the_form_speaks_danish(danish: list[str], qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    pia, booking_id = _booking(sqlite_ctx)
    form = _open(qtbot, sqlite_ctx, pia, worker, booking_id)
    assert form.windowTitle() == "Sagsresumé: onsdag 13. januar 2027 kl. 10.00, Randers"
    assert form.send.text() == "Send til BUA"
    header = form.screening.screenings.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Rå-score"


def test_a_refused_send_shows_why_and_keeps_the_text_as_a_draft(
    qtbot: Any, sqlite_ctx: Context, worker: Worker, danish: list[str]
) -> None:
    pia, booking_id = _booking(sqlite_ctx)
    form = _open(qtbot, sqlite_ctx, pia, worker, booking_id)
    form.problem.setPlainText("Pigen på 11 år har ondt i maven.")  # no question, age band or step yet

    with qtbot.waitSignal(form.draft_saved, timeout=5000):
        qtbot.mouseClick(form.send, Qt.MouseButton.LeftButton)

    assert form.error.text() == "Udfyld spørgsmål til BUA, aldersgruppe og trin, før resuméet sendes."
    view = summaries.read(sqlite_ctx, actor_of(pia), booking_id)
    assert view.summary is not None and view.summary.state is SummaryState.DRAFT
    assert view.summary.content.problem == "Pigen på 11 år har ondt i maven."
