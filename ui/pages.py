"""The page the main window hosts for the signed-in person's role.

Each role's page lives in its own package (ui/staff, ui/advisor, ui/admin), takes only the session and
is imported when needed, so start-up pays only for the page it shows. A GP takes part as an invited
guest and has no page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.model import Role
from ui.session import UiSession


def page_for(session: UiSession) -> QWidget:
    if session.role is Role.MUNICIPAL_STAFF:
        from ui.staff.staff_page import StaffPage

        return StaffPage(session)
    if session.role is Role.ADVISOR:
        from ui.advisor.advisor_page import AdvisorPage

        return AdvisorPage(session)
    if session.role is Role.ADMINISTRATOR:
        from ui.admin.admin_page import AdminPage

        return AdminPage(session)
    return _message(
        QCoreApplication.translate(
            "Pages",
            "GPs take part in sessions as invited guests and receive the invitation by e-mail; "
            "there is nothing to do here.",
        )
    )


def _message(text: str) -> QWidget:
    page = QWidget()
    page.setObjectName("guest_page")
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    QVBoxLayout(page).addWidget(label)
    return page
