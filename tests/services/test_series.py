"""Recurring series on a real store (SQLite file and PostgreSQL)."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from app.domain.booking import BookingState
from app.domain.calendar import SkipKind
from app.domain.model import SlotStatus
from app.errors import InvalidInput, RuleRefused
from app.services import closures, occurrences, series, series_rules, slots
from app.services.context import Context
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, add_advisor, add_staff, book_as, get_booking, weekly_series

CPH = ZoneInfo("Europe/Copenhagen")


def test_randers_thursday_series_skips_easter_and_ascension_and_keeps_0900(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    result = weekly_series(ctx, advisor, 3, time(9), date(2027, 3, 1), date(2027, 5, 31))

    found = slots.list_slots(ctx, municipality_code="730")
    days = [s.starts_at.astimezone(CPH).date() for s in found]
    assert date(2027, 3, 25) not in days  # skærtorsdag
    assert date(2027, 5, 6) not in days  # Kristi himmelfartsdag
    assert len(found) == 13 - 2
    assert all(s.starts_at.astimezone(CPH).time() == time(9) for s in found)
    offsets = {s.starts_at.astimezone(CPH).utcoffset() for s in found}
    assert len(offsets) == 2  # both sides of the change to summer time on 28 March
    assert all(s.ends_at - s.starts_at == (found[0].ends_at - found[0].starts_at) for s in found)
    assert found[0].status is SlotStatus.OPEN and found[0].advisor_email == advisor.email

    skipped = slots.list_skipped(ctx, municipality_code="730")
    assert [(s.occurrence_date, s.kind, s.reason) for s in skipped] == [
        (date(2027, 3, 25), SkipKind.HOLIDAY, "Skærtorsdag"),
        (date(2027, 5, 6), SkipKind.HOLIDAY, "Kristi himmelfartsdag"),
    ]
    assert result.created == 11


def test_cancelled_occurrence_is_skipped_with_reason_and_can_be_restored(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    created = weekly_series(ctx, advisor, 1, time(13), date(2027, 1, 5), date(2027, 2, 23))
    series_id = created.series.id

    occurrences.cancel_occurrence(ctx, ADMIN, series_id, date(2027, 1, 19), "Kursus")
    assert date(2027, 1, 19) not in _days(ctx)
    skipped = slots.list_skipped(ctx)
    assert [(s.occurrence_date, s.kind, s.reason) for s in skipped] == [
        (date(2027, 1, 19), SkipKind.CANCELLED, "Aflyst: Kursus")
    ]
    with pytest.raises(RuleRefused):
        occurrences.cancel_occurrence(ctx, ADMIN, series_id, date(2027, 1, 19), "Igen")

    restored = occurrences.restore_occurrence(ctx, ADMIN, series_id, date(2027, 1, 19))
    assert restored.starts_at.astimezone(CPH).time() == time(13)
    assert date(2027, 1, 19) in _days(ctx) and slots.list_skipped(ctx) == []


def test_a_holiday_can_be_restored_on_purpose(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    created = weekly_series(ctx, advisor, 3, time(9), date(2027, 3, 1), date(2027, 5, 31))
    occurrences.restore_occurrence(ctx, ADMIN, created.series.id, date(2027, 3, 25))
    assert date(2027, 3, 25) in _days(ctx)
    assert [s.occurrence_date for s in slots.list_skipped(ctx)] == [date(2027, 5, 6)]


def test_moving_one_occurrence_leaves_the_others(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 0, time(10), date(2027, 1, 11), date(2027, 2, 1))
    first = slots.list_slots(ctx)[0]
    moved = occurrences.move_occurrence(ctx, ADMIN, first.id, date(2027, 1, 13), time(14, 30))
    assert moved.moved and moved.id == first.id
    assert moved.starts_at.astimezone(CPH).strftime("%Y-%m-%d %H:%M") == "2027-01-13 14:30"
    assert [s.starts_at.astimezone(CPH).strftime("%a %H:%M") for s in slots.list_slots(ctx)] == [
        "Wed 14:30",
        "Mon 10:00",
        "Mon 10:00",
        "Mon 10:00",
    ]
    with pytest.raises(RuleRefused, match="lukket"):
        occurrences.move_occurrence(ctx, ADMIN, first.id, date(2027, 3, 25), time(10))


@pytest.mark.parametrize(
    ("day", "at", "error", "words"),
    [
        (date(2027, 1, 13), time(5, 30), InvalidInput, "mellem kl. 06.00 og 20.00"),
        (date(2027, 1, 13), time(23, 30), InvalidInput, "mellem kl. 06.00 og 20.00"),
        (date(2027, 1, 4), time(9), RuleRefused, "gået"),  # today, before the clock's noon
        (date(2026, 12, 30), time(10), RuleRefused, "gået"),
    ],
)
def test_a_moved_occurrence_keeps_working_hours_and_the_future(
    ctx: Context, day: date, at: time, error: type[Exception], words: str
) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 0, time(10), date(2027, 1, 11), date(2027, 2, 1))
    first = slots.list_slots(ctx)[0]
    with pytest.raises(error, match=words):
        occurrences.move_occurrence(ctx, ADMIN, first.id, day, at)
    assert slots.list_slots(ctx)[0] == first  # nothing moved


def test_a_started_occurrence_cannot_be_moved(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 0, time(10), date(2027, 1, 4), date(2027, 1, 25))
    started = slots.list_slots(ctx)[0]  # today 10:00; the clock says noon
    with pytest.raises(RuleRefused, match="begyndt"):
        occurrences.move_occurrence(ctx, ADMIN, started.id, date(2027, 1, 6), time(10))


def test_a_series_on_top_of_the_advisors_own_is_refused(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 0, time(10), date(2027, 1, 11), date(2027, 3, 1))
    before = slots.list_slots(ctx)
    with pytest.raises(RuleRefused, match=r"allerede en tid 15\.02\.2027 kl\. 10\.00"):
        weekly_series(ctx, advisor, 0, time(10), date(2027, 2, 15), date(2027, 4, 1), municipality="751")
    assert slots.list_slots(ctx) == before
    weekly_series(ctx, advisor, 0, time(11), date(2027, 2, 15), date(2027, 4, 1), municipality="751")
    other = add_advisor(ctx, "bo@bua.example", "Bo Dam")
    theirs = weekly_series(ctx, other, 0, time(10), date(2027, 2, 15), date(2027, 4, 1))  # another may

    # Nor may a series be given to an advisor who holds another session at its times
    before = slots.list_slots(ctx)
    to_ulla = series_rules.SeriesChanges(advisor_email=advisor.email)
    with pytest.raises(RuleRefused, match=r"Ulla Bak har allerede en tid 01\.03\.2027 kl\. 10\.00"):
        series.edit_series(ctx, ADMIN, theirs.series.id, date(2027, 3, 1), to_ulla)
    assert slots.list_slots(ctx) == before


def test_editing_from_a_date_regenerates_open_slots_and_never_touches_a_booked_one(
    ctx: Context,
) -> None:
    advisor = add_advisor(ctx)
    created = weekly_series(ctx, advisor, 0, time(10), date(2027, 1, 4), date(2027, 3, 29))
    before = slots.list_slots(ctx)
    booked = next(s for s in before if s.occurrence_date == date(2027, 2, 15))
    book_as(ctx, add_staff(ctx, "pia@randers.example"), booked.id)

    result = series.edit_series(
        ctx,
        ADMIN,
        created.series.id,
        date(2027, 2, 1),
        series_rules.SeriesChanges(weekday=2, start_time=time(13)),
    )

    after = slots.list_slots(ctx)
    kept = next(s for s in after if s.id == booked.id)
    assert (kept.starts_at, kept.status) == (booked.starts_at, SlotStatus.BOOKED)
    assert kept.booked_count == 1
    assert [s.id for s in result.kept_booked] == [booked.id]
    early = [s for s in after if s.occurrence_date < date(2027, 2, 1)]
    assert {s.id for s in early} == {s.id for s in before if s.occurrence_date < date(2027, 2, 1)}
    assert all(s.starts_at.astimezone(CPH).strftime("%a %H:%M") == "Mon 10:00" for s in early)
    late = [s for s in after if s.occurrence_date >= date(2027, 2, 1) and s.id != booked.id]
    assert late and all(s.starts_at.astimezone(CPH).strftime("%a %H:%M") == "Wed 13:00" for s in late)
    assert result.series.previous_series_id == created.series.id


def test_editing_from_the_start_changes_the_series_in_place(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    created = weekly_series(ctx, advisor, 0, time(10), date(2027, 1, 4), date(2027, 1, 25))
    result = series.edit_series(
        ctx,
        ADMIN,
        created.series.id,
        date(2027, 1, 1),
        series_rules.SeriesChanges(start_time=time(8, 30), duration_minutes=60),
    )
    assert result.series.id == created.series.id
    found = slots.list_slots(ctx)
    assert len(found) == 4
    assert all(s.starts_at.astimezone(CPH).time() == time(8, 30) for s in found)
    assert all((s.ends_at - s.starts_at).seconds == 3600 for s in found)


def test_closure_days_take_slots_away_and_give_them_back(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 4, time(9), date(2027, 5, 1), date(2027, 6, 30))
    assert date(2027, 6, 4) in _days(ctx)

    closures.add_closure_date(ctx, ADMIN, date(2027, 6, 4), "Temadag i BUA")
    assert date(2027, 6, 4) not in _days(ctx)
    assert any(s.reason == "Lukkedag: Temadag i BUA" for s in slots.list_skipped(ctx))

    closures.remove_closure_date(ctx, ADMIN, date(2027, 6, 4))
    assert date(2027, 6, 4) in _days(ctx)
    assert not any("Temadag" in s.reason for s in slots.list_skipped(ctx))


def test_switching_off_an_annual_closure_leaves_the_past_alone(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 4, time(9), date(2026, 5, 1), date(2027, 6, 30))
    assert date(2026, 6, 5) not in _days(ctx)  # grundlovsdag 2026, a Friday before "today"
    assert date(2027, 6, 4) in _days(ctx)
    closures.set_annual_closure(ctx, ADMIN, 6, 5, enabled=False)
    assert date(2026, 6, 5) not in _days(ctx)
    assert date(2026, 6, 5) in [s.occurrence_date for s in slots.list_skipped(ctx)]


def test_switching_an_annual_closure_affects_future_slots(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 4, time(9), date(2027, 12, 1), date(2027, 12, 31))
    assert date(2027, 12, 24) not in _days(ctx)
    closures.set_annual_closure(ctx, ADMIN, 12, 24, enabled=False)
    assert date(2027, 12, 24) in _days(ctx)


def test_slots_are_materialised_over_the_horizon_and_extended_later(ctx: Context, clock: FixedClock) -> None:
    advisor = add_advisor(ctx)
    created = weekly_series(ctx, advisor, 0, time(10), date(2027, 1, 4), date(2029, 12, 31))
    assert created.series.materialised_until == date(2028, 1, 4)
    assert max(_days(ctx)) == date(2028, 1, 3)

    clock.day = date(2027, 3, 1)
    made = series.extend_horizons(ctx, ADMIN)
    assert made == 8  # Mondays 10 January - 28 February 2028
    assert max(_days(ctx)) == date(2028, 2, 28)
    assert series.extend_horizons(ctx, ADMIN) == 0


def test_one_to_one_sessions_have_capacity_one(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    rule = weekly_series(ctx, advisor, 0, time(10), date(2027, 1, 4), date(2027, 1, 25)).series.rule
    with pytest.raises(InvalidInput, match="1:1"):
        series.create_series(ctx, ADMIN, series.SeriesSpec("730", advisor.email, rule, capacity=4))


def _days(ctx: Context) -> list[date]:
    return [s.starts_at.astimezone(CPH).date() for s in slots.list_slots(ctx)]


def test_a_booked_occurrence_is_cancelled_only_with_its_bookings(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    created = weekly_series(ctx, advisor, 0, time(10), date(2027, 1, 4), date(2027, 2, 1))
    slot = next(s for s in slots.list_slots(ctx) if s.occurrence_date == date(2027, 1, 18))
    booking = book_as(ctx, add_staff(ctx, "pia@randers.example"), slot.id)

    with pytest.raises(RuleRefused, match="aflys bookingen først"):
        occurrences.cancel_occurrence(ctx, ADMIN, created.series.id, date(2027, 1, 18), "Kursus")
    assert get_booking(ctx, booking.id).state is BookingState.BOOKED

    done = occurrences.cancel_occurrence(ctx, ADMIN, created.series.id, date(2027, 1, 18), "Kursus", True)

    assert list(done.invites_changed) == [booking.id]
    cancelled = get_booking(ctx, booking.id)
    assert (cancelled.state, cancelled.cancel_reason) == (BookingState.CANCELLED_BY_BUA, "Kursus")
    assert date(2027, 1, 18) not in _days(ctx)
    assert [s.reason for s in slots.list_skipped(ctx)] == ["Aflyst: Kursus"]
