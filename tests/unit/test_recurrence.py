"""Recurrence rules and materialisation, without a database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import AnnualClosure, ClosureCalendar, ClosureDate, SkipKind
from app.domain.materialise import plan_materialisation
from app.domain.model import Series
from app.domain.recurrence import RecurrenceRule, SessionType, parse_weekday
from app.errors import InvalidInput

CPH = ZoneInfo("Europe/Copenhagen")


def make_series(rule: RecurrenceRule) -> Series:
    return Series(1, "730", 7, "a@bua.example", SessionType.SPARRING, 1, None, rule, date(2040, 1, 1))


def test_instants_keep_the_wall_clock_across_daylight_saving() -> None:
    rule = RecurrenceRule(
        weekday=3, start_time=time(9), starts_on=date(2027, 3, 1), ends_on=date(2027, 5, 31)
    )
    winter, summer = rule.instants(date(2027, 3, 18)), rule.instants(date(2027, 4, 1))
    assert winter[0] == datetime(2027, 3, 18, 8, 0, tzinfo=UTC)  # CET, UTC+1
    assert summer[0] == datetime(2027, 4, 1, 7, 0, tzinfo=UTC)  # CEST, UTC+2
    assert summer[1] - summer[0] == timedelta(minutes=45)


def test_count_counts_occurrences_and_last_date_agrees() -> None:
    rule = RecurrenceRule(weekday=0, start_time=time(10), starts_on=date(2027, 1, 6), every_weeks=2, count=3)
    assert list(rule.dates()) == [date(2027, 1, 11), date(2027, 1, 25), date(2027, 2, 8)]
    assert rule.last_date() == date(2027, 2, 8)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"ends_on": None, "count": None}, "slutdato eller et antal"),
        ({"weekday": 5}, "hverdag"),
        ({"every_weeks": 0}, "Intervallet"),
        ({"start_time": time(23, 30)}, "Starttidspunktet"),
        ({"ends_on": date(2026, 1, 1)}, "før startdatoen"),
    ],
)
def test_invalid_rules_are_refused_in_danish(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {
        "weekday": 1,
        "start_time": time(9),
        "starts_on": date(2027, 1, 1),
        "ends_on": date(2027, 6, 1),
    }
    fields.update(changes)
    with pytest.raises(InvalidInput, match=message):
        RecurrenceRule(**fields)  # type: ignore[arg-type]


def test_weekday_codes() -> None:
    assert parse_weekday("thu") == 3
    with pytest.raises(InvalidInput):
        parse_weekday("sat")


rules = st.builds(
    RecurrenceRule,
    weekday=st.integers(0, 4),
    start_time=st.times(time(6), time(19)).map(lambda t: t.replace(second=0, microsecond=0)),
    starts_on=st.dates(date(2024, 1, 1), date(2035, 12, 31)),
    every_weeks=st.integers(1, 8),
    count=st.integers(1, 120),
    duration_minutes=st.integers(15, 120),
)
closure_days = st.lists(st.dates(date(2024, 1, 1), date(2045, 12, 31)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(rule=rules, extra_closures=closure_days, grundlovsdag=st.booleans())
def test_materialised_slots_follow_the_rule(
    rule: RecurrenceRule, extra_closures: list[date], grundlovsdag: bool
) -> None:
    calendar = ClosureCalendar(
        annual=[
            AnnualClosure(6, 5, "Grundlovsdag", grundlovsdag),
            AnnualClosure(12, 24, "Juleaftensdag"),
        ],
        dates=[ClosureDate(d, "Personaledag") for d in extra_closures],
    )
    last = rule.last_date()
    assert last is not None
    plan = plan_materialisation(make_series(rule), calendar, rule.starts_on, last, [], [])

    for slot in plan.create:
        local = slot.starts_at.astimezone(CPH)
        assert local.weekday() == rule.weekday
        assert local.time() == rule.start_time
        assert local.date() == slot.occurrence_date
        assert slot.ends_at - slot.starts_at == rule.duration
        assert calendar.closed_reason(slot.occurrence_date) is None
    for skip in plan.upsert_skips:
        reason = calendar.closed_reason(skip.occurrence_date)
        assert reason is not None and (skip.kind, skip.reason) == (reason.kind, reason.text)
        assert skip.kind in (SkipKind.HOLIDAY, SkipKind.CLOSURE)
    # Slots plus skipped dates are exactly the rule's occurrences, each once.
    accounted = sorted(
        [s.occurrence_date for s in plan.create] + [s.occurrence_date for s in plan.upsert_skips]
    )
    assert accounted == list(rule.dates())
    assert len(accounted) == rule.count
