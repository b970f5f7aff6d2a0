"""The admin page's Danish translation is complete and is what a Danish user sees."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.context import Context
from tests.ui.admin_helpers import open_page
from ui.worker import Worker

TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "admin_da.ts"


def test_every_string_has_a_finished_danish_translation() -> None:
    messages = list(ET.parse(TS_FILE).getroot().iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext("source")
        assert translation.text and translation.text.strip(), message.findtext("source")


def test_the_page_speaks_danish_with_the_translation(
    danish: list[str], qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, worker)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Kommuner og kontaktpersoner", "Personer", "Lukkedage", "Regler"]
    assert page.contacts.municipalities.headerData(4, Qt.Orientation.Horizontal) == "Stedfortræder"
    assert page.rules.save_button.text() == "Gem"
    assert page.people.form.role_box.currentText() == "Kommunal medarbejder"
