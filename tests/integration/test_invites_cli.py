"""Calendar files from the command line: `export-ics` writes each kind of file, and an unregistered GP
gets their sessions by e-mail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

import cli.main as cli_main
from app.domain.booking import CancelReason, GpGuest
from app.domain.ical_lint import lint
from app.domain.model import NewPerson, Role
from app.errors import InvalidInput, NotFound
from app.services import bookings, invites
from app.services.context import Context
from app.services.people import add_person
from cli.booking_parser import add_booking_commands
from cli.invite_commands import add_invite_commands
from tests.fakes import FixedClock
from tests.ical_parsers import with_recurring_ical_events
from tests.integration.helpers import ADMIN, actor_of, add_member
from tests.integration.invites_world import (
    randers_series,
    slot_on,
    stored_slots,
)

# --- the command line --------------------------------------------------------------------------------


@pytest.fixture
def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Callable[..., int]]:
    """`bua-booking ...`; registers export-ics itself until cli/main.py does."""
    if not hasattr(cli_main, "add_invite_commands"):
        original = add_booking_commands

        def with_invites(sub: object, command: object, group: object) -> None:
            original(sub, command, group)  # type: ignore[arg-type]
            add_invite_commands(sub, command)  # type: ignore[arg-type]

        monkeypatch.setattr("cli.main.add_booking_commands", with_invites)

    def run(*args: str) -> int:
        code = cli_main.main(list(args))
        capsys.readouterr()
        return code

    yield run


def test_export_ics_writes_each_kind_of_file(
    ctx: Context, clock: FixedClock, store_url: str, tmp_path: Path, run_cli: Callable[..., int]
) -> None:
    randers = randers_series(ctx)
    pia = add_member(ctx, "pia@randers.example")
    clock.day = date(2027, 3, 1)
    booking = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 11)).id)
    cancelled = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 18)).id)
    bookings.cancel(ctx, actor_of(pia), cancelled.id, CancelReason.PLANNING)
    kinds = {
        "request": (["--booking", str(booking.id)], "REQUEST", 1),
        "cancel": (["--booking", str(cancelled.id)], "CANCEL", 1),
        "series": (
            ["--series", str(randers.series_id)],
            "PUBLISH",
            len(stored_slots(ctx, randers.series_id)),
        ),
        "person": (["--person", pia.email, "--from", "2027-03-01", "--to", "2027-03-31"], "PUBLISH", 1),
    }
    for kind, (args, method, count) in kinds.items():
        target = tmp_path / f"{kind}.ics"
        assert run_cli("--database", store_url, "export-ics", *args, "-o", str(target)) == 0, kind
        data = target.read_bytes()
        assert lint(data) == [], kind
        parsed = with_recurring_ical_events(data)
        assert (parsed.method, len(parsed.occurrences)) == (method, count), kind

    missing_dates = ["export-ics", "--person", pia.email, "-o", str(tmp_path / "x.ics")]
    assert run_cli("--database", store_url, *missing_dates) == InvalidInput.exit_code
    nothing = ["export-ics", "--booking", "999999", "-o", str(tmp_path / "y.ics")]
    assert run_cli("--database", store_url, *nothing) == NotFound.exit_code
    assert not (tmp_path / "x.ics").exists() and not (tmp_path / "y.ics").exists()


def test_an_unregistered_gp_gets_their_sessions_by_e_mail(ctx: Context, clock: FixedClock) -> None:
    randers_series(ctx)
    pia = add_member(ctx, "pia@randers.example")
    registered_gp = add_person(ctx, ADMIN, NewPerson("gp@laege.example", "Ole Munk", Role.GP))
    clock.day = date(2027, 3, 1)
    gp = GpGuest(registered_gp.name, "GP@laege.example")  # the address as typed at booking
    booking = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 11)).id, gp)
    data = invites.person_calendar(ctx, registered_gp.email, date(2027, 3, 1), date(2027, 3, 31))
    assert booking.ical_uid.encode() in data
