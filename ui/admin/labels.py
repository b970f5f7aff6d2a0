"""Translated names for the domain's codes and a Danish date format, shared by the admin tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.model import ContactKind, Profession, Role


def role_name(role: Role) -> str:
    names = {
        Role.ADVISOR: QCoreApplication.translate("AdminLabels", "BUA advisor"),
        Role.ADMINISTRATOR: QCoreApplication.translate("AdminLabels", "BUA administrator"),
        Role.MUNICIPAL_STAFF: QCoreApplication.translate("AdminLabels", "Municipal staff"),
        Role.GP: QCoreApplication.translate("AdminLabels", "General practitioner"),
    }
    return names[role]


def profession_name(profession: Profession | None) -> str:
    if profession is None:
        return ""
    names = {
        Profession.PSYCHOLOGIST: QCoreApplication.translate("AdminLabels", "Psychologist"),
        Profession.SOCIAL_WORKER: QCoreApplication.translate("AdminLabels", "Social worker"),
        Profession.PEDAGOGICAL_CONSULTANT: QCoreApplication.translate(
            "AdminLabels", "Pedagogical-psychological consultant"
        ),
        Profession.FAMILY_COUNSELLOR: QCoreApplication.translate("AdminLabels", "Family counsellor"),
        Profession.OTHER: QCoreApplication.translate("AdminLabels", "Other profession"),
    }
    return names[profession]


def contact_kind_name(kind: ContactKind) -> str:
    names = {
        ContactKind.BUA_ADVISOR: QCoreApplication.translate("AdminLabels", "BUA contact person"),
        ContactKind.BUA_DEPUTY: QCoreApplication.translate("AdminLabels", "BUA deputy"),
        ContactKind.MUNICIPAL_CONTACT: QCoreApplication.translate("AdminLabels", "Municipality's contact"),
    }
    return names[kind]


def day_text(day: date | None) -> str:
    """Day-month-year with dots, as Danish readers expect; empty for 'no date'."""
    return "" if day is None else f"{day.day}.{day.month}.{day.year}"


NOT_ASSIGNED = "–"
