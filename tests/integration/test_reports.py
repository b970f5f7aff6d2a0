"""The status report on both engines, against figures counted by hand from known bookings
(tests/integration/report_world.py): every figure, zero rows, the period's edges at Copenhagen
midnight, a change to summer time inside the period, and who may see which counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy.engine import make_url

from app.domain.model import ContactKind, NewPerson, Role
from app.domain.report import GroupBy, Report
from app.errors import InvalidInput, RuleRefused
from app.services import summaries
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.people import add_person
from app.services.reports import figures_report, implementation_overview
from app.services.rules import booking_rules
from db.server import add_login
from db.store import SqlStore
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of
from tests.integration.report_world import (
    AARHUS,
    FIRST_DAY,
    LAST_DAY,
    NOTHING,
    RANDERS,
    REPORT_DAY,
    ReportWorld,
    build,
)

NO_SUMMARIES = {"summaries_on_time": None, "summaries_late": None, "summaries_missing": None}


@pytest.fixture
def world(ctx: Context, clock: FixedClock) -> ReportWorld:
    return build(ctx, clock)


def by_key(report: Report) -> dict[str, dict[str, int | float | None]]:
    return {row.key: row.figures.as_dict() for row in report.rows}


def total(*rows: Mapping[str, float | None]) -> dict[str, int | float | None]:
    summed: dict[str, int | float | None] = {k: sum(r[k] or 0 for r in rows) for k in rows[0]}
    offered = summed["offered"] or 0
    summed["utilisation"] = round((summed["held"] or 0) / offered, 4) if offered else 0.0
    return summed


def test_every_figure_per_municipality_with_zero_rows(ctx: Context, world: ReportWorld) -> None:
    report = figures_report(ctx, FIRST_DAY, LAST_DAY)

    rows = by_key(report)
    assert len(rows) == 19  # every municipality appears
    assert rows.pop("730") == RANDERS
    assert rows.pop("751") == AARHUS
    assert all(figures == NOTHING for figures in rows.values()), rows
    assert report.totals.as_dict() == total(RANDERS, AARHUS)
    assert [r.label for r in report.rows][:2] == ["Aarhus", "Favrskov"]  # by name


def test_months_are_copenhagen_months_across_midnight_and_summer_time(
    ctx: Context, world: ReportWorld
) -> None:
    # 1 March 00:00 is 28 February in UTC, 1 April 00:00 is 31 March in UTC (summer time).
    report = figures_report(ctx, date(2027, 2, 1), date(2027, 4, 30), GroupBy.MONTH)

    offered = {row.key: row.figures.offered for row in report.rows}
    assert offered == {"2027-02": 1, "2027-03": 11, "2027-04": 1}
    assert [row.label for row in report.rows] == ["februar 2027", "marts 2027", "april 2027"]
    march = figures_report(ctx, FIRST_DAY, LAST_DAY)
    assert report.rows[1].figures == march.totals


def test_one_day_periods_end_at_copenhagen_midnight(ctx: Context, world: ReportWorld) -> None:
    def offered(day: date) -> int:
        return figures_report(ctx, day, day).totals.offered

    assert offered(date(2027, 2, 28)) == 1  # 23:30, not 1 March
    assert offered(date(2027, 3, 1)) == 1  # 00:00
    assert offered(date(2027, 3, 31)) == 2  # 09:00 and 23:30, in summer time
    assert offered(date(2027, 4, 1)) == 1  # 00:00, 22:00 UTC the day before


def test_by_cluster_advisor_and_type(ctx: Context, world: ReportWorld) -> None:
    clusters = by_key(figures_report(ctx, FIRST_DAY, LAST_DAY, GroupBy.CLUSTER))
    assert len(clusters) == 5
    assert clusters.pop("Randersklyngen") == RANDERS
    assert clusters.pop("Aarhusklyngen") == AARHUS
    assert all(figures == NOTHING for figures in clusters.values())

    advisors = figures_report(ctx, FIRST_DAY, LAST_DAY, GroupBy.ADVISOR)
    assert [(r.label, r.figures.as_dict()) for r in advisors.rows] == [
        ("Bo Berg", AARHUS),
        ("Ulla Bak", RANDERS),
    ]

    types = by_key(figures_report(ctx, FIRST_DAY, LAST_DAY, GroupBy.TYPE))
    assert types["teaching"]["offered"] == 1 and types["teaching"]["teaching_participants"] == 1
    assert types["teaching"]["waitlist_demand"] == 1 and types["teaching"]["held"] == 1
    assert types["sparring"]["offered"] == 10 and types["sparring"]["held"] == 2
    assert types["supervision"] == NOTHING


def test_an_advisor_counts_the_sessions_they_serve(ctx: Context, world: ReportWorld) -> None:
    rows = by_key(figures_report(replace(ctx, actor=actor_of(world.bo)), FIRST_DAY, LAST_DAY))

    assert len(rows) == 19
    assert rows["751"] == AARHUS
    assert rows["730"] == NOTHING  # Ulla's sessions


def test_a_deputy_counts_the_days_they_deputise(ctx: Context, world: ReportWorld) -> None:
    assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, world.bo.email, date(2027, 3, 1))
    rows = by_key(figures_report(replace(ctx, actor=actor_of(world.bo)), FIRST_DAY, LAST_DAY))

    assert rows["730"] == RANDERS


def test_municipal_staff_see_only_their_municipality(ctx: Context, world: ReportWorld) -> None:
    assign_contact(ctx, ADMIN, "730", ContactKind.MUNICIPAL_CONTACT, world.pia.email, date(2027, 1, 1))
    as_pia = replace(ctx, actor=actor_of(world.pia))

    report = figures_report(as_pia, FIRST_DAY, LAST_DAY)

    assert by_key(report) == {"730": RANDERS | NO_SUMMARIES}  # summaries are the booker's own
    assert report.totals.as_dict() == RANDERS | NO_SUMMARIES
    with pytest.raises(RuleRefused, match="egen kommune"):
        figures_report(as_pia, FIRST_DAY, LAST_DAY, municipality_code="751")
    as_ole = replace(ctx, actor=actor_of(world.ole))  # an employee, not the contact
    assert figures_report(as_ole, FIRST_DAY, LAST_DAY) == report  # colleagues' bookings counted, not named
    with pytest.raises(RuleRefused, match="egen kommune"):
        figures_report(as_ole, FIRST_DAY, LAST_DAY, municipality_code="751")


def test_an_administrator_gets_counts_but_no_summary_figures(ctx: Context, world: ReportWorld) -> None:
    admin = add_person(ctx, ADMIN, NewPerson("lene@bua.example", "Lene Kjær", Role.ADMINISTRATOR))
    rows = by_key(figures_report(replace(ctx, actor=actor_of(admin)), FIRST_DAY, LAST_DAY))

    assert rows["730"] == RANDERS | NO_SUMMARIES
    assert rows["751"] == AARHUS | NO_SUMMARIES


def test_a_period_that_ends_before_it_begins_is_refused(ctx: Context) -> None:
    with pytest.raises(InvalidInput, match="ligger efter"):
        figures_report(ctx, LAST_DAY, FIRST_DAY)


def test_implementation_overview(ctx: Context, clock: FixedClock, world: ReportWorld) -> None:
    assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, world.ulla.email, date(2027, 1, 4))
    assign_contact(ctx, ADMIN, "730", ContactKind.MUNICIPAL_CONTACT, world.pia.email, date(2027, 2, 1))
    assign_contact(ctx, ADMIN, "751", ContactKind.BUA_DEPUTY, world.ulla.email, date(2027, 3, 1))

    clock.day = date(2027, 3, 20)  # the Wednesday series runs to 31 March; Aarhus' ended on 18 March
    rows = {r.key: r for r in implementation_overview(ctx, FIRST_DAY, LAST_DAY).rows}
    clock.day = date(2027, 4, 20)
    after = {r.key: r for r in implementation_overview(ctx, FIRST_DAY, LAST_DAY).rows}

    assert len(rows) == 19
    randers, aarhus = rows["730"], rows["751"]
    assert (randers.bua_contact_since, randers.bua_deputy_since) == (date(2027, 1, 4), None)
    assert randers.municipal_contact_since == date(2027, 2, 1)
    assert randers.series_running and not aarhus.series_running
    assert (aarhus.bua_contact_since, aarhus.bua_deputy_since) == (None, date(2027, 3, 1))
    assert (randers.first_held, randers.last_held) == (date(2027, 3, 3), date(2027, 3, 16))
    assert (aarhus.first_held, aarhus.last_held) == (date(2027, 3, 4), date(2027, 3, 4))
    assert not after["730"].series_running
    assert rows["710"].first_held is None and not rows["710"].series_running


def test_logged_in_on_a_server_each_reader_counts_what_row_level_security_shows(
    ctx: Context, world: ReportWorld, store_url: str
) -> None:
    """As their own database logins, the policies hide the bookings the filters above leave out: the
    counts come out the same, read through the policies and not around them."""
    if not store_url.startswith("postgresql"):
        pytest.skip("row-level security is the shared server's")
    # The server's policies ask whether Pia is the contact on the server's own today.
    assign_contact(ctx, ADMIN, "730", ContactKind.MUNICIPAL_CONTACT, world.pia.email, date(2026, 1, 1))
    admin = add_person(ctx, ADMIN, NewPerson("lene@bua.example", "Lene Kjær", Role.ADMINISTRATOR))
    database = make_url(store_url).database
    for person in (world.bo, world.pia, world.ole, admin):
        login = f"{database}_{person.email.split('@')[0]}"
        add_login(ctx.store.engine, person.email, login, None)  # type: ignore[attr-defined]
        store = SqlStore.open(make_url(store_url).set(username=login).render_as_string(hide_password=False))
        try:
            as_login = Context(store, ctx.clock, actor_of(person))
            seen = figures_report(as_login, FIRST_DAY, LAST_DAY)
            expected = figures_report(replace(ctx, actor=actor_of(person)), FIRST_DAY, LAST_DAY)
        finally:
            store.dispose()
        assert seen == expected, person.email
        if person.role is Role.MUNICIPAL_STAFF:  # colleagues' bookings too, through the server's function
            assert by_key(seen) == {"730": RANDERS | NO_SUMMARIES}, person.email
    assert by_key(seen)["730"] == RANDERS | NO_SUMMARIES  # the administrator, last


def test_a_summary_purged_after_the_session_still_counts_by_when_it_was_sent(
    ctx: Context, clock: FixedClock, world: ReportWorld
) -> None:
    """The retention purge deletes the text, not the figure: the tombstone keeps when it was sent."""
    deadline_figures = ("summaries_on_time", "summaries_late", "summaries_missing")
    before = by_key(figures_report(ctx, FIRST_DAY, LAST_DAY))
    with ctx.store.read() as uow:
        retention = booking_rules(uow).summary_retention_days
    clock.day = REPORT_DAY + timedelta(days=retention + 1)

    assert summaries.purge_expired(ctx, ADMIN).booking_ids  # every March summary's text is gone

    after = by_key(figures_report(ctx, FIRST_DAY, LAST_DAY))
    for code in ("730", "751"):
        assert {k: after[code][k] for k in deadline_figures} == {k: before[code][k] for k in deadline_figures}
    assert (
        before["730"]["summaries_on_time"] and before["730"]["summaries_late"]
    )  # there is something to keep
