"""`bua-booking export-ics`: a calendar file (.ics) for a booking, a series or a person's sessions.

Registered by cli/main.py through `add_invite_commands`; this module imports only argparse at load
time, so building the parser stays cheap. The handler loads the services when it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli.arguments import parse_date, parse_id


def add_invite_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    command: Callable[..., argparse.ArgumentParser],
) -> None:
    export = command(
        sub,
        "export-ics",
        "invite_commands.export_ics",
        "gem en kalenderfil (.ics): en bookings invitation eller aflysning, en serie, "
        "eller en persons møder i en periode",
    )
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--booking",
        type=parse_id,
        metavar="ID",
        help="invitation (eller aflysning) til din egen booking, eller en du er BUA for; ellers afvist",
    )
    what.add_argument(
        "--series", type=parse_id, metavar="ID", help="serien til rådgiverens kalender (kun BUA for serien)"
    )
    what.add_argument(
        "--person", metavar="EMAIL", help="dine egne møder fra --from til --to (en administrator: alles)"
    )
    export.add_argument("--from", dest="from_date", type=parse_date, metavar="DATE")
    export.add_argument("--to", dest="to_date", type=parse_date, metavar="DATE")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="filen (- for stdout)")


def export_ics(args: argparse.Namespace) -> int:
    from app.errors import InvalidInput
    from app.services import invites
    from cli.commands import open_context

    if args.person is None and (args.from_date or args.to_date):
        raise InvalidInput("--from og --to hører kun til --person.")
    if args.person is not None and not (args.from_date and args.to_date):
        raise InvalidInput("Angiv både --from og --to sammen med --person.")
    ctx = open_context(args)
    if args.booking is not None:
        data = invites.booking_invite(ctx, args.booking)
    elif args.series is not None:
        data = invites.series_calendar(ctx, args.series)
    else:
        data = invites.person_calendar(ctx, args.person, args.from_date, args.to_date)
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    write_file(Path(args.output), data)
    print(f"Kalenderfil gemt: {args.output}")
    return 0


def write_file(path: Path, data: bytes) -> None:
    """Write `data`, or refuse in one Danish line (exit 2) when the place cannot take a file."""
    from app.errors import InvalidInput

    if path.is_dir():
        raise InvalidInput(f"Kan ikke gemme {path}: det er en mappe; angiv et filnavn.")
    if not path.parent.is_dir():
        raise InvalidInput(f"Kan ikke gemme {path}: mappen {path.parent} findes ikke.")
    try:
        path.write_bytes(data)
    except PermissionError:
        raise InvalidInput(f"Kan ikke gemme {path}: ingen adgang til at skrive der.") from None
    except OSError as error:
        raise InvalidInput(f"Kan ikke gemme {path}: {error.strerror or error}.") from None
