"""The person picker's list model: one line per person with role and municipality (qtmodeltester)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.model import Municipality, Person, Profession, Role
from ui.person_dialog import PeopleData, PeopleModel

RANDERS = Municipality("730", "Randers", "Randersklyngen", "Regionshospitalet Randers")


def test_people_model_lists_name_role_and_municipality(qtmodeltester: Any) -> None:
    model = PeopleModel()
    qtmodeltester.check(model)  # empty
    people = [
        Person(2, "ulla@bua.example", "Ulla Bak", Role.ADVISOR),
        Person(1, "pia@randers.example", "Pia Holm", Role.MUNICIPAL_STAFF, "730", Profession.PSYCHOLOGIST),
    ]
    model.set_data(PeopleData(people, [RANDERS]))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    first = model.index(0, 0)
    assert first.data().startswith("Pia Holm – ") and first.data().endswith(", Randers")
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "pia@randers.example"
    assert model.person_at(1).email == "ulla@bua.example"
