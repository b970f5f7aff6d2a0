"""The admin page in Danish is what a Danish user sees (tests/ui/test_translations.py checks that
every catalogue is complete)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.context import Context
from tests.ui.admin_helpers import open_page
from ui.worker import Worker


def test_the_page_speaks_danish_with_the_translation(
    danish: list[str], qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, worker)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Kommuner og kontaktpersoner", "Personer", "Lukkedage", "Regler"]
    assert page.contacts.municipalities.headerData(4, Qt.Orientation.Horizontal) == "Stedfortræder"
    assert page.rules.save_button.text() == "Gem"
    assert page.people.form.role_box.currentText() == "Kommunal medarbejder"
