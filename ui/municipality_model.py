"""The municipality table's columns: the region's municipalities with their cluster and contact persons.

The rows are frozen `MunicipalityOverview` read models shown by a `RowsModel`; nothing here touches the
database. Headers are English source strings, translated when shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.model import ContactAssignment
from app.services.reference import MunicipalityOverview
from ui.links import mailto_url
from ui.rows_model import Column, RowsModel

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call
NOT_ASSIGNED = "–"


def _person(overview: MunicipalityOverview, assignment: ContactAssignment | None) -> str:
    """The name; "–" when nobody is appointed; nothing where the reader may not see it."""
    if not overview.contacts_shown:
        return ""
    return assignment.person_name if assignment else NOT_ASSIGNED


def _email(assignment: ContactAssignment | None) -> str | None:
    return assignment.person_email if assignment else None


def _mailto(overview: MunicipalityOverview, assignment: ContactAssignment | None) -> str | None:
    """A click on a contact person's name writes to them, where the reader may see who it is."""
    return mailto_url(_email(assignment)) if overview.contacts_shown else None


COLUMNS = (
    Column(lambda: translate("MunicipalityTableModel", "Code"), lambda o: o.municipality.code),
    Column(
        lambda: translate("MunicipalityTableModel", "Municipality"),
        lambda o: o.municipality.name,
        lambda o: o.municipality.hospital_unit,
    ),
    Column(lambda: translate("MunicipalityTableModel", "Cluster"), lambda o: o.municipality.cluster),
    Column(
        lambda: translate("MunicipalityTableModel", "Fixed BUA contact person"),
        lambda o: _person(o, o.advisor),
        lambda o: _email(o.advisor),
        lambda o: _mailto(o, o.advisor),
    ),
    Column(
        lambda: translate("MunicipalityTableModel", "Deputy"),
        lambda o: _person(o, o.deputy),
        lambda o: _email(o.deputy),
        lambda o: _mailto(o, o.deputy),
    ),
    Column(
        lambda: translate("MunicipalityTableModel", "The municipality's contact person"),
        lambda o: _person(o, o.municipal_contact),
        lambda o: _email(o.municipal_contact),
        lambda o: _mailto(o, o.municipal_contact),
    ),
)


def municipality_model(parent: Any = None) -> RowsModel:
    """One row per municipality; replace the rows with `set_rows` after a (re)load."""
    return RowsModel(COLUMNS, parent)
