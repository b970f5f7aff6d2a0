"""The advisor page on a laptop: usable at 1366x768 (about 720 px left under a taskbar) and beside
Outlook on half of a 1920 px screen (960 px), where the side panel folds away and the colour key moves
into a popup. Real widgets, offscreen."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.model import Person
from app.services.bookings import list_bookings
from app.services.context import Context
from tests.integration.helpers import add_advisor
from tests.ui.advisor_helpers import booked_session
from tests.ui.conftest import session_for
from ui.advisor.advisor_page import AdvisorPage
from ui.advisor.page_bar import KEY_STATES
from ui.calendar.entries import state_name
from ui.calendar.legend import Legend
from ui.worker import Worker


def _page_at(qtbot: Any, ctx: Context, me: Person, worker: Worker, width: int) -> AdvisorPage:
    page = AdvisorPage(session_for(ctx, me, worker))
    qtbot.addWidget(page)
    page.resize(width, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def _inside(widget: QWidget, window: QWidget) -> bool:
    """Shown, and wholly inside the window: not cut off at an edge."""
    where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and window.rect().contains(where)


def test_beside_outlook_the_panel_folds_away_and_the_key_is_a_popup(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, _staff, _booking_id = booked_session(sqlite_ctx)
    page = _page_at(qtbot, sqlite_ctx, advisor, worker, 960)
    assert page.minimumSizeHint().width() <= 960 and page.width() == 960
    bar = page.bar
    assert not page.details.isVisible() and not bar.details_button.isChecked()
    assert not bar.legend.isVisible() and bar.key_button.isVisible()
    buttons: list[QWidget] = [bar.previous_button, bar.next_button, bar.go_to_button, bar.month_button]
    buttons += [bar.new_series_button, bar.absence_button, bar.details_button, bar.key_button]
    assert all(_inside(b, page) for b in buttons)
    popup = bar.key_button.menu().actions()[0].defaultWidget()  # type: ignore[attr-defined]
    assert isinstance(popup, Legend)
    assert popup.sizeHint().height() >= len(KEY_STATES) * popup.fontMetrics().height()
    assert all(state_name(s) in popup.accessibleName() for s in KEY_STATES)  # one state per line

    key = f"slot:{list_bookings(sqlite_ctx)[0].slot_id}"
    page.go_to(date(2027, 1, 14))
    qtbot.waitUntil(lambda: page.week_view.entry_rect(key) is not None)
    rect = page.week_view.entry_rect(key)
    assert rect is not None
    qtbot.mouseClick(page.week_view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: page.details.isVisible())  # the session asked for opens the panel
    assert _inside(page.details.held_button, page) and _inside(page.week_view, page)

    qtbot.mouseClick(bar.details_button, Qt.MouseButton.LeftButton)
    assert not page.details.isVisible()


def test_at_1366_by_720_everything_is_in_one_row_with_the_key_and_the_panel(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    page = _page_at(qtbot, sqlite_ctx, add_advisor(sqlite_ctx), worker, 1366)
    bar = page.bar
    assert bar.legend.isVisible() and not bar.key_button.isVisible()
    assert page.details.isVisible() and bar.details_button.isChecked()
    assert bar.previous_button.y() == bar.details_button.y()  # one row
    assert all(_inside(w, page) for w in (bar.legend, bar.details_button, page.week_view, page.details))


def test_the_advisors_dialogs_fit_a_laptop_screen(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    page = _page_at(qtbot, sqlite_ctx, add_advisor(sqlite_ctx), worker, 1366)
    dialogs: list[QDialog] = [page.open_series_editor(), page.open_absence_dialog(), page.ask_date()]
    for dialog in dialogs:
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 720, type(dialog).__name__
        assert dialog.width() <= 1366 and dialog.height() <= 720, type(dialog).__name__
