"""`bua-booking check-summary [FILE|-] [--json]`: the anonymity guard on a case summary.

Prints every finding with its position, severity, kind and the matched text masked; the raw text of a
finding is never printed. Exits 0 when the summary may be sent (warnings allowed, they must be
acknowledged when it is sent), EXIT_BLOCKED when something blocks it, and 2 (InvalidInput) with one
Danish line when the file cannot be read.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput
from cli.arguments import number, parse_id
from cli.output import print_json, print_table

if TYPE_CHECKING:  # the guard compiles its patterns on import; cli.main imports this module for the parser
    from app.domain.anonymity import Finding

EXIT_BLOCKED = 7
SEVERITY_DA = {"block": "BLOKERER", "warn": "ADVARSEL"}
VERDICT_DA = {
    "clean": "Ingen identificerende oplysninger fundet. Resuméet kan sendes.",
    "warn": "Resuméet kan sendes, når advarslerne er bekræftet.",
    "block": "Resuméet kan ikke sendes, før de blokerende fund er fjernet.",
}


def add_summary_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    command: Callable[..., argparse.ArgumentParser],
    group: Callable[[str, str], argparse._SubParsersAction[argparse.ArgumentParser]],
) -> None:
    check = command(
        sub,
        "check-summary",
        "summary_commands.check_summary",
        "tjek, at et sagsresumé er anonymt (exitkode 7: kan ikke sendes)",
        json=True,
    )
    check.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE|-",
        help="tekstfil i UTF-8; - eller intet: standardinput",
    )

    def handler(name: str) -> str:
        return f"case_summary_commands.{name}"

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


def check_summary(args: argparse.Namespace) -> int:
    from app.domain.anonymity import Verdict, check_text, verdict

    text = read_summary(args.file)
    findings = check_text(text)
    result = verdict(findings)
    if args.json:
        locate = _locator(text)
        print_json(
            {
                "verdict": result.value,
                "may_send": result is not Verdict.BLOCK,
                "findings": [_finding_json(finding, locate) for finding in findings],
            }
        )
    else:
        _print_findings(text, findings)
        print(VERDICT_DA[result.value])
    return EXIT_BLOCKED if result is Verdict.BLOCK else 0


def read_summary(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"Kan ikke læse {name}: filen er ikke UTF-8-tekst.") from None
    except FileNotFoundError:
        raise InvalidInput(f"Kan ikke læse {name}: filen findes ikke.") from None
    except IsADirectoryError:
        raise InvalidInput(f"Kan ikke læse {name}: det er en mappe.") from None
    except PermissionError:
        raise InvalidInput(f"Kan ikke læse {name}: ingen adgang til filen.") from None
    except OSError as error:
        raise InvalidInput(f"Kan ikke læse {name}: {error.strerror or error}.") from None


def _print_findings(text: str, findings: Sequence[Finding]) -> None:
    if not findings:
        return
    locate = _locator(text)
    rows = [
        ("{}:{}".format(*locate(f.start)), SEVERITY_DA[f.severity.value], f.name, f.masked.replace("\n", " "))
        for f in findings
    ]
    print_table(["Sted", "Alvor", "Fund", "Tekst (skjult)"], rows)
    print()
    for finding in {f.kind: f for f in findings}.values():
        print(f"{finding.name}: {finding.explanation} {finding.hint}")
    print()


def _finding_json(finding: Finding, locate: Callable[[int], tuple[int, int]]) -> dict[str, Any]:
    line, column = locate(finding.start)
    return {
        "kind": finding.kind.value,
        "severity": finding.severity.value,
        "start": finding.start,
        "end": finding.end,
        "line": line,
        "column": column,
        "masked": finding.masked,
        "explanation": finding.explanation,
        "hint": finding.hint,
    }


def _locator(text: str) -> Callable[[int], tuple[int, int]]:
    """A function from a character offset to its 1-based line and column."""
    line_starts = [0, *(match.end() for match in re.finditer("\n", text))]

    def locate(offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(line_starts, offset)
        return line, offset - line_starts[line - 1] + 1

    return locate
