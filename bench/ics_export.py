"""Benchmark: exporting a year of calendar files for all 19 municipalities (one PUBLISH file per series
and one invite or cancellation per booking) against icalendar's own serialisation of the same events.

    python bench/ics_export.py [--repeat 9]

The demo store is built with the app's own code (`fill_demo`, one year) on a temporary SQLite file under
a fixed clock, and its read models are loaded once. Then, per pass:
- ours: from read models to bytes, as `app.services.invites` does after its read (build the calendar
  with app/domain/invites.py, serialise it); the property caches are emptied before every pass, so
  each pass starts cold;
- icalendar: `Calendar.to_ical()` of the same calendars, built beforehand and not timed.
Both must give identical bytes, or the script aborts. Also timed: the whole service call per file,
store read included. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date

from benchkit import FixedClock, make_schema, sqlite_database
from icalendar import Calendar

from app.domain import invites
from app.domain.booking import Booking, BookingState
from app.domain.invites import Meeting, Party
from app.domain.model import Actor, BookingFilter, Series, Slot, SlotFilter
from app.services import invites as invite_service
from app.services.context import Context
from app.services.demo import fill_demo
from db.store import SqlStore

TODAY = date(2027, 1, 4)
TARGET = 1.3

Build = Callable[[], Calendar]


def load(ctx: Context) -> tuple[list[Build], int, int]:
    """One builder per file, over read models loaded once; and the counts of series and bookings."""
    stamp = ctx.clock.now()
    with ctx.store.read() as uow:
        names = {m.code: m.name for m in uow.municipalities.list()}
        people = {p.id: Party(p.name, p.email) for p in uow.people.list()}
        all_series = uow.series.list()
        slots_by_series: dict[int, list[Slot]] = {s.id: [] for s in all_series}
        slot_by_id: dict[int, Slot] = {}
        for slot in uow.slots.list(SlotFilter()):
            slots_by_series[slot.series_id].append(slot)
            slot_by_id[slot.id] = slot
        bookings = [b for b in uow.bookings.list(BookingFilter()) if b.state is not BookingState.WAITLISTED]

    def series_file(series: Series) -> Build:
        meeting = Meeting(
            series.session_type,
            names[series.municipality_code],
            people[series.advisor_id],
            series.video_url,
        )
        slots = slots_by_series[series.id]
        return lambda: invites.series_calendar(series, slots, meeting, stamp)

    def invite_file(booking: Booking) -> Build:
        slot = slot_by_id[booking.slot_id or 0]
        meeting = Meeting(
            slot.session_type, names[slot.municipality_code], people[slot.advisor_id], slot.video_url
        )
        return lambda: invites.booking_invite(booking, meeting, stamp)

    builders = [series_file(s) for s in all_series]
    builders += [invite_file(b) for b in bookings if b.slot_id in slot_by_id]
    return builders, len(all_series), len(builders) - len(all_series)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=9, help="timed passes (default 9)")
    args = parser.parse_args()
    with sqlite_database() as (url, _raw):
        store = SqlStore.open(url)
        try:
            started = time.perf_counter()
            make_schema(store.engine)
            ctx = Context(store, FixedClock(TODAY))
            fill_demo(ctx, Actor.system("bench"), years=1, seed=1)
            print(f"built a 1-year demo store in {time.perf_counter() - started:.1f} s")
            builders, series_count, booking_count = load(ctx)
            run(builders, series_count, booking_count, args.repeat)
            service_pass(ctx)
        finally:
            store.dispose()


def run(builders: list[Build], series_count: int, booking_count: int, repeat: int) -> None:
    calendars = [build() for build in builders]
    expected = [c.to_ical() for c in calendars]
    invites.clear_caches()
    if [invites.to_bytes(build()) for build in builders] != expected:
        sys.exit("our export and icalendar's serialisation of the same calendars differ")
    size = sum(len(e) for e in expected)
    print(
        f"{len(builders)} files: {series_count} series (PUBLISH), {booking_count} bookings "
        f"(REQUEST/CANCEL), {size / 1e6:.1f} MB"
    )
    ours_s: list[float] = []
    theirs_s: list[float] = []
    for _ in range(repeat):  # interleaved: drift hits both alike
        invites.clear_caches()
        t0 = time.perf_counter()
        for build in builders:
            invites.to_bytes(build())
        t1 = time.perf_counter()
        for calendar in calendars:
            calendar.to_ical()
        t2 = time.perf_counter()
        ours_s.append(t1 - t0)
        theirs_s.append(t2 - t1)
    ours, theirs = statistics.median(ours_s), statistics.median(theirs_s)
    ratio = ours / theirs
    print(
        f"median of {repeat} passes: our export {ours * 1000:.0f} ms "
        f"({ours / len(builders) * 1e6:.0f} µs/file), icalendar to_ical() of the built calendars "
        f"{theirs * 1000:.0f} ms; ratio {ratio:.2f}x (target: ≤ {TARGET:.1f}x) "
        f"{'OK' if ratio <= TARGET else 'OVER'}"
    )


def service_pass(ctx: Context) -> None:
    """The whole service call per file (its own read unit of work), for one advisor's year."""
    with ctx.store.read() as uow:
        series = uow.series.list()
        bookings = [b for b in uow.bookings.list(BookingFilter()) if b.state is not BookingState.WAITLISTED]
    t0 = time.perf_counter()
    for s in series:
        invite_service.series_calendar(ctx, s.id)
    t1 = time.perf_counter()
    for b in bookings:
        invite_service.booking_invite(ctx, b.id)
    t2 = time.perf_counter()
    print(
        f"through the services (one read unit of work per file, SQLite): "
        f"{(t1 - t0) / len(series) * 1000:.2f} ms per series file, "
        f"{(t2 - t1) / len(bookings) * 1000:.2f} ms per invite"
    )


if __name__ == "__main__":
    main()
