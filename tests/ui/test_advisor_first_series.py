"""A new advisor's empty calendar says what to do, and the series editor presets no municipality."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt

from app.services.context import Context
from app.services.series import list_series
from tests.integration.helpers import add_advisor
from tests.ui.advisor_helpers import THURSDAY, open_advisor_page
from ui.advisor.series_editor import SeriesEditorDialog
from ui.worker import Worker


def test_a_new_advisor_is_offered_the_first_series_and_chooses_the_municipality(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    page = open_advisor_page(qtbot, sqlite_ctx, add_advisor(sqlite_ctx), worker)
    qtbot.waitUntil(lambda: page.first_series.isVisible())
    assert "no fixed times yet" in page.first_series.text.text()

    qtbot.mouseClick(page.first_series.button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SeriesEditorDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.municipality_box.count() == 19)
    assert dialog.municipality_box.currentIndex() == -1  # no municipality chosen for the advisor
    assert dialog.municipality_box.currentText() == "" and not dialog.save_button.isEnabled()

    dialog.municipality_box.setCurrentIndex(dialog.municipality_box.findData("730"))
    dialog.weekday_box.setCurrentIndex(THURSDAY)
    dialog.from_edit.setDate(QDate(2027, 3, 1))
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved() is not None)
    assert [s.municipality_code for s in list_series(sqlite_ctx)] == ["730"]
    qtbot.waitUntil(lambda: not page.first_series.isVisible())  # the calendar has times now
