"""`bua-booking [--database URL] [COMMAND]`: without a command the desktop app starts.

Every command calls the same services as the GUI. A refusal or failure prints one line on stderr and
exits with the error's code (see README); a traceback is shown only with BUA_BOOKING_DEBUG=1.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from app.domain.model import ContactKind, Profession, Role, SlotStatus
from app.domain.recurrence import SessionType
from app.errors import BuaError
from cli import argparse_da
from cli.arguments import (
    number,
    parse_date,
    parse_day_month,
    parse_id,
    parse_time,
    weekday,
    word,
    word_help,
)
from cli.booking_parser import add_booking_commands
from cli.check_summary_commands import add_check_summary_command
from cli.invite_commands import add_invite_commands
from cli.mail_commands import add_mail_commands
from cli.output import print_json, printable
from cli.report_commands import add_report_commands
from cli.server_commands import add_server_commands
from cli.summary_parser import add_summary_commands
from cli.words import error_text

EXIT_UNEXPECTED = 1
WEEKDAY_HELP = "mandag-fredag (eller mon-fri)"


def version_text() -> str:
    """The program's version (the installed package's, as pyproject.toml gives it) and Qt's."""
    from importlib.metadata import version

    from PySide6.QtCore import qVersion

    return f"BUA Booking {version('bua-booking')} (Qt {qVersion()})"


class VersionAction(argparse.Action):
    """`--version`: Qt is only loaded when asked, so other commands start as fast as before."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    argparse_da.install()
    parser = argparse.ArgumentParser(
        prog="bua-booking",
        description="BUA Booking: BUA's rådgivning for kommunerne i Region Midtjylland.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="sqlite:///fil.db eller postgresql://bruger@vært/database "
        "(ellers BUA_BOOKING_DATABASE_URL eller den lokale fil)",
    )
    parser.add_argument(
        "--as",
        dest="acting",
        metavar="EMAIL",
        help="den person i databasen, der udfører handlingen",
    )
    parser.add_argument("--version", action=VersionAction, help="vis programmets og Qt's version, og afslut")
    parser.add_argument(
        "--startup-probe",
        action="store_true",
        help="start vinduet på databasen, skriv millisekunder fra processtart til første maling, og afslut",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        parent: argparse._SubParsersAction[argparse.ArgumentParser],
        name: str,
        handler: str,
        help_text: str,
        json: bool = False,
    ) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text)
        # "module.function" in cli/; a bare name is in cli/commands.py.
        p.set_defaults(handler=handler if "." in handler else f"commands.{handler}")
        if json:
            p.add_argument("--json", action="store_true", help="maskinlæsbar JSON")
        # --as may also follow the command (book --slot 7 --as pia@...).
        p.add_argument(
            "--as",
            dest="acting",
            metavar="EMAIL",
            default=argparse.SUPPRESS,
            help="den person i databasen, der udfører handlingen",
        )
        return p

    def group(name: str, help_text: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        p = sub.add_parser(name, help=help_text, description=help_text)
        return p.add_subparsers(dest="action", metavar="ACTION", required=True)

    db = group("db", "databasens skema")
    command(db, "upgrade", "db_upgrade", "opgradér skemaet (SQLite sikkerhedskopieres først)")
    command(db, "status", "db_status", "vis skemaets version", json=True)

    demo = command(sub, "demo", "demo", "fyld databasen med realistiske demodata")
    demo.add_argument("--years", type=number, default=1, help="antal år med tider (standard 1)")
    demo.add_argument("--seed", type=number, default=1, help="startværdi for tilfældige valg")

    municipalities = group("municipalities", "regionens kommuner")
    command(
        municipalities,
        "list",
        "municipalities_list",
        "kommuner med klynge og kontaktpersoner",
        json=True,
    )

    people = group("people", "personregistret")
    add = command(people, "add", "people_add", "tilføj en person")
    add.add_argument("--email", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, type=word(Role), metavar="ROLLE", help=word_help(Role))
    add.add_argument("--municipality", metavar="CODE")
    add.add_argument("--profession", type=word(Profession), metavar="FAGGRUPPE", help=word_help(Profession))
    add.add_argument("--clinic", help="praktiserende lægers klinik")
    listing = command(
        people,
        "list",
        "people_list",
        "vis personer (en administrator alle, alle andre kun sig selv)",
        json=True,
    )
    listing.add_argument("--role", type=word(Role), metavar="ROLLE", help=word_help(Role))
    listing.add_argument("--municipality", metavar="CODE")

    contacts = group("contacts", "faste kontaktpersoner")
    assign = command(contacts, "assign", "contacts_assign", "udpeg en fast kontaktperson")
    assign.add_argument("--municipality", metavar="CODE", required=True)
    assign.add_argument(
        "--kind",
        type=word(ContactKind),
        default=ContactKind.BUA_ADVISOR,
        metavar="SLAGS",
        help=word_help(ContactKind, "standard kontaktperson (bua_advisor)"),
    )
    assign.add_argument("--email", required=True)
    assign.add_argument("--from", dest="valid_from", type=parse_date, metavar="DATE")
    listing = command(
        contacts,
        "list",
        "contacts_list",
        "vis kontaktpersoner (en kommunal medarbejder kun sin egen kommunes)",
        json=True,
    )
    listing.add_argument("--municipality", metavar="CODE")
    listing.add_argument("--history", action="store_true", help="også afsluttede perioder")

    closures = group("closures", "lukkedage")
    add = command(
        closures,
        "add",
        "closures_add",
        "tilføj en lukkedag (DATE) eller slå en årlig til (--annual DD-MM, fx 05-06)",
    )
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("date", nargs="?", type=parse_date, metavar="DATE")
    target.add_argument("--annual", type=parse_day_month, metavar="DD-MM")
    add.add_argument("--reason")
    remove = command(
        closures,
        "remove",
        "closures_remove",
        "fjern en lukkedag (DATE) eller slå en årlig fra (--annual DD-MM, fx 05-06)",
    )
    target = remove.add_mutually_exclusive_group(required=True)
    target.add_argument("date", nargs="?", type=parse_date, metavar="DATE")
    target.add_argument("--annual", type=parse_day_month, metavar="DD-MM")
    command(closures, "list", "closures_list", "vis lukkedage", json=True)

    series = group("series", "faste, gentagne tider")
    add = command(series, "add", "series_commands.series_add", "opret en serie", json=True)
    add.add_argument("--municipality", metavar="CODE", required=True)
    add.add_argument("--advisor", metavar="EMAIL", required=True)
    add.add_argument("--weekday", type=weekday, required=True, metavar="UGEDAG", help=WEEKDAY_HELP)
    add.add_argument("--time", type=parse_time, required=True, metavar="HH:MM")
    add.add_argument("--every-weeks", type=number, default=1, metavar="N")
    add.add_argument("--from", dest="starts_on", type=parse_date, required=True, metavar="DATE")
    end = add.add_mutually_exclusive_group(required=True)
    end.add_argument("--until", type=parse_date, metavar="DATE")
    end.add_argument("--count", type=number, metavar="N")
    add.add_argument("--duration", type=number, default=45, metavar="MIN")
    add.add_argument(
        "--type",
        type=word(SessionType),
        default=SessionType.SPARRING,
        metavar="TYPE",
        help=word_help(SessionType, "standard sparring"),
    )
    add.add_argument("--capacity", type=number, metavar="N")
    add.add_argument("--video-url", metavar="URL")
    listing = command(
        series,
        "list",
        "series_commands.series_list",
        "vis serier (BUA: dine egne og dem, du er stedfortræder for)",
        json=True,
    )
    listing.add_argument("--municipality", metavar="CODE")
    listing.add_argument("--advisor", metavar="EMAIL")
    edit = command(
        series,
        "edit",
        "series_commands.series_edit",
        "ret en serie fra en dato (bookede tider røres ikke)",
        json=True,
    )
    edit.add_argument("--series", type=parse_id, required=True, metavar="ID")
    edit.add_argument("--from", dest="from_date", type=parse_date, required=True, metavar="DATE")
    edit.add_argument("--weekday", type=weekday, metavar="UGEDAG", help=WEEKDAY_HELP)
    edit.add_argument("--time", type=parse_time, metavar="HH:MM")
    edit.add_argument("--every-weeks", type=number, metavar="N")
    end = edit.add_mutually_exclusive_group()
    end.add_argument("--until", type=parse_date, metavar="DATE")
    end.add_argument("--count", type=number, metavar="N")
    edit.add_argument("--duration", type=number, metavar="MIN")
    edit.add_argument("--capacity", type=number, metavar="N")
    edit.add_argument("--video-url", metavar="URL", help="tom streng fjerner linket")
    edit.add_argument(
        "--advisor", metavar="EMAIL", help="tiderne fra datoen, også de bookede, går til den rådgiver"
    )
    edit.add_argument(
        "--no-invite",
        action="store_true",
        help="send ikke de bookede møders nye invitationer (videolink, ny rådgiver)",
    )
    cancel = command(
        series, "cancel-occurrence", "series_commands.series_cancel_occurrence", "aflys én forekomst"
    )
    cancel.add_argument("--series", type=parse_id, required=True, metavar="ID")
    cancel.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    cancel.add_argument("--reason", required=True)
    cancel.add_argument(
        "--cancel-bookings",
        action="store_true",
        help="aflys også tidens bookinger (BUA aflyser, med samme begrundelse)",
    )
    cancel.add_argument("--no-invite", action="store_true", help="send ikke aflysningerne til de bookede")
    restore = command(
        series,
        "restore-occurrence",
        "series_commands.series_restore_occurrence",
        "genopret en aflyst eller oversprunget forekomst",
    )
    restore.add_argument("--series", type=parse_id, required=True, metavar="ID")
    restore.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    move = command(
        series, "move-occurrence", "series_commands.series_move_occurrence", "flyt én ledig forekomst"
    )
    move.add_argument("--slot", type=parse_id, required=True, metavar="ID")
    move.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    move.add_argument("--time", type=parse_time, required=True, metavar="HH:MM")

    slots = group("slots", "tider")
    listing = command(
        slots,
        "list",
        "series_commands.slots_list",
        "vis tider og oversprungne datoer: en kommunal medarbejder sin egen kommunes og undervisning "
        "åben for alle, BUA sine egne kommuners",
        json=True,
    )
    listing.add_argument("--municipality", metavar="CODE")
    listing.add_argument("--advisor", metavar="EMAIL")
    listing.add_argument("--from", dest="from_date", type=parse_date, metavar="DATE")
    listing.add_argument("--to", dest="to_date", type=parse_date, metavar="DATE")
    listing.add_argument("--status", type=word(SlotStatus), metavar="STATUS", help=word_help(SlotStatus))
    add_booking_commands(sub, command, group)
    add_check_summary_command(sub, command)
    add_summary_commands(sub, command, group)
    add_invite_commands(sub, command)
    add_mail_commands(sub, command, group)
    add_server_commands(command, group)
    add_report_commands(sub, command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from cli.gui import launch  # Qt is imported only when the window is wanted

        return launch(args.database, args.acting, probe=args.startup_probe)
    module, function = args.handler.split(".")
    try:
        # Imported here, so that the window can open before SQLAlchemy loads.
        handler = getattr(importlib.import_module(f"cli.{module}"), function)
        return int(handler(args))
    except BuaError as error:
        return _fail(args, error.code, error_text(error), error.exit_code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _reader_gone()
        return 0
    except Exception as error:
        if os.environ.get("BUA_BOOKING_DEBUG"):
            raise
        message = f"Uventet fejl ({type(error).__name__}): {error}".splitlines()[0]
        return _fail(args, "unexpected", message, EXIT_UNEXPECTED)


def _reader_gone() -> None:
    """`| head` closed the pipe: the reader has what it wanted. Point stdout at nothing so that
    Python's own flush at exit does not complain."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _fail(args: argparse.Namespace, code: str, message: str, exit_code: int) -> int:
    if getattr(args, "json", False):
        try:
            print_json({"error": {"code": code, "message": message}})
        except BrokenPipeError:
            _reader_gone()  # the exit code still says what happened
    else:
        print(f"bua-booking: {printable(message)}", file=sys.stderr)
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
