"""The screenshots of the windows around the pages: the first start (welcome, store and person
dialogs, the main window, the municipalities, the dark look) and the reports window with its PDF.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QImage
from screenshot_demo import TODAY, Demo, Shots

from app.domain.model import Role
from app.services.clock import FixedClock
from app.services.context import Context
from app.services.people import list_people
from cli.gui import keyring_secrets
from cli.wiring import start
from ui.backend import Backend
from ui.i18n import apply_theme
from ui.reports.report_window import ReportWindow
from ui.settings import LocalSettings
from ui.shell import Shell
from ui.staff.staff_page import StaffPage


def shell(shots: Shots, demo: Demo, scratch: Path) -> None:
    """A first start on the demo store: scratch settings, the welcome, the real dialogs, the role's page."""

    def open_demo(database: str | None) -> Context:
        return start(demo.url if database is None else database, FixedClock(TODAY))

    backend = Backend(open_demo, keyring_secrets)
    qsettings = QSettings(str(scratch / "qt.ini"), QSettings.Format.IniFormat)
    app_shell = Shell(backend, LocalSettings(), scratch / "settings.json", qsettings)
    app_shell.window.resize(1100, 720)
    app_shell.start()
    shots.wait_for(lambda: app_shell.welcome is not None and app_shell.welcome.isVisible())
    assert app_shell.welcome is not None
    shots.save(app_shell.window, "first-run-welcome.png")  # what a new user sees first
    app_shell.welcome.start_button.click()
    shots.wait_for(lambda: app_shell.store_dialog is not None and app_shell.store_dialog.isVisible())
    dialog = app_shell.store_dialog
    assert dialog is not None
    shots.save(dialog, "shell-store-dialog.png")
    # Signing in to the region's shared server, filled in as a user would
    dialog.server_button.setChecked(True)
    dialog.host.setText("bua-booking.rm.dk")
    dialog.user.setText("pia.holm")
    dialog.password.setText("hemmeligt")
    shots.save(dialog, "shared-store-sign-in.png")
    # A server that does not answer
    dialog.port.setValue(1)
    dialog.user.setText("pia")
    dialog.host.setText("127.0.0.1")
    dialog.password.clear()
    dialog.submit()
    shots.wait_for(lambda: dialog.open_button.isEnabled() and bool(dialog.status.text().strip()))
    shots.save(dialog, "shell-store-dialog-error.png")

    # The local store: who are you?
    dialog.local_button.setChecked(True)
    dialog.submit()
    shots.wait_for(
        lambda: app_shell.person_dialog is not None and app_shell.person_dialog.create_button.isEnabled()
    )
    people = app_shell.person_dialog
    assert people is not None
    shots.save(people, "shell-person-dialog.png")
    people.pick_selected()
    shots.wait_for(lambda: app_shell.session is not None)
    loaded = getattr(app_shell.window.page, "loaded", None)  # the role's page reads on the worker
    if loaded is not None:
        done: list[bool] = []
        loaded.connect(lambda: done.append(True))
        shots.wait_for(lambda: bool(done))
    shots.save(app_shell.window, "shell-main-window.png")
    # The same window maximised on a 1366x768 laptop, whose taskbar leaves about 720 px for it
    assert isinstance(app_shell.window.page, StaffPage)
    app_shell.window.resize(1366, 720)
    shots.settle()
    shots.save(app_shell.window, "staff-page-1366x768.png")
    app_shell.window.resize(1100, 720)

    app_shell.show_municipalities()
    view = app_shell.municipalities
    assert view is not None
    shots.wait_for(lambda: view.proxy.rowCount() == 19)
    shots.save(view, "shell-municipalities.png")

    menu = app_shell.window.person_menu  # the demo's "Skift person", opened
    menu.popup(app_shell.window.mapToGlobal(app_shell.window.rect().topLeft()))
    shots.save(menu, "shell-person-menu.png")
    menu.hide()

    # The dark look (Vis > Udseende > Mørkt) changes the whole app's palette, so it comes last
    apply_theme("dark")
    app_shell.ask_for_store()
    assert app_shell.store_dialog is not None
    shots.save(app_shell.store_dialog, "shell-store-dialog-dark.png")
    app_shell.store_dialog.reject()
    app_shell.worker.wait()


def reports(shots: Shots, demo: Demo, scratch: Path) -> None:
    """The reports window at 1366x720 for the administrator, and the PDF it saves, read back as pictures."""
    administrator = list_people(demo.ctx, Role.ADMINISTRATOR)[0]
    target = scratch / "statusrapport.pdf"
    window = ReportWindow(shots.session(demo.ctx, administrator), choose_file=lambda *_args: str(target))
    window.resize(1366, 720)
    window.show()
    window.from_edit.setDate(QDate(2026, 11, 1))  # the demo's months: some held, the rest ahead
    window.to_edit.setDate(QDate(2027, 4, 30))
    window.reload()
    shots.wait_for(lambda: window.data is not None and window.data.report.first_day == date(2026, 11, 1))
    shots.settle()
    shots.save(window, "report-window.png")
    window.pdf_button.click()
    import pypdfium2  # a test tool: PySide6-Essentials has no QtPdf to read the PDF back with

    document = pypdfium2.PdfDocument(str(target))
    for page, name in ((0, "report-pdf.png"), (1, "report-pdf-charts.png")):
        bitmap = document[page].render(scale=1.4)  # as PDFium draws the file, 1.4 x 72 dpi
        picture = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888
        )
        picture.save(str(shots.out / name))
        print(shots.out / name, flush=True)
    document.close()
    window.close()
