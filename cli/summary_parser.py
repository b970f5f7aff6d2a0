"""The arguments of `bua-booking summary show|save|submit|reminders` and `purge`; their handlers are in
cli/summary_commands.py."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cli.arguments import number, parse_id


def add_summary_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    command: Callable[..., argparse.ArgumentParser],
    group: Callable[[str, str], argparse._SubParsersAction[argparse.ArgumentParser]],
) -> None:
    def handler(name: str) -> str:
        return f"summary_commands.{name}"

    summary = group("summary", "sagsresuméer til bookinger")
    show = command(summary, "show", handler("summary_show"), "vis en bookings sagsresumé", json=True)
    show.add_argument("--booking", type=parse_id, required=True, metavar="ID")
    for action, text in (
        ("save", "gem en kladde (gemmes, uanset hvad den indeholder)"),
        ("submit", "send sagsresuméet til BUA (afvises, hvis det kan identificere barnet)"),
    ):
        p = command(summary, action, handler(f"summary_{action}"), text, json=True)
        p.add_argument("--booking", type=parse_id, required=True, metavar="ID")
        p.add_argument("--file", metavar="FILE|-", help="problembeskrivelsen som tekstfil i UTF-8")
        p.add_argument("--question", metavar="TEKST", help="spørgsmålet til BUA")
        p.add_argument("--tried", metavar="TEKST", help="hvad der er afprøvet")
        p.add_argument("--age-band", choices=["0-5", "6-12", "13-18"])
        p.add_argument("--step", type=number, choices=[1, 2], help="trin i forløbet")
        p.add_argument(
            "--screening",
            action="append",
            metavar="INSTRUMENT:SKALA:SCORE:INFORMANT:ÅÅÅÅ-MM",
            help="en screening (kan gentages; erstatter de gemte), "
            "fx SDQ:total_difficulties:18:forælder:2026-11",
        )
        if action == "save":
            p.add_argument(
                "--reopen",
                action="store_true",
                help="gør et sagsresumé, der allerede er sendt til BUA, til en kladde igen",
            )
        if action == "submit":
            p.add_argument(
                "--acknowledge-warnings",
                action="store_true",
                help="bekræft, at advarslerne (fx et fornavn) ikke identificerer barnet",
            )
    command(
        summary,
        "reminders",
        handler("summary_reminders"),
        "dine bookinger uden indsendt resumé",
        json=True,
    )
    command(
        sub,
        "purge",
        handler("purge"),
        "slet sagsresuméer, hvis opbevaringsperiode er udløbet (sker også ved start)",
        json=True,
    )
