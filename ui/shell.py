"""The frame around the role pages: open the store, know who you are, host your page, keep it live.

The order at start: the main window is shown and painted first; on the very first start on this
computer a welcome says what the program is for and who does what, and waits for "Kom i gang"; then
the store opens on the worker (the remembered one, or the one chosen in the first-run dialog); then
the person is found (a server's login, else the remembered one, or chosen in the person dialog); then
the page for their role is built by `ui.pages.page_for`. Every choice is saved in the local settings.
Where the data lives is told in Hjælp › Om, not on the main window: users need not know it. Nothing here
touches the database on the GUI thread, and nothing from a case ever reaches the window title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from ui.backend import Backend
from ui.errors import error_details, user_message
from ui.i18n import apply_theme
from ui.settings import LocalSettings, StoreChoice, save_settings
from ui.shell_window import ShellWindow

# Everything below is imported when first needed, after the first paint: the domain model, the
# dialogs and the municipalities table cost more start-up time than the whole bare window.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from app.domain.model import Municipality, Person
    from app.services.context import Context
    from ui.municipalities_view import MunicipalitiesView
    from ui.person_dialog import PersonDialog
    from ui.reports.report_window import ReportWindow
    from ui.session import ChangeNotifier, UiSession
    from ui.store_dialog import Opened, StoreDialog
    from ui.watcher import ChangeWatcher
    from ui.welcome_page import WelcomePage
    from ui.worker import Worker

RESTART_NOTE = {
    "da": "Det nye sprog bruges, næste gang BUA Booking starter.",
    "en": "The new language is used from the next time BUA Booking starts.",
}


@dataclass(frozen=True)
class StoreFacts:
    """Read on the worker once the store is open."""

    person: Person | None  # the remembered (or asked-for) person, if the store knows them
    demo: bool
    people: Sequence[Person]
    municipalities: Sequence[Municipality]
    by_login: bool = False  # a shared server's login is the person: nobody else can be chosen


def read_facts(ctx: Context, email: str | None, acting_email: str | None = None) -> StoreFacts:
    from app.services.demo import has_demo_data
    from app.services.people import find_person, list_people, logged_in_as
    from app.services.reference import list_municipalities
    from ui.person_dialog import SIGNED_IN_ROLES

    login = logged_in_as(ctx, acting_email)
    if login is not None:
        return StoreFacts(login, False, (), (), by_login=True)
    person = find_person(ctx, email) if email else None
    if person is not None and (person.role not in SIGNED_IN_ROLES or not person.active):
        person = None
    demo = has_demo_data(ctx)
    people = [p for p in list_people(ctx) if p.role in SIGNED_IN_ROLES and p.active] if demo else []
    return StoreFacts(person, demo, tuple(people), tuple(list_municipalities(ctx)) if demo else ())


class Shell(QObject):
    signed_in = Signal(object)  # the UiSession, once its page is shown
    asking = Signal()  # a dialog asks the user for the store or the person
    store_failed = Signal(str)

    def __init__(
        self,
        backend: Backend,
        settings: LocalSettings,
        settings_path: Path | None,  # None: remember nothing (the start-up probe)
        qsettings: QSettings,
        database: str | None = None,  # --database: this run only, not remembered
        acting_email: str | None = None,  # --as
    ) -> None:
        super().__init__()
        self.backend = backend
        self.settings = settings
        self._settings_path = settings_path
        self._database = database
        self._acting_email = acting_email
        self._worker: Worker | None = None
        self._notifier: ChangeNotifier | None = None
        self.window = ShellWindow(qsettings, settings.language, settings.theme)
        # Owned by the window, so the worker and the watcher's timer are deleted with it on the GUI
        # thread, never by Python's garbage collector on whichever thread it happens to run.
        self.setParent(self.window)
        self.context: Context | None = None
        self._kept_up: Context | None = None  # the store whose upkeep has been started
        self.session: UiSession | None = None
        self.watcher: ChangeWatcher | None = None
        self.store_dialog: StoreDialog | None = None
        self.person_dialog: PersonDialog | None = None
        self.municipalities: MunicipalitiesView | None = None
        self.reports: ReportWindow | None = None
        self._facts: StoreFacts | None = None
        self.message_box: QMessageBox | None = None
        self.welcome: WelcomePage | None = None

        w = self.window
        w.store_change_requested.connect(lambda: self.ask_for_store())
        w.person_dialog_requested.connect(self.ask_for_person)
        w.person_chosen.connect(self.sign_in)
        w.municipalities_requested.connect(self.show_municipalities)
        w.reports_requested.connect(self.show_reports)
        w.language_chosen.connect(self.choose_language)
        w.theme_chosen.connect(self.choose_theme)
        w.about_requested.connect(self.show_about)
        w.first_painted.connect(self.open_first_store)

    @property
    def worker(self) -> Worker:
        """The one background thread, started after the first paint (ui.worker imports Qt's enums)."""
        if self._worker is None:
            from ui.worker import Worker

            self._worker = Worker(self)
        return self._worker

    @property
    def notifier(self) -> ChangeNotifier:
        if self._notifier is None:
            from ui.session import ChangeNotifier

            self._notifier = ChangeNotifier(self)
        return self._notifier

    def start(self) -> None:
        """Show the window; the store is opened once it has been painted."""
        self.window.show()

    # The store

    def open_first_store(self) -> None:
        if not self.settings.welcomed and self._acting_email is None:
            self.show_welcome()
        else:
            self.open_store_at_start()

    def show_welcome(self) -> None:
        """Once, before anything is asked: what the program is for and who does what."""
        from ui.welcome_page import WelcomePage

        self.welcome = WelcomePage(store_chosen=self.settings.store is not None or self._database is not None)
        self.welcome.started.connect(self.open_store_at_start)
        self.window.show_intro(self.welcome)
        self.welcome.setFocus()
        self.asking.emit()

    def open_store_at_start(self) -> None:
        from ui.store_dialog import Opened, open_choice

        if self._database is not None:
            self._open(lambda: Opened(self.backend.open_store(self._database), StoreChoice(), ""), False)
        elif self.settings.store is None:
            self.ask_for_store()
        else:
            choice = self.settings.store
            self._open(lambda: open_choice(self.backend, choice, "", ""), True)

    def _open(self, operation: Any, remembered: bool) -> None:
        self.window.show_message(self.tr("Opening the database …"))

        def failed(error: Exception) -> None:
            message, details = user_message(error), error_details(error)
            self.window.show_message(message, failed=True, details=details)
            self.store_failed.emit(message)
            if remembered:  # let the user correct the address or type the password
                self.ask_for_store(message, details)

        self.worker.submit(operation, lambda opened: self.use_store(opened, remember=remembered), failed)

    def ask_for_store(self, message: str = "", details: str = "") -> None:
        from ui.store_dialog import StoreDialog

        dialog = StoreDialog(self.backend, self.worker, self.settings.store, message, self.window, details)
        dialog.opened.connect(lambda opened: self.use_store(opened, remember=True))
        dialog.rejected.connect(self._store_dialog_closed)
        self.store_dialog = dialog
        dialog.show()
        self.asking.emit()

    def _store_dialog_closed(self) -> None:
        if self.context is None:
            self.window.show_message(self.tr("No database is open. Choose one in the File menu."))

    def use_store(self, opened: Opened, remember: bool) -> None:
        self._close_store()
        self.window.clear_page()
        self.window.show_message(self.tr("Opening the database …"))
        self.context = opened.context
        if remember:
            self._save(self.settings.with_store(opened.choice))
        if opened.note:
            self.window.statusBar().showMessage(opened.note)
        self._tell_of_upgrade(opened.context)
        from ui.watcher import ChangeWatcher

        self.watcher = ChangeWatcher(opened.context.store.change_token, self.worker, self.notifier, self)
        self.watcher.status.connect(self.window.statusBar().showMessage)
        self.watcher.start()
        email, acting = self._acting_email or self.settings.person_email, self._acting_email
        context = opened.context
        self.worker.submit(
            lambda: read_facts(context, email, acting), self._store_read, self._store_unreadable
        )

    def _tell_of_upgrade(self, context: Context) -> None:
        """Once, right after a newer version upgraded the local file: what happened, and where the copy is."""
        backup = getattr(context.store, "upgrade_backup", None)  # only a SQLite store has one
        if backup is None:
            return
        self._tell(
            self.tr("BUA Booking was updated"),
            self.tr(
                "The database was upgraded to this version of BUA Booking. Nothing was lost: a copy "
                "of the database as it was before is kept for 14 days in\n%1"
            ).replace("%1", str(backup)),
        )

    def _store_read(self, facts: StoreFacts) -> None:
        self._facts = facts
        login = facts.person if facts.by_login else None
        self.window.set_people_menu(facts.people, facts.municipalities, facts.demo, login)
        if facts.person is not None:
            self.sign_in(facts.person)
        else:
            self.window.show_message(self.tr("Choose who you are."))
            self.ask_for_person()

    def _store_unreadable(self, error: Exception) -> None:
        self.window.show_message(user_message(error), failed=True, details=error_details(error))

    def _close_store(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None
        if self.context is not None:
            old = self.context.store
            dispose = getattr(old, "dispose", None)
            if dispose is not None:
                self.worker.submit(dispose, lambda _none: None, lambda _error: None)
        self._close_reports()
        self.context = None
        self.session = None

    # The person

    def ask_for_person(self) -> None:
        if self.context is None or (self._facts is not None and self._facts.by_login):
            return
        from ui.person_dialog import PersonDialog

        dialog = PersonDialog(self.context, self.worker, self.window)
        dialog.chosen.connect(self.sign_in)
        self.person_dialog = dialog
        dialog.show()
        self.asking.emit()

    def sign_in(self, person: Person) -> None:
        if self.context is None:
            return
        from ui.pages import page_for  # the role pages import more than the first paint needs
        from ui.session import UiSession

        self._close_reports()  # they counted as the person before
        self.session = UiSession(self.context, person, self.worker, self.notifier, self.backend.mailer)
        self.window.show_page(person, page_for(self.session))
        if self.welcome is not None:  # said once; it has done its work
            self.welcome.deleteLater()
            self.welcome = None
        self._save(replace(self.settings, person_email=person.email, welcomed=True))
        self._keep_up(self.context)
        self.signed_in.emit(self.session)

    def _keep_up(self, context: Context) -> None:
        """The store's upkeep, once per opened store, queued behind the page's first read."""
        if self.backend.upkeep is None or self._kept_up is context:
            return
        self._kept_up = context
        upkeep = self.backend.upkeep
        self.worker.submit(lambda: upkeep(context), lambda _none: None, self._upkeep_failed)

    def _upkeep_failed(self, error: Exception) -> None:
        """The page stays: what was read is still right; the status bar says what could not be done."""
        self.window.statusBar().showMessage(user_message(error))

    # Menus

    def show_municipalities(self) -> None:
        if self.context is None:
            return
        from ui.municipalities_view import MunicipalitiesView, load_municipalities
        from ui.session import CONTACTS, PEOPLE

        if self.municipalities is None:
            view = MunicipalitiesView(lambda: load_municipalities(self._reader()), self.worker, self.window)
            self.notifier.changed.connect(
                lambda topics: view.reload() if topics & {CONTACTS, PEOPLE} else None
            )
            self.municipalities = view
        self.municipalities.show()
        self.municipalities.raise_()
        self.municipalities.reload()

    def show_reports(self) -> None:
        """The reports window, reading as the signed-in person (the service decides what they count)."""
        if self.session is None:
            return
        if self.reports is None:
            from ui.reports.report_window import ReportWindow

            self.reports = ReportWindow(self.session, self.window)
        self.reports.show()
        self.reports.raise_()

    def _close_reports(self) -> None:
        if self.reports is not None:
            self.reports.close()
            self.reports.deleteLater()
            self.reports = None

    def _reader(self) -> Context | None:
        """The context views read through: the signed-in person's, else the store's own."""
        return self.session.context if self.session is not None else self.context

    def choose_language(self, language: str) -> None:
        if language == self.settings.language:
            return
        self._save(replace(self.settings, language=language))
        # said in the language just chosen, which is not loaded yet, so not through tr()
        self._tell("BUA Booking", RESTART_NOTE[language])

    def choose_theme(self, theme: str) -> None:
        apply_theme(theme)
        self._save(replace(self.settings, theme=theme))

    def show_about(self) -> None:
        where = self.context.store.describe() if self.context else self.tr("no database open")
        lines = [
            self.tr("Advisory sessions between BUA and the municipalities of Region Midtjylland."),
            self.tr("Database: %1").replace("%1", where),
        ]
        if self.session is not None:
            me = self.session.me
            lines.append(self.tr("Signed in as: %1").replace("%1", f"{me.name} <{me.email}>"))
        self._tell(self.tr("About BUA Booking"), "\n\n".join(lines))

    def _tell(self, title: str, text: str) -> None:
        """A message box that does not block the event loop (the worker's results keep arriving)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        from PySide6.QtCore import Qt

        box.setTextFormat(Qt.TextFormat.PlainText)  # "Name <address>" is not a tag
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def _save(self, settings: LocalSettings) -> None:
        self.settings = settings
        if self._settings_path is not None:
            save_settings(settings, self._settings_path)
