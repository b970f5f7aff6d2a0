"""The administrator's page driven through its widgets on a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.model import Actor, ContactKind, NewPerson, Profession, Role
from app.errors import RuleRefused
from app.services import contacts
from app.services.closures import add_closure_date, list_closures
from app.services.context import Context
from app.services.people import add_person, list_people
from app.services.rules import get_rules, set_rule
from app.services.slots import list_slots
from tests.integration.helpers import add_advisor, add_staff, book_as, weekly_series
from tests.ui.admin_helpers import SYSTEM, add_admin, column, open_page, qdate
from ui.admin.admin_page import AdminPage
from ui.admin.closures_tab import CLOSURE_COLUMNS
from ui.admin.contacts_tab import MUNICIPALITY_COLUMNS, history_columns
from ui.admin.people_tab import PEOPLE_COLUMNS, PeopleFilter
from ui.rows_model import RowsModel
from ui.session import PEOPLE, RULES
from ui.worker import Worker


def select_municipality(qtbot: QtBot, page: AdminPage, name: str) -> None:
    tab = page.contacts
    row = column(tab.municipalities, 1).index(name)
    tab.table.selectRow(row)
    qtbot.waitUntil(lambda: tab.history.rowCount() > 0 or tab.heading.text().endswith(name))


@pytest.fixture
def kept() -> Iterator[list[object]]:
    """Holds checked models until qtmodeltester has disconnected from them (asked for first)."""
    yield []


def test_every_admin_model_passes_the_model_tester(
    kept: list[object], qtbot: QtBot, qtmodeltester: ModelTester, sqlite_ctx: Context, worker: Worker
) -> None:
    add_staff(sqlite_ctx, "pia@randers.example")
    add_closure_date(sqlite_ctx, SYSTEM, date(2027, 3, 12), "Personaledag")
    page = open_page(qtbot, sqlite_ctx, worker)
    select_municipality(qtbot, page, "Randers")
    assert page.contacts.municipalities.rowCount() == 19
    for columns, rows in (
        (MUNICIPALITY_COLUMNS, page.contacts.municipalities.rows()),
        (history_columns(date(2027, 1, 4)), page.contacts.history.rows()),
        (PEOPLE_COLUMNS, page.people.people.rows()),
        (CLOSURE_COLUMNS, page.closures.dates.rows()),
    ):
        model = RowsModel(columns)
        kept.append(model)
        qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]
        model.set_rows(rows)  # the tester watches the reset too
        qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]
    proxy = PeopleFilter()
    people = RowsModel(PEOPLE_COLUMNS)
    people.set_rows(page.people.people.rows())
    proxy.setSourceModel(people)
    kept.extend([people, proxy])
    qtmodeltester.check(proxy, force_py=True)  # type: ignore[no-untyped-call]
    proxy.set_filter(Role.MUNICIPAL_STAFF, "730", "pia")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy, force_py=True)  # type: ignore[no-untyped-call]


def test_assigning_a_new_advisor_ends_the_old_one_in_the_history(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    first = add_advisor(sqlite_ctx, "anna@bua.example", "Anna Berg")
    add_advisor(sqlite_ctx, "bo@bua.example", "Bo Dam")
    contacts.assign_contact(sqlite_ctx, SYSTEM, "730", ContactKind.BUA_ADVISOR, first.email, date(2026, 1, 1))
    page = open_page(qtbot, sqlite_ctx, worker)
    tab = page.contacts
    select_municipality(qtbot, page, "Randers")
    qtbot.waitUntil(lambda: tab.history.rowCount() == 1)

    tab.kind_box.setCurrentIndex(tab.kind_box.findData(ContactKind.BUA_ADVISOR))
    QTest.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)  # nobody chosen yet
    assert tab.message.is_error and tab.message.text() == "Choose the person to assign."
    tab.person_box.setCurrentIndex(tab.person_box.findData("bo@bua.example"))
    tab.from_date.setDate(qdate(date(2027, 2, 1)))
    QTest.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: tab.history.rowCount() == 2, timeout=10_000)
    rows = [[tab.history.index(r, c).data() for c in range(5)] for r in range(2)]
    assert rows == [  # source strings: no translator is installed in these tests
        ["BUA contact person", "Bo Dam", "01/02/2027", "", "Upcoming"],
        ["BUA contact person", "Anna Berg", "01/01/2026", "31/01/2027", "In force"],
    ]
    assert not tab.message.is_error and "Bo Dam" in tab.message.text()
    # Today (4 January 2027) Anna is still the one in force; the table says so.
    randers = column(tab.municipalities, 1).index("Randers")
    assert tab.municipalities.index(randers, 3).data() == "Anna Berg"


def test_the_person_list_offers_only_people_who_fit_the_contact(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    add_advisor(sqlite_ctx, "anna@bua.example", "Anna Berg")
    add_staff(sqlite_ctx, "pia@randers.example", "730")
    add_staff(sqlite_ctx, "ole@aarhus.example", "751")
    page = open_page(qtbot, sqlite_ctx, worker)
    tab = page.contacts
    select_municipality(qtbot, page, "Randers")

    def offered() -> list[str]:
        return [tab.person_box.itemData(i) for i in range(tab.person_box.count())]

    tab.kind_box.setCurrentIndex(tab.kind_box.findData(ContactKind.BUA_DEPUTY))
    assert offered() == [None, "anna@bua.example"]
    tab.kind_box.setCurrentIndex(tab.kind_box.findData(ContactKind.MUNICIPAL_CONTACT))
    assert offered() == [None, "pia@randers.example"]


def fill_person_form(page: AdminPage, qtbot: QtBot, name: str, email: str, municipality: str | None) -> None:
    form = page.people.form
    QTest.keyClicks(form.name_edit, name)
    QTest.keyClicks(form.email_edit, email)
    form.role_box.setCurrentIndex(form.role_box.findData(Role.MUNICIPAL_STAFF))
    form.municipality_box.setCurrentIndex(form.municipality_box.findData(municipality))
    form.profession_box.setCurrentIndex(form.profession_box.findData(Profession.SOCIAL_WORKER))


def test_an_added_person_is_in_the_register_and_found_by_name(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, worker)
    tab = page.people
    fill_person_form(page, qtbot, "Karen Vestergaard", "karen@randers.example", "730")
    QTest.mouseClick(tab.form.add_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "karen@randers.example" in column(tab.proxy, 1), timeout=10_000)
    assert tab.form.name_edit.text() == "" and not tab.form.message.is_error
    added = next(p for p in list_people(sqlite_ctx) if p.email == "karen@randers.example")
    assert (added.municipality_code, added.profession) == ("730", Profession.SOCIAL_WORKER)

    add_advisor(sqlite_ctx, "karl@bua.example", "Karl Bak")
    tab.session.notifier.announce([PEOPLE])  # another window added Karl
    qtbot.waitUntil(lambda: "karl@bua.example" in column(tab.proxy, 1), timeout=10_000)

    QTest.keyClicks(tab.search, "vester")
    assert column(tab.proxy, 0) == ["Karen Vestergaard"]
    tab.search.clear()
    tab.role_filter.setCurrentIndex(tab.role_filter.findData(Role.ADVISOR))
    assert column(tab.proxy, 0) == ["Karl Bak"]
    tab.role_filter.setCurrentIndex(0)
    tab.municipality_filter.setCurrentIndex(tab.municipality_filter.findData("730"))
    assert column(tab.proxy, 0) == ["Karen Vestergaard"]


def test_a_refused_person_shows_one_line_and_keeps_what_was_typed(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    add_staff(sqlite_ctx, "pia@randers.example")
    page = open_page(qtbot, sqlite_ctx, worker)
    form = page.people.form

    fill_person_form(page, qtbot, "Pia Holm", "PIA@randers.example", "730")
    QTest.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.message.is_error, timeout=10_000)
    assert form.message.text() == "Der findes allerede en person med e-mail pia@randers.example."
    assert (form.name_edit.text(), form.email_edit.text()) == ("Pia Holm", "PIA@randers.example")

    form.email_edit.setText("pia.holm@randers.example")
    form.municipality_box.setCurrentIndex(form.municipality_box.findData(None))
    QTest.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kommune" in form.message.text(), timeout=10_000)
    assert form.message.text() == "En kommunal medarbejder skal have både kommune og faggruppe."
    assert "\n" not in form.message.text()
    assert form.name_edit.text() == "Pia Holm"
    assert form.profession_box.currentData() == Profession.SOCIAL_WORKER
    assert [p.email for p in list_people(sqlite_ctx, role=Role.MUNICIPAL_STAFF)] == ["pia@randers.example"]


def test_a_closure_day_is_added_and_removed(qtbot: QtBot, sqlite_ctx: Context, worker: Worker) -> None:
    page = open_page(qtbot, sqlite_ctx, worker)
    tab = page.closures
    tab.day_edit.setDate(qdate(date(2027, 3, 12)))
    QTest.keyClicks(tab.reason_edit, "Personaledag")
    QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dates.rowCount() == 1, timeout=10_000)
    assert [tab.dates.index(0, c).data() for c in range(3)] == ["12/03/2027", "Friday", "Personaledag"]
    assert [c.day for c in list_closures(sqlite_ctx).dates] == [date(2027, 3, 12)]

    tab.table.selectRow(0)
    QTest.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dates.rowCount() == 0, timeout=10_000)
    assert list_closures(sqlite_ctx).dates == []


def test_a_closure_day_without_reason_is_refused_in_one_line(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, worker)
    tab = page.closures
    QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.is_error, timeout=10_000)
    assert tab.message.text() == "Angiv en begrundelse for lukkedagen."
    assert list_closures(sqlite_ctx).dates == []


def test_an_annual_closure_is_switched_off(qtbot: QtBot, sqlite_ctx: Context, worker: Worker) -> None:
    page = open_page(qtbot, sqlite_ctx, worker)
    switch = page.closures.switches[(12, 24)]
    assert switch.isChecked()
    switch.setFocus()
    QTest.keyClick(switch, Qt.Key.Key_Space)  # from the keyboard

    def christmas_eve_enabled() -> bool:
        return next(a for a in list_closures(sqlite_ctx).annual if (a.month, a.day) == (12, 24)).enabled

    qtbot.waitUntil(lambda: not christmas_eve_enabled(), timeout=10_000)
    qtbot.waitUntil(lambda: "Juleaftensdag" in page.closures.message.text(), timeout=10_000)
    assert not switch.isChecked() and page.closures.switches[(6, 5)].isChecked()


def test_changed_rules_are_saved_and_enforced(qtbot: QtBot, sqlite_ctx: Context, worker: Worker) -> None:
    page = open_page(qtbot, sqlite_ctx, worker)
    tab = page.rules
    assert tab.horizon.value() == 8
    tab.horizon.setValue(10)
    tab.max_bookings.setValue(3)
    QTest.keyClicks(tab.quota_edit, "Randers=4, 751=6")
    tab.profession_boxes[Profession.OTHER].setChecked(True)
    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: get_rules(sqlite_ctx).horizon_weeks == 10, timeout=10_000)
    qtbot.waitUntil(lambda: tab.save_button.isEnabled(), timeout=10_000)
    rules = get_rules(sqlite_ctx)
    assert rules.max_future_bookings == 3
    assert rules.monthly_quota == {"730": 4, "751": 6}
    assert Profession.OTHER in rules.eligible_professions
    assert tab.quota_edit.text() == "Randers=4, Aarhus=6"
    assert not tab.message.is_error


def test_a_shorter_horizon_saved_in_the_form_refuses_a_booking_beyond_it(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor = add_advisor(sqlite_ctx)
    staff = add_staff(sqlite_ctx, "pia@randers.example")
    weekly_series(sqlite_ctx, advisor, 3, time(9), date(2027, 1, 7), date(2027, 3, 25))  # Thursdays
    slots = {s.occurrence_date: s.id for s in list_slots(sqlite_ctx, "730")}
    page = open_page(qtbot, sqlite_ctx, worker)
    page.rules.horizon.setValue(2)
    QTest.mouseClick(page.rules.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_rules(sqlite_ctx).horizon_weeks == 2, timeout=10_000)

    with pytest.raises(RuleRefused, match=r"først bookes fra 2027-01-21 \(2 uger før\)"):
        book_as(sqlite_ctx, staff, slots[date(2027, 2, 4)])  # a month ahead: not open yet
    assert book_as(sqlite_ctx, staff, slots[date(2027, 1, 14)]).slot_id == slots[date(2027, 1, 14)]


def test_rules_changed_elsewhere_do_not_overwrite_what_is_being_typed(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    admin = add_admin(sqlite_ctx)
    page = open_page(qtbot, sqlite_ctx, worker, me=admin)
    tab = page.rules
    tab.lead.setValue(5)  # being typed, not saved
    set_rule(sqlite_ctx, Actor(admin.id, admin.email), "horizon_weeks", "6")  # another window saves
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.session.notifier.announce([RULES])
    assert tab.lead.value() == 5 and tab.horizon.value() == 8
    assert tab.message.is_error  # says the rules changed elsewhere


def test_impossible_rules_are_refused_in_one_line_and_nothing_is_saved(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, worker)
    tab = page.rules
    tab.horizon.setValue(12)
    QTest.keyClicks(tab.quota_edit, "Atlantis=4")
    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.is_error and "Atlantis" in tab.message.text()

    tab.quota_edit.clear()
    for box in tab.profession_boxes.values():
        box.setChecked(False)
    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.is_error
    assert tab.horizon.value() == 12  # what was typed stays
    assert get_rules(sqlite_ctx).horizon_weeks == 8


def test_only_an_administrator_changes_the_rules(qtbot: QtBot, sqlite_ctx: Context, worker: Worker) -> None:
    advisor = add_advisor(sqlite_ctx)
    page = open_page(qtbot, sqlite_ctx, worker, me=advisor)
    tab = page.rules
    tab.horizon.setValue(12)
    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.is_error, timeout=10_000)
    assert tab.message.text() == "Kun en BUA-administrator kan ændre reglerne."
    assert tab.horizon.value() == 12
    assert get_rules(sqlite_ctx).horizon_weeks == 8


def test_people_added_elsewhere_appear_when_announced(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    admin = add_admin(sqlite_ctx)
    page = open_page(qtbot, sqlite_ctx, worker, me=admin)
    add_person(sqlite_ctx, SYSTEM, NewPerson("gp@klinik.example", "Jens Lund", Role.GP, clinic="Lægehuset"))
    assert "gp@klinik.example" not in column(page.people.proxy, 1)
    page.people.session.notifier.announce([PEOPLE])
    qtbot.waitUntil(lambda: "gp@klinik.example" in column(page.people.proxy, 1), timeout=10_000)


def test_a_person_is_deactivated_unless_they_are_a_contact_in_force(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker
) -> None:
    anna = add_advisor(sqlite_ctx, "anna@bua.example", "Anna Berg")
    add_staff(sqlite_ctx, "pia@randers.example")
    contacts.assign_contact(sqlite_ctx, SYSTEM, "730", ContactKind.BUA_ADVISOR, anna.email, date(2026, 1, 1))
    page = open_page(qtbot, sqlite_ctx, worker)
    tab = page.people

    def status_of(email: str) -> str:
        return column(tab.proxy, 3)[column(tab.proxy, 1).index(email)]

    tab.table.selectRow(column(tab.proxy, 1).index("anna@bua.example"))
    QTest.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.is_error, timeout=10_000)
    assert tab.message.text() == "Anna Berg er kontaktperson for Randers: tildel en anden først."
    assert status_of("anna@bua.example") == "Active"

    tab.table.selectRow(column(tab.proxy, 1).index("pia@randers.example"))
    QTest.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status_of("pia@randers.example") == "Inactive", timeout=10_000)
    assert tab.active_button.text() == "Reactivate"  # the person stays selected after the reload
    pia = tab.proxy.index(column(tab.proxy, 1).index("pia@randers.example"), 0)
    anna_row = tab.proxy.index(column(tab.proxy, 1).index("anna@bua.example"), 0)
    assert pia.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out
    assert anna_row.data(Qt.ItemDataRole.ForegroundRole) is None
    assert [p.active for p in list_people(sqlite_ctx, role=Role.MUNICIPAL_STAFF)] == [False]
