"""Translated names for contact kinds and a Danish date format, shared by the admin tabs (roles and
professions are in ui/words.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.model import ContactKind
from ui.calendar.dates import numeric_date


def contact_kind_name(kind: ContactKind) -> str:
    names = {
        ContactKind.BUA_ADVISOR: QCoreApplication.translate("AdminLabels", "BUA contact person"),
        ContactKind.BUA_DEPUTY: QCoreApplication.translate("AdminLabels", "BUA deputy"),
        ContactKind.MUNICIPAL_CONTACT: QCoreApplication.translate("AdminLabels", "Municipality's contact"),
    }
    return names[kind]


def day_text(day: date | None) -> str:
    """The table style of every page ('26.11.2026'); empty for 'no date'."""
    return "" if day is None else numeric_date(day)


NOT_ASSIGNED = "–"
