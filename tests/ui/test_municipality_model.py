"""The municipality table model honours Qt's model contract and shows the read models' text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.domain.model import ContactAssignment, ContactKind, Municipality
from app.services.reference import MunicipalityOverview
from ui.municipality_model import NOT_ASSIGNED, municipality_model

RANDERS = Municipality("730", "Randers", "Randersklyngen", "Regionshospitalet Randers")
SAMSO = Municipality("741", "Samsø", "Aarhusklyngen", "Aarhus Universitetshospital")


def assignment(kind: ContactKind, name: str, email: str) -> ContactAssignment:
    return ContactAssignment(1, RANDERS.code, kind, 7, name, email, date(2026, 1, 1), None)


ROWS = [
    MunicipalityOverview(
        RANDERS,
        assignment(ContactKind.BUA_ADVISOR, "Ulrik Vestergaard", "ulrik@bua.example"),
        assignment(ContactKind.BUA_DEPUTY, "Birgitte Dahl", "birgitte@bua.example"),
        assignment(ContactKind.MUNICIPAL_CONTACT, "Mette Friis", "mette@randers.example"),
    ),
    MunicipalityOverview(SAMSO, None, None, None),
]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = municipality_model()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_rows(ROWS)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_cells_headers_and_tooltips(danish: list[str]) -> None:
    model = municipality_model()
    model.set_rows(ROWS)
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers == [
        "Kode",
        "Kommune",
        "Klynge",
        "Fast kontaktperson i BUA",
        "Stedfortræder",
        "Kommunens kontaktperson",
    ]
    randers = [model.index(0, c).data() for c in range(model.columnCount())]
    assert randers == [
        "730",
        "Randers",
        "Randersklyngen",
        "Ulrik Vestergaard",
        "Birgitte Dahl",
        "Mette Friis",
    ]
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "ulrik@bua.example"
    assert [model.index(1, c).data() for c in (3, 4, 5)] == [NOT_ASSIGNED] * 3
    assert model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole) is None


def test_headers_are_english_without_the_danish_catalogue() -> None:
    model = municipality_model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Code", "Municipality", "Cluster"]
