from datetime import date

from app.domain.calendar import ClosureCalendar, ClosureDate, SkipKind, public_holiday_name


def test_danish_public_holidays_2027_by_their_danish_names() -> None:
    assert public_holiday_name(date(2027, 3, 25)) == "Skærtorsdag"
    assert public_holiday_name(date(2027, 5, 6)) == "Kristi himmelfartsdag"
    assert public_holiday_name(date(2027, 5, 17)) == "Anden pinsedag"
    assert public_holiday_name(date(2027, 3, 24)) is None


def test_store_bededag_was_abolished_from_2024() -> None:
    assert public_holiday_name(date(2023, 5, 5)) == "Store bededag"
    assert public_holiday_name(date(2024, 4, 26)) is None


def test_default_closure_days_and_switching_one_off() -> None:
    calendar = ClosureCalendar()
    reason = calendar.closed_reason(date(2027, 6, 5))
    assert reason is not None and reason.kind is SkipKind.CLOSURE
    assert "Grundlovsdag" in reason.text
    assert calendar.closed_reason(date(2027, 12, 24)) is not None
    assert ClosureCalendar(annual=()).closed_reason(date(2027, 6, 5)) is None


def test_a_holiday_wins_over_a_closure_day_on_the_same_date() -> None:
    calendar = ClosureCalendar(dates=[ClosureDate(date(2027, 12, 25), "Personaledag")])
    reason = calendar.closed_reason(date(2027, 12, 25))
    assert reason is not None and reason.kind is SkipKind.HOLIDAY


def test_working_days_skip_weekends_holidays_and_closures() -> None:
    calendar = ClosureCalendar(dates=[ClosureDate(date(2027, 3, 22), "Personaledag")])
    # Tuesday after Easter 2027: Monday is 2. påskedag, then Easter Friday/Thursday, then a closure day.
    assert calendar.working_days_before(date(2027, 3, 30), 1) == date(2027, 3, 24)
    assert calendar.working_days_before(date(2027, 3, 30), 2) == date(2027, 3, 23)
    assert calendar.working_days_before(date(2027, 3, 30), 3) == date(2027, 3, 19)
