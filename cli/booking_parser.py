"""The booking commands' arguments: book, cancel, reschedule, bookings, waitlist, absence, outcome,
rules. Their handlers are in cli/booking_commands.py."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.domain.booking import CancelReason, Outcome
from cli.arguments import id_list, parse_date, parse_id, word, word_help

Group = Callable[[str, str], "argparse._SubParsersAction[argparse.ArgumentParser]"]


def add_booking_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    command: Callable[..., argparse.ArgumentParser],
    group: Group,
) -> None:
    def handler(name: str) -> str:
        return f"booking_commands.{name}"

    book = command(sub, "book", handler("book"), "book en tid", json=True)
    book.add_argument("--slot", type=parse_id, required=True, metavar="ID")
    book.add_argument("--gp-name", metavar="NAVN", help="inviter barnets praktiserende læge")
    book.add_argument("--gp-email", metavar="EMAIL")
    book.add_argument("--gp-clinic", metavar="KLINIK")
    book.add_argument(
        "--summary-file",
        metavar="FILE",
        help="problembeskrivelsen som tekstfil; en tekst, der kan identificere barnet, afvises",
    )
    _no_invite(book)

    codes = ", ".join(r.value for r in CancelReason)
    cancel = command(sub, "cancel", handler("cancel"), "aflys en booking", json=True)
    cancel.add_argument("--booking", type=parse_id, required=True, metavar="ID")
    cancel.add_argument(
        "--reason", required=True, help=f"den, der har booket: en kode ({codes}); BUA: en begrundelse"
    )
    _version(cancel)
    _no_invite(cancel)

    move = command(sub, "reschedule", handler("reschedule"), "flyt en booking til en anden tid", json=True)
    move.add_argument("--booking", type=parse_id, required=True, metavar="ID")
    move.add_argument("--to-slot", type=parse_id, required=True, metavar="ID")
    _version(move)
    _no_invite(move)

    bookings = group("bookings", "bookinger")
    listing = command(
        bookings,
        "list",
        handler("bookings_list"),
        "vis de bookinger, du må se: dine egne; som kommunens kontaktperson kommunens; som BUA møderne i "
        "dine kommuner; som administrator alle",
        json=True,
    )
    listing.add_argument("--municipality", metavar="CODE")
    listing.add_argument("--person", metavar="EMAIL")
    listing.add_argument("--from", dest="from_date", type=parse_date, metavar="DATE")
    listing.add_argument("--to", dest="to_date", type=parse_date, metavar="DATE")

    waitlist = group("waitlist", "venteliste til undervisning")
    for action, text in (
        ("list", "vis ventelisten (BUA ser hele listen, en medarbejder sin egen plads)"),
        ("join", "skriv dig på ventelisten"),
        ("leave", "forlad ventelisten"),
    ):
        p = command(waitlist, action, handler(f"waitlist_{action}"), text, json=True)
        p.add_argument("--slot", type=parse_id, required=True, metavar="ID")

    absence = group("absence", "rådgiveres fravær")
    add = command(
        absence,
        "add",
        handler("absence_add"),
        "registrér fravær; bookede møder går til stedfortræderen eller aflyses",
        json=True,
    )
    add.add_argument("--advisor", required=True, metavar="EMAIL")
    add.add_argument("--from", dest="from_date", type=parse_date, required=True, metavar="DATE")
    add.add_argument("--to", dest="to_date", type=parse_date, required=True, metavar="DATE")
    add.add_argument("--reason", required=True)
    add.add_argument(
        "--to-deputy", type=id_list, default=[], metavar="ID,...", help="tider, der går til stedfortræderen"
    )
    add.add_argument("--cancel", type=id_list, default=[], metavar="ID,...", help="tider, der aflyses")
    everything = add.add_mutually_exclusive_group()
    everything.add_argument("--all-to-deputy", action="store_true")
    everything.add_argument("--cancel-all", action="store_true")
    _no_invite(add)
    listing = command(
        absence,
        "list",
        handler("absence_list"),
        "vis fravær (en rådgiver sit eget, en administrator alles)",
        json=True,
    )
    listing.add_argument("--advisor", metavar="EMAIL")

    outcome = command(sub, "outcome", handler("outcome"), "registrér mødets udfald", json=True)
    outcome.add_argument("--booking", type=parse_id, required=True, metavar="ID")
    outcome.add_argument(
        "--status", type=word(Outcome), required=True, metavar="UDFALD", help=word_help(Outcome)
    )
    outcome.add_argument("--reason", help="ved cancelled-by-bua")
    _version(outcome)
    _no_invite(outcome)

    rules = group("rules", "regler for booking")
    command(rules, "show", handler("rules_show"), "vis reglerne", json=True)
    set_rule = command(rules, "set", handler("rules_set"), "ændr en regel")
    set_rule.add_argument("name", metavar="NAME")
    set_rule.add_argument("value", metavar="VALUE")


def _version(parser: argparse.ArgumentParser) -> Any:
    return parser.add_argument(
        "--version",
        dest="expected_version",
        type=parse_id,
        metavar="N",
        help="afvis, hvis bookingen er ændret siden version N",
    )


def _no_invite(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-invite",
        action="store_true",
        help="send ikke kalenderinvitationen (eller aflysningen) med e-mail, som ellers sker, når der er "
        "sat en mailserver op",
    )
