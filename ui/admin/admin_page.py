"""The administrator's page the main window hosts: one tab per register, each loading on its own."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.admin.closures_tab import ClosuresTab
from ui.admin.contacts_tab import ContactsTab
from ui.admin.people_tab import PeopleTab
from ui.admin.rules_tab import RulesTab
from ui.session import UiSession


class AdminPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = ContactsTab(session)
        self.people = PeopleTab(session)
        self.closures = ClosuresTab(session)
        self.rules = RulesTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contacts, self.tr("Municipalities and contacts"))
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.closures, self.tr("Closure days"))
        self.tabs.addTab(self.rules, self.tr("Rules"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for tab in (self.contacts, self.people, self.closures, self.rules):
            tab.reload()
