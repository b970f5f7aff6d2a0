"""Invites when a session changes hands or link: a session handed to the deputy, or a series given to
another advisor, is the advisor's event cancelled and a new one from the new organizer; a new video
link raises the SEQUENCE of booked sessions only. Read back by every parser (tests/ical_parsers.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.booking import BookingState, GpGuest
from app.domain.ical_lint import lint
from app.domain.model import ContactKind
from app.services import absences, bookings, contacts, invites, series, slots
from app.services.absences import Handling
from app.services.context import Context
from app.services.series_rules import SeriesChanges
from tests.fakes import FixedClock
from tests.ical_parsers import icaljs_module
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member
from tests.integration.invites_world import (
    booking_of,
    epoch_seconds,
    randers_series,
    read_all,
    slot_on,
)


@pytest.fixture(scope="session")
def icaljs() -> Path:
    return icaljs_module()


def test_a_session_handed_to_the_deputy_is_the_advisors_event_cancelled_and_a_new_one_from_the_deputy(
    ctx: Context, clock: FixedClock, icaljs: Path, tmp_path: Path
) -> None:
    """Calendar programs do not reliably take a new ORGANIZER on an event they hold (Outlook may keep
    the old one beside it), so the handover is a CANCEL of the advisor's event and a new event, with a
    new UID, from the deputy; all three parsers read the pair so."""
    randers = randers_series(ctx)
    deputy = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email)
    pia = add_member(ctx, "pia@randers.example")
    clock.day = date(2027, 3, 1)
    gp = GpGuest("Karen Lund", "karen.lund@laege.example")
    booked = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 11)).id, gp)
    assert booked.slot_id is not None

    absences.add_absence(
        ctx,
        actor_of(randers.advisor),
        randers.advisor.email,
        date(2027, 3, 8),
        date(2027, 3, 12),
        "Kursus",
        {booked.slot_id: Handling.DEPUTY},
    )
    handed = booking_of(ctx, booked.id)
    cancel = invites.superseded_cancel_with_facts(ctx, booked.id)
    assert cancel is not None
    after = invites.booking_invite(ctx, booked.id)

    assert handed.state is BookingState.BOOKED and handed.ical_uid != booked.ical_uid
    assert handed.ical_sequence == 0 and handed.superseded is not None
    assert (handed.superseded.uid, handed.superseded.sequence) == (booked.ical_uid, 1)
    for label, data, method, uid, sequence, organizer in (
        ("old", cancel.data, "CANCEL", booked.ical_uid, 1, randers.advisor.email),
        ("new", after, "REQUEST", handed.ical_uid, 0, deputy.email),
    ):
        assert lint(data) == [], label
        for name, parsed in read_all(icaljs, data, tmp_path / f"{label}.ics").items():
            assert parsed.method == method, (label, name)
            (seen,) = parsed.occurrences
            assert (seen.uid, seen.sequence, seen.organizer) == (uid, sequence, organizer), (label, name)
            assert seen.status == ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), (label, name)
            assert seen.start == epoch_seconds(booked.starts_at), (label, name)
    for data in (cancel.data, after):
        unfolded = data.replace(b"\r\n ", b"")
        assert f"mailto:{pia.email}".encode() in unfolded and f"mailto:{gp.email}".encode() in unfolded


def test_a_new_video_link_raises_the_sequence_of_booked_sessions_only(
    ctx: Context, clock: FixedClock
) -> None:
    randers = randers_series(ctx)
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    clock.day = date(2027, 3, 1)
    early = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 11)).id)
    late = bookings.book(ctx, actor_of(jens), slot_on(ctx, date(2027, 4, 8)).id)
    new_link = "https://video.bua.example/730-ny"

    changed = series.edit_series(
        ctx, ADMIN, randers.series_id, date(2027, 4, 1), SeriesChanges(video_url=new_link)
    )

    kept, moved_on = booking_of(ctx, early.id), booking_of(ctx, late.id)
    assert (kept.ical_sequence, moved_on.ical_sequence) == (0, 1)
    assert new_link.encode() in invites.booking_invite(ctx, late.id)
    assert new_link.encode() not in invites.booking_invite(ctx, early.id)
    # The same link again changes nothing a calendar must see.
    series.edit_series(ctx, ADMIN, changed.series.id, date(2027, 4, 1), SeriesChanges(video_url=new_link))
    assert booking_of(ctx, late.id).ical_sequence == 1


def test_a_series_given_to_another_advisor_hands_its_booked_sessions_over_as_a_pair(
    ctx: Context, clock: FixedClock, icaljs: Path, tmp_path: Path
) -> None:
    """From the edit's date the sessions are the new advisor's: a booked one gets the absence's pair
    (CANCEL of the former advisor's event, a new event with a new UID from the new advisor), read so
    by all three parsers; a session before the date keeps its advisor and its event."""
    randers = randers_series(ctx)
    new_advisor = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    clock.day = date(2027, 3, 1)
    early = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 11)).id)
    late = bookings.book(ctx, actor_of(jens), slot_on(ctx, date(2027, 4, 8)).id)

    changed = series.edit_series(
        ctx, ADMIN, randers.series_id, date(2027, 4, 1), SeriesChanges(advisor_email=new_advisor.email)
    )

    assert list(changed.invites_changed) == [late.id]
    kept, handed = booking_of(ctx, early.id), booking_of(ctx, late.id)
    assert (kept.ical_uid, kept.ical_sequence, kept.superseded) == (early.ical_uid, 0, None)
    assert kept.advisor_id == randers.advisor.id and handed.advisor_id == new_advisor.id
    assert handed.ical_uid != late.ical_uid and handed.ical_sequence == 0 and handed.superseded is not None
    open_after = [s for s in slots.list_slots(ctx, municipality_code="730", from_date=date(2027, 4, 1))]
    assert {s.advisor_id for s in open_after} == {new_advisor.id}  # open times too
    cancel = invites.superseded_cancel_with_facts(ctx, late.id)
    assert cancel is not None and invites.superseded_cancel_with_facts(ctx, early.id) is None
    after = invites.booking_invite(ctx, late.id)
    for label, data, method, uid, sequence, organizer in (
        ("old", cancel.data, "CANCEL", late.ical_uid, 1, randers.advisor.email),
        ("new", after, "REQUEST", handed.ical_uid, 0, new_advisor.email),
    ):
        for name, parsed in read_all(icaljs, data, tmp_path / f"{label}.ics").items():
            assert parsed.method == method, (label, name)
            (seen,) = parsed.occurrences
            assert (seen.uid, seen.sequence, seen.organizer) == (uid, sequence, organizer), (label, name)
            assert seen.status == ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), (label, name)
            assert seen.start == epoch_seconds(late.starts_at), (label, name)
