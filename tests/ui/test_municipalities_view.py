"""The municipalities window through pytest-qt: it loads on the worker and survives a failure."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.domain.model import ContactKind
from app.errors import StoreUnavailable
from app.services import contacts
from app.services.context import Context
from app.services.reference import municipality_overview
from cli.gui import open_store
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member
from ui.municipalities_view import MunicipalitiesData, MunicipalitiesView, load_municipalities
from ui.worker import Worker

UNREACHABLE = "Databasen kan ikke nås (server postgresql://bua@vpn-db/bua): timeout"


def open_window(qtbot: QtBot, load: Callable[[], MunicipalitiesData], worker: Worker) -> MunicipalitiesView:
    window = MunicipalitiesView(load, worker)
    qtbot.addWidget(window)
    window.show()
    window.reload()
    return window


def visible_names(window: MunicipalitiesView) -> list[str]:
    return [window.proxy.index(row, 1).data() for row in range(window.proxy.rowCount())]


def test_window_shows_the_19_municipalities_read_off_the_gui_thread(
    qtbot: QtBot, ctx: Context, worker: Worker
) -> None:
    threads: list[threading.Thread] = []

    def load() -> MunicipalitiesData:
        threads.append(threading.current_thread())
        return MunicipalitiesData(municipality_overview(ctx))

    window = open_window(qtbot, load, worker)
    assert window.windowTitle() == "Municipalities and contact persons"  # no translation loaded
    assert window.status_label.text() == window.opening_text()  # shown before the store answers

    with qtbot.waitSignal(window.loaded, timeout=10_000):
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert window.proxy.rowCount() == 19
    assert "Randers" in visible_names(window)
    assert visible_names(window) == sorted(visible_names(window))
    assert window.status_label.text() == "" and not window.status_label.isVisible()  # no path: Hjælp › Om
    assert window.count_label.text() == "19 municipalities in 5 cluster(s)"  # Danish in test_translations
    assert not window.retry_button.isVisible()


def test_real_loader_opens_and_upgrades_the_store(qtbot: QtBot, store_url: str, worker: Worker) -> None:
    window = open_window(qtbot, lambda: load_municipalities(open_store(store_url)), worker)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 19, timeout=20_000)
    assert "Randers" in visible_names(window)


def test_sorting_by_cluster(qtbot: QtBot, ctx: Context, worker: Worker) -> None:
    window = open_window(qtbot, lambda: MunicipalitiesData(municipality_overview(ctx)), worker)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 19, timeout=10_000)
    header = window.table.horizontalHeader()
    cluster_header = QPoint(header.sectionViewportPosition(2) + 5, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=cluster_header)
    clusters = [window.proxy.index(row, 2).data() for row in range(19)]
    assert header.sortIndicatorSection() == 2
    assert clusters == sorted(clusters)


def test_unreachable_store_is_one_line_in_the_window_and_retry_recovers(
    qtbot: QtBot, ctx: Context, worker: Worker
) -> None:
    attempts: list[int] = []

    def load() -> MunicipalitiesData:
        attempts.append(1)
        if len(attempts) == 1:
            raise StoreUnavailable(UNREACHABLE)
        return MunicipalitiesData(municipality_overview(ctx))

    window = open_window(qtbot, load, worker)
    with qtbot.waitSignal(window.load_failed, timeout=10_000) as failed:
        pass
    assert failed.args == [UNREACHABLE]
    assert window.status_label.text() == UNREACHABLE
    assert window.isVisible() and window.retry_button.isVisible()
    assert window.proxy.rowCount() == 0

    with qtbot.waitSignal(window.loaded, timeout=10_000):
        QTest.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert window.proxy.rowCount() == 19 and not window.retry_button.isVisible()


def test_unexpected_error_is_shown_as_one_line(qtbot: QtBot, worker: Worker) -> None:
    def load() -> MunicipalitiesData:
        raise RuntimeError("boom\nsecond line")

    window = open_window(qtbot, load, worker)
    with qtbot.waitSignal(window.load_failed, timeout=10_000):
        pass
    assert window.status_label.text() == "Uventet fejl (RuntimeError): boom"
    assert window.isVisible()


def test_an_employee_sees_the_contact_persons_of_their_own_municipality_only(
    qtbot: QtBot, ctx: Context, worker: Worker
) -> None:
    advisor = add_advisor(ctx)
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, advisor.email)
    contacts.assign_contact(ctx, ADMIN, "751", ContactKind.BUA_ADVISOR, advisor.email)
    pia = add_member(ctx, "pia@randers.example")
    as_pia = replace(ctx, actor=actor_of(pia))
    window = open_window(qtbot, lambda: MunicipalitiesData(municipality_overview(as_pia)), worker)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 19, timeout=10_000)
    advisors = {window.proxy.index(row, 1).data(): window.proxy.index(row, 3).data() for row in range(19)}
    assert advisors["Randers"] == "Ulla Bak"
    assert advisors["Aarhus"] == ""  # not shown to her, and not "–", which would say nobody is appointed
    assert advisors["Samsø"] == ""
    assert window.count_label.text().endswith("Contact persons are shown for your own municipality only.")
