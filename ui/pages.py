"""The page the main window hosts for the signed-in person's role.

The role pages live in their own packages (ui/staff, ui/advisor, ui/admin) and take only the session;
until they are merged, each role gets a placeholder that says whose page it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.model import Role
from ui.session import UiSession


def page_for(session: UiSession) -> QWidget:
    titles = {
        Role.MUNICIPAL_STAFF: QCoreApplication.translate("Pages", "Book a session with BUA"),
        Role.ADVISOR: QCoreApplication.translate("Pages", "My calendar"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Pages", "Administration"),
    }
    return _placeholder(
        titles.get(session.role, QCoreApplication.translate("Pages", "No page for this role"))
    )


def _placeholder(title: str) -> QWidget:
    page = QWidget()
    page.setObjectName("placeholder_page")
    label = QLabel(title)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    label.setFont(font)
    QVBoxLayout(page).addWidget(label)
    return page
