"""The contact card when BUA has not given the municipality a fixed contact person yet: it says whom to
ask, with the municipality's own contact person's address as a mailto link (Danish, from staff_da.ts)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from app.services.staff_view import ContactCard, ContactPerson
from ui.staff.contact_card import ContactCardView

pytestmark = pytest.mark.usefixtures("danish")

ULLA = ContactPerson("Ulla Bak", "ulla@bua.example")
BO = ContactPerson("Bo Lind", "bo@randers.example")


def shown_card(qtbot: QtBot, card: ContactCard) -> ContactCardView:
    view = ContactCardView()
    qtbot.addWidget(view)
    view.show_card(card)
    view.show()
    return view


def on_screen(rich_text: str) -> str:
    document = QTextDocument()
    document.setHtml(rich_text)
    return document.toPlainText()


def test_without_a_bua_contact_the_card_says_to_ask_the_municipalitys_contact_or_bua(qtbot: QtBot) -> None:
    view = shown_card(qtbot, ContactCard("730", "Randers", None, None, BO))
    assert view.advisor.text() == "Ikke udpeget endnu"
    assert view.whom_to_ask.isVisible()
    assert on_screen(view.whom_to_ask.text()) == (
        "Kommunen har endnu ingen fast kontaktperson i BUA. Spørg kommunens kontaktperson, "
        "Bo Lind <bo@randers.example>, eller BUA's administration, som udpeger kontaktpersonerne."
    )
    assert '<a href="mailto:bo@randers.example">bo@randers.example</a>' in view.whom_to_ask.text()
    assert view.whom_to_ask.openExternalLinks()


def test_without_any_contact_the_card_says_to_ask_ones_manager_or_bua(qtbot: QtBot) -> None:
    view = shown_card(qtbot, ContactCard("730", "Randers", None, None, None))
    assert view.whom_to_ask.isVisible()
    assert on_screen(view.whom_to_ask.text()) == (
        "Kommunen har endnu hverken en fast kontaktperson i BUA eller en kontaktperson over for BUA. "
        "Spørg din leder eller BUA's administration, som udpeger kontaktpersonerne."
    )


def test_with_a_bua_contact_there_is_nothing_to_ask(qtbot: QtBot) -> None:
    view = shown_card(qtbot, ContactCard("730", "Randers", ULLA, None, None))
    assert not view.whom_to_ask.isVisible()
    assert view.advisor.accessibleName() == "Ulla Bak <ulla@bua.example>"
