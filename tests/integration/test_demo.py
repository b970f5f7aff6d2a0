from collections import Counter
from datetime import date
from zoneinfo import ZoneInfo

from app.domain.booking import OCCUPYING_STATES, BookingState
from app.domain.model import BookingFilter, Role
from app.domain.time import local_midnight
from app.services import people, series, slots
from app.services.context import Context
from app.services.demo import fill_demo, has_demo_data
from app.services.reference import municipality_overview
from app.services.summaries import statuses_in
from tests.integration.helpers import ADMIN

CPH = ZoneInfo("Europe/Copenhagen")


def test_demo_fills_every_municipality_and_refuses_a_second_time(ctx: Context) -> None:
    assert not has_demo_data(ctx)
    summary = fill_demo(ctx, ADMIN, years=1, seed=7)
    assert has_demo_data(ctx)
    assert "serier" in summary
    overview = municipality_overview(ctx)
    assert all(o.advisor and o.deputy and o.municipal_contact for o in overview)
    assert {s.municipality_code for s in series.list_series(ctx)} == {o.municipality.code for o in overview}
    assert len(people.list_people(ctx, Role.ADVISOR)) == 6
    assert len(slots.list_slots(ctx)) > 19 * 40
    try:
        fill_demo(ctx, ADMIN, years=1, seed=7)
    except Exception as error:
        assert "tom database" in str(error)
    else:
        raise AssertionError("a second demo fill must be refused")


def test_the_demo_history_has_outcomes_and_summaries_on_time_late_and_missing(ctx: Context) -> None:
    """A report on the demo must have something to say: every kind of past session is there."""
    ctx.clock.day = date(2027, 1, 29)  # type: ignore[attr-defined]  # four weeks of history
    fill_demo(ctx, ADMIN, years=1, seed=7)
    today = ctx.clock.today()
    with ctx.store.read() as uow:
        past = [
            b
            for b in uow.bookings.list(BookingFilter(starts_before=local_midnight(today)))
            if b.session_type is not None and b.session_type.is_one_to_one
        ]
        statuses = statuses_in(uow, [b for b in past if b.state in OCCUPYING_STATES], today)
        sent = {b.id: uow.summaries.get(b.id) for b in past}
    states = Counter(b.state for b in past)
    assert states[BookingState.HELD] > 10 and states[BookingState.NO_SHOW] > 0
    assert states[BookingState.BOOKED] > 0  # over, and the outcome not recorded yet
    on_time = late = missing = 0
    for booking_id, status in statuses.items():
        summary = sent[booking_id]
        if summary is None:
            missing += 1
        elif summary.updated_at.astimezone(CPH).date() > status.deadline:
            late += 1
        else:
            on_time += 1
    assert on_time > late > 0 and missing > 0
