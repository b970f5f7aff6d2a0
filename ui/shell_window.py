"""The main window: menus, the signed-in person's page, and a status line. Nothing else: where the data
lives is said in Hjælp › Om, and "Skift person" is there only on a demo store, to try each role.

It knows nothing about stores or services: the shell (ui/shell.py) decides what to show and listens
to the requests this window raises from its menus. The window is cheap to build, so it is painted
before SQLAlchemy is even imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, QTimer, Signal, SignalInstance
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from ui.settings import DANISH, ENGLISH

if TYPE_CHECKING:  # after the first paint: the domain model, and Qt classes whose enums are costly
    from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent

    from app.domain.model import Municipality, Person
    from ui.error_details import ErrorDetails

GEOMETRY_KEY = "shell/geometry"
DEFAULT_SIZE = QSize(1100, 720)
WINDOW_FRAME = 40  # the title bar and frame the window system adds around the window's content
ERROR_STYLE = "color: #b3261e;"
APP_TITLE = "BUA Booking"


class ShellWindow(QMainWindow):
    first_painted = Signal()
    store_change_requested = Signal()
    person_dialog_requested = Signal()
    person_chosen = Signal(object)  # a Person from the demo menu
    municipalities_requested = Signal()
    reports_requested = Signal()
    language_chosen = Signal(str)
    theme_chosen = Signal(str)
    about_requested = Signal()

    first_paint_hook: Callable[[], None] | None = None  # the start-up probe's stopwatch

    def __init__(self, settings: QSettings, language: str = DANISH, theme: str = "system") -> None:
        super().__init__()
        self._settings = settings
        self._painted = False
        self.setWindowTitle(APP_TITLE)

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.page: QWidget | None = None
        self.message: QLabel | None = None  # made on first use: Qt's enums cost start-up time
        self.message_details: ErrorDetails | None = None  # "Vis detaljer" under a failure
        self._message_page: QWidget | None = None
        self._opening = self.tr("Opening the database …")
        self.statusBar().showMessage(self._opening)  # until the centred message exists
        self._build_menus(language, theme)
        geometry = self._settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(self._default_size())

    def _default_size(self) -> QSize:
        """DEFAULT_SIZE where the screen has room; on a laptop whose taskbar leaves less, what it leaves."""
        screen = self.screen()
        if screen is None:
            return DEFAULT_SIZE
        room = screen.availableGeometry().size() - QSize(0, WINDOW_FRAME)
        return DEFAULT_SIZE.boundedTo(room)

    def _build_menus(self, language: str, theme: str) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.change_store_action = file_menu.addAction(self.tr("Change &database …"))
        self.change_store_action.triggered.connect(self.store_change_requested)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"))
        self.quit_action.triggered.connect(self.close)  # its shortcut comes after the first paint

        self.person_menu = bar.addMenu(self.tr("Change &person"))
        self._people_by_action: dict[QAction, Person] = {}
        self.person_menu.triggered.connect(self._person_triggered)  # submenus' actions arrive here too
        self.set_people_menu((), (), demo=False)

        view_menu = bar.addMenu(self.tr("&View"))
        self.municipalities_action = view_menu.addAction(self.tr("&Municipalities and contact persons"))
        self.municipalities_action.triggered.connect(self.municipalities_requested)
        self.municipalities_action.setEnabled(False)
        self.reports_action = view_menu.addAction(self.tr("&Reports …"))
        self.reports_action.triggered.connect(self.reports_requested)
        self.reports_action.setEnabled(False)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions = self._choices(
            language_menu, [(DANISH, "Dansk"), (ENGLISH, "English")], language, self.language_chosen
        )
        theme_menu = view_menu.addMenu(self.tr("&Appearance"))
        themes = [
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ]
        self.theme_actions = self._choices(theme_menu, themes, theme, self.theme_chosen)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About BUA Booking"))
        about.triggered.connect(self.about_requested)

    def _choices(
        self, menu: QMenu, choices: Sequence[tuple[str, str]], current: str, signal: SignalInstance
    ) -> dict[str, QAction]:
        group = QActionGroup(self)
        actions = {}
        for key, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            group.addAction(action)
            actions[key] = action
        # one slot per group taking the action, not a lambda per action taking `checked`
        group.triggered.connect(lambda action: signal.emit(action.data()))
        return actions

    def set_people_menu(
        self,
        people: Sequence[Person],
        municipalities: Sequence[Municipality],
        demo: bool,
        login: Person | None = None,
    ) -> None:
        """Only on a demo store: "Choose or create …" and every person, by role, to try each page. On a
        real store you are who you signed in as (on a shared server, the login), so there is no menu."""
        menu = self.person_menu
        menu.clear()
        self._people_by_action = {}
        menu.menuAction().setVisible(demo and login is None)
        if not demo or login is not None:
            return
        menu.addAction(self.tr("Choose or create a person …")).triggered.connect(self.person_dialog_requested)
        from app.domain.model import Role
        from ui.words import role_name

        names = {m.code: m.name for m in municipalities}
        for role in (Role.ADMINISTRATOR, Role.ADVISOR):
            menu.addSection(role_name(role))
            for person in sorted((p for p in people if p.role is role), key=lambda p: p.name):
                self._person_action(menu, person, person.name)
        menu.addSection(role_name(Role.MUNICIPAL_STAFF))
        staff = [p for p in people if p.role is Role.MUNICIPAL_STAFF]
        for code in sorted({p.municipality_code or "" for p in staff}, key=lambda c: names.get(c, c)):
            submenu = menu.addMenu(names.get(code, code))
            for person in sorted((p for p in staff if p.municipality_code == code), key=lambda p: p.name):
                self._person_action(submenu, person, person.name)

    def _person_action(self, menu: QMenu, person: Person, text: str) -> None:
        action = menu.addAction(text)
        action.setToolTip(person.email)
        self._people_by_action[action] = person

    def _person_triggered(self, action: QAction) -> None:
        person = self._people_by_action.get(action)
        if person is not None:
            self.person_chosen.emit(person)

    def show_message(self, text: str, failed: bool = False, details: str = "") -> None:
        """Instead of a page: while opening, or when nobody is signed in; `details` behind a button."""
        if self.statusBar().currentMessage() == self._opening:
            self.statusBar().clearMessage()
        if self._message_page is None:
            self._message_page = self._build_message_page()
        assert self.message is not None and self.message_details is not None
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if failed else "")
        self.message_details.set_details(details)
        self.pages.setCurrentWidget(self._message_page)

    def _build_message_page(self) -> QWidget:
        from PySide6.QtCore import Qt  # the Qt namespace alone takes 25-50 ms to import
        from PySide6.QtWidgets import QVBoxLayout

        from ui.error_details import ErrorDetails

        page = QWidget()
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = ErrorDetails(centred=True)
        details.setFixedWidth(600)  # wide enough for a driver's line, centred under the message
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(details, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.pages.addWidget(page)
        self.message, self.message_details = label, details
        return page

    def show_intro(self, page: QWidget) -> None:
        """A page shown before anyone is signed in (the first start's welcome): nothing is opening yet."""
        if self.statusBar().currentMessage() == self._opening:
            self.statusBar().clearMessage()
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def clear_page(self) -> None:
        """The person's page goes with their store: nothing may keep reading an old one."""
        if self.page is not None:
            self.pages.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.setWindowTitle(APP_TITLE)

    def show_page(self, person: Person, page: QWidget) -> None:
        self.clear_page()
        self.page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        # the person's name only: never anything from a case
        self.setWindowTitle(f"{APP_TITLE} – {person.name}")
        self.municipalities_action.setEnabled(True)
        from app.domain.model import Role

        # BUA and the municipality's contact; other staff are told why not when they open it
        self.reports_action.setEnabled(person.role is not Role.GP)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self.first_paint_hook is not None:
                self.first_paint_hook()
            # after this paint reached the screen; the window as context cancels it if the window goes first
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        # the first shortcut builds Qt's key enums, about 40 ms: not on the way to the first paint
        from PySide6.QtGui import QKeySequence

        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
