"""Translated names shared by every page: the people register's codes (roles, professions), a
booking's state, and a municipality's short name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.booking import BookingState
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


def booking_state_name(state: BookingState) -> str:
    """The one wording of a booking's state, lower case as in a sentence ("Status: booket"); a table
    cell or a line of its own capitalises it."""
    names = {
        BookingState.BOOKED: QCoreApplication.translate("BookingStates", "booked"),
        BookingState.WAITLISTED: QCoreApplication.translate("BookingStates", "on the waiting list"),
        BookingState.CANCELLED: QCoreApplication.translate("BookingStates", "cancelled"),
        BookingState.CANCELLED_BY_BUA: QCoreApplication.translate("BookingStates", "cancelled by BUA"),
        BookingState.HELD: QCoreApplication.translate("BookingStates", "held"),
        BookingState.NO_SHOW: QCoreApplication.translate("BookingStates", "not held"),
    }
    return names[state]


SHORT_NAME = 12  # letters: what fits an entry's first line beside the time in a week column


def short_municipality(name: str) -> str:
    """The name shortened one way everywhere it is cramped: 'Ringkøbing-Skjern' -> 'Ringk.-Skjern'.
    Every part but the last of a long hyphenated name is cut to five letters, other long names are
    cut with a point; the full name stays in the accessible sentence, tool tips and side panels."""
    if len(name) <= SHORT_NAME:
        return name
    *first, last = name.split("-")
    if first:
        return "-".join([*(part if len(part) <= 5 else part[:5] + "." for part in first), last])
    return name[: SHORT_NAME - 1] + "."
