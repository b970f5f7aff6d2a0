"""Translated names for the people register's codes (roles, professions), shared by every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.model import Profession, Role


def role_name(role: Role) -> str:
    names = {
        Role.ADVISOR: QCoreApplication.translate("Roles", "BUA advisor"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Roles", "BUA administrator"),
        Role.MUNICIPAL_STAFF: QCoreApplication.translate("Roles", "Municipal staff"),
        Role.GP: QCoreApplication.translate("Roles", "General practitioner"),
    }
    return names[role]


def profession_name(profession: Profession | None) -> str:
    """The profession as a label; empty when none is recorded."""
    if profession is None:
        return ""
    names = {
        Profession.PSYCHOLOGIST: QCoreApplication.translate("Roles", "Psychologist"),
        Profession.SOCIAL_WORKER: QCoreApplication.translate("Roles", "Social worker"),
        Profession.PEDAGOGICAL_CONSULTANT: QCoreApplication.translate(
            "Roles", "Pedagogical-psychological consultant"
        ),
        Profession.FAMILY_COUNSELLOR: QCoreApplication.translate("Roles", "Family counsellor"),
        Profession.OTHER: QCoreApplication.translate("Roles", "Other profession"),
    }
    return names[profession]
