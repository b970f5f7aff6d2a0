"""The reports window ("Rapporter") through pytest-qt, in Danish, on the report's known month (March
2027, tests/integration/report_world.py): the counts, the presets, the grouping, numbers sorting as
numbers, "Gem som CSV" giving the command line's bytes, "Gem som PDF" read back, and who sees what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDateEdit
from pytestqt.qtbot import QtBot

from app.domain.model import ContactKind, NewPerson, Person, Role
from app.domain.report import Figures, GroupBy, Report, ReportRow
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.people import add_person
from cli.main import main
from cli.wiring import start
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN
from tests.integration.report_world import GP_NAME, REPORT_DAY, STAFF_NAMES, SUMMARY, ReportWorld, build
from tests.pdf_reader import page_size_mm, page_texts, render_page
from tests.ui.conftest import session_for
from ui.reports.report_model import FiguresModel, TotalsLastProxy
from ui.reports.report_window import ReportWindow
from ui.worker import Worker


@dataclass
class World:
    ctx: Context
    url: str
    people: ReportWorld
    admin: Person


@pytest.fixture
def world(sqlite_ctx: Context, tmp_path: Path) -> World:
    clock = sqlite_ctx.clock
    assert isinstance(clock, FixedClock)
    people = build(sqlite_ctx, clock)  # leaves the clock on 20 April 2027: all of March is over
    assign_contact(
        sqlite_ctx, ADMIN, "730", ContactKind.MUNICIPAL_CONTACT, people.pia.email, date(2026, 1, 1)
    )
    admin = add_person(sqlite_ctx, ADMIN, NewPerson("anne@bua.example", "Anne Admin", Role.ADMINISTRATOR))
    return World(sqlite_ctx, f"sqlite:///{tmp_path / 'ui-store.db'}", people, admin)


@pytest.fixture
def saved_to() -> list[Path]:
    """Where the window's file dialog "chose" to save, in the test's folder, under the name it offered."""
    return []


def open_window(
    qtbot: QtBot, world: World, person: Person, worker: Worker, saved: list[Path]
) -> ReportWindow:
    def choose(_parent: object, _caption: str, suggested: str, _filter: str) -> str:
        saved.append(Path(world.url.removeprefix("sqlite:///")).parent / suggested)
        return str(saved[-1])

    window = ReportWindow(session_for(world.ctx, person, worker), choose_file=choose)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=10_000)
    return window


def type_date(qtbot: QtBot, edit: QDateEdit, text: str) -> None:
    """As a user does: into the field, select all, type the date."""
    edit.window().activateWindow()
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, text)


def choose_march(qtbot: QtBot, window: ReportWindow) -> None:
    """A month typed into the fields, from a period whose last day has 31 days: QDateEdit refuses
    "31" typed into a date in April (an invalid date on the way) and keeps the day it had."""
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        choose(qtbot, window, window.preset, "Sidste år")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        type_date(qtbot, window.from_edit, "01.03.2027")
        type_date(qtbot, window.to_edit, "31.03.2027")
    assert window.period == (date(2027, 3, 1), date(2027, 3, 31))


def choose(qtbot: QtBot, window: ReportWindow, box: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard: focus the box, then the arrow keys until it shows `text`."""
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == text:
            return
        QTest.keyClick(box, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the box")


def table(window: ReportWindow) -> list[list[str]]:
    proxy = window.proxy
    return [
        [proxy.index(row, column).data() for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def row_of(window: ReportWindow, label: str) -> list[str]:
    return next(row for row in table(window) if row[0] == label)


def headers(window: ReportWindow) -> list[str]:
    return [window.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(window.proxy.columnCount())]


def test_the_counts_of_march_presets_and_grouping(
    qtbot: QtBot, world: World, worker: Worker, danish: list[str], saved_to: list[Path]
) -> None:
    window = open_window(qtbot, world, world.admin, worker, saved_to)
    assert window.windowTitle() == "Rapporter"
    # Opens on the last half-year: on 20 April 2027, July to December 2026
    assert window.period == (date(2026, 7, 1), date(2026, 12, 31))
    assert window.preset.currentText() == "Sidste halvår"

    for text, period in (
        ("Sidste år", (date(2026, 1, 1), date(2026, 12, 31))),
        ("I år", (date(2027, 1, 1), REPORT_DAY)),
    ):
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            choose(qtbot, window, window.preset, text)
        assert window.period == period

    choose_march(qtbot, window)
    assert window.preset.currentText() == "Valgt periode"
    assert headers(window)[:4] == ["Kommune", "Tilbudt", "Booket", "Afholdt"]
    assert len(table(window)) == 19 + 1
    # offered, booked, held, no-show, cancelled by BUA and by the municipality, unused, outcome missing
    assert row_of(window, "Randers")[1:10] == ["9", "4", "2", "1", "1", "1", "5", "1", "22,2 %"]
    assert row_of(window, "Aarhus")[1:10] == ["2", "1", "1", "0", "1", "0", "1", "0", "50,0 %"]
    assert table(window)[-1][:4] == ["I alt", "11", "5", "3"]
    # An administrator sees no case summaries, so neither their timing: the columns go, a line says why
    summary_column = headers(window).index("Res. til tiden")
    assert window.table.isColumnHidden(summary_column)
    assert "Sagsresuméernes rettidighed" in window.note.text()

    with qtbot.waitSignal(window.loaded, timeout=10_000):
        choose(qtbot, window, window.group, "Klynge")
    assert headers(window)[0] == "Klynge" and len(table(window)) == 5 + 1
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        choose(qtbot, window, window.group, "Måned")
    assert [row[:4] for row in table(window)] == [["marts 2027", "11", "5", "3"], ["I alt", "11", "5", "3"]]

    window.tabs.setCurrentIndex(1)  # the implementation overview
    overview = window.overview_table.model()
    randers = next(r for r in range(overview.rowCount()) if overview.index(r, 0).data() == "Randers")
    assert overview.index(randers, 6).data() == "03.03.2027"  # the first session held in March
    assert overview.headerData(6, Qt.Orientation.Horizontal) == "Første afholdte møde"


def test_numbers_sort_as_numbers_and_the_totals_stay_last(qtbot: QtBot, danish: list[str]) -> None:
    def row(label: str, offered: int) -> ReportRow:
        return ReportRow(label, label, Figures(offered=offered))

    report = Report(
        date(2027, 3, 1),
        date(2027, 3, 31),
        GroupBy.MUNICIPALITY,
        (row("Lemvig", 9), row("Aarhus", 10), row("Skive", 2)),
        Figures(offered=21),
    )
    from PySide6.QtWidgets import QTableView

    model, proxy, view = FiguresModel(), TotalsLastProxy(), QTableView()
    proxy.setSourceModel(model)
    model.set_report(report)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    header = view.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(1) + header.sectionSize(1) // 2, header.height() // 2)

    def column() -> list[str]:
        return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]

    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    first = column()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    second = column()
    assert sorted([first, second]) == [["10", "9", "2", "21"], ["2", "9", "10", "21"]]  # not "10" < "2"


def test_save_as_csv_gives_the_command_lines_bytes(
    qtbot: QtBot,
    world: World,
    worker: Worker,
    danish: list[str],
    saved_to: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    window = open_window(qtbot, world, world.admin, worker, saved_to)
    choose_march(qtbot, window)
    with qtbot.waitSignal(window.saved, timeout=10_000):
        QTest.mouseClick(window.csv_button, Qt.MouseButton.LeftButton)
    assert saved_to[-1].name == "statusrapport-2027-03-01-2027-03-31.csv"
    assert window.note.text() == f"Gemt i {saved_to[-1]}."

    # The command line on the same store and day, as the same person
    monkeypatch.setattr("cli.commands.start", lambda url, **kw: start(url, FixedClock(REPORT_DAY), **kw))
    command = [
        "--database",
        world.url,
        "--as",
        world.admin.email,
        "report",
        "--from",
        "2027-03-01",
        "--to",
        "2027-03-31",
        "--csv",
    ]
    code = main(command)
    assert code == 0
    assert saved_to[-1].read_bytes() == capsysbinary.readouterr().out

    # The tab shown is the one saved: the Statusoverblik as `report --overview --csv` gives it
    window.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(window.saved, timeout=10_000):
        QTest.mouseClick(window.csv_button, Qt.MouseButton.LeftButton)
    assert saved_to[-1].name == "statusoverblik-2027-03-01-2027-03-31.csv"
    code = main([*command, "--overview"])
    assert code == 0
    assert saved_to[-1].read_bytes() == capsysbinary.readouterr().out


def test_save_as_pdf_reads_back_as_the_window_shows_it(
    qtbot: QtBot, world: World, worker: Worker, danish: list[str], saved_to: list[Path]
) -> None:
    window = open_window(qtbot, world, world.people.ulla, worker, saved_to)
    choose_march(qtbot, window)
    with qtbot.waitSignal(window.saved, timeout=10_000):
        QTest.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)
    pdf = saved_to[-1]
    assert pdf.name == "statusrapport-2027-03-01-2027-03-31.pdf"

    pages = page_texts(pdf)
    text = "\n".join(pages)
    assert "Statusrapport: BUA's rådgivning af kommunerne" in pages[0]
    assert "Periode: 1. marts 2027 til 31. marts 2027" in pages[0] and "Region Midtjylland" in pages[0]
    randers = next(line for line in pages[0].splitlines() if line.startswith("Randers")).split()
    assert randers[1:] == ["9", "4", "2", "1", "5", "1", "22,2", "%"]  # as the window's row
    # Ulla serves Randers: her summaries' timing is counted (on time, late, missing)
    later = next(line for page in pages[1:] for line in page.splitlines() if line.startswith("Randers"))
    assert later.split()[1:6] == ["1", "1", "1", "1", "1"]
    assert all(f"Side {n} af {len(pages)}" in page for n, page in enumerate(pages, 1))
    for name in ("Aarhus", "Randers", "Ringkøbing-Skjern", "Viborg"):  # two tables and the bar chart
        assert text.count(name) >= 3, name
    assert "Tilbudte, bookede og afholdte tider pr. måned" in text and "mar 2027" in text  # the trend
    assert round(page_size_mm(pdf)[0]) == 210 and round(page_size_mm(pdf)[1]) == 297
    for secret in (*STAFF_NAMES, GP_NAME, SUMMARY.problem, SUMMARY.question, world.people.pia.email):
        assert secret not in text

    picture = render_page(pdf, 0)  # looked at as a page, not only as text: ink on white
    picture.save(str(pdf.with_suffix(".png")))
    assert picture.width() < picture.height()  # portrait
    assert picture.pixelColor(5, 5).lightness() == 255
    assert any(
        picture.pixelColor(x, picture.height() // 4).lightness() < 100 for x in range(0, picture.width(), 2)
    )


def test_municipal_staff_see_only_their_own_municipality(
    qtbot: QtBot, world: World, worker: Worker, danish: list[str], saved_to: list[Path]
) -> None:
    window = open_window(qtbot, world, world.people.pia, worker, saved_to)  # Randers' own contact
    choose_march(qtbot, window)
    assert [row[0] for row in table(window)] == ["Randers", "I alt"]
    assert table(window)[0][1:4] == ["9", "4", "2"]
    assert "Du ser kun din egen kommune." in window.note.text()

    other = open_window(qtbot, world, world.people.ole, worker, saved_to)  # an employee, not the contact
    choose_march(qtbot, other)
    assert table(other) == table(window)  # the same counts: their colleagues' bookings, not whose
    assert "Du ser kun din egen kommune." in other.note.text()


def test_the_pdf_is_danish_from_an_english_window(
    qtbot: QtBot, world: World, worker: Worker, saved_to: list[Path]
) -> None:
    window = open_window(qtbot, world, world.admin, worker, saved_to)  # no Danish installed: English
    assert window.windowTitle() == "Reports" and window.pdf_button.text() == "Save as PDF …"
    with qtbot.waitSignal(window.saved, timeout=10_000):
        QTest.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)

    first = page_texts(saved_to[-1])[0]
    assert "Statusrapport" in first and "Periode: 1. juli 2026 til 31. december 2026" in first
    assert "Side 1 af" in first
    assert window.pdf_button.text() == "Save as PDF …"  # the window speaks English still
