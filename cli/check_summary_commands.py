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
from cli.output import print_json, print_table
from cli.words import SEVERITY_NAMES, VERDICTS

if TYPE_CHECKING:  # the guard compiles its patterns on import; cli.main imports this module for the parser
    from app.domain.anonymity import Finding

EXIT_BLOCKED = 7


def add_check_summary_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    command: Callable[..., argparse.ArgumentParser],
) -> None:
    check = command(
        sub,
        "check-summary",
        "check_summary_commands.check_summary",
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
        print(VERDICTS[result.value])
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
        (
            "{}:{}".format(*locate(f.start)),
            SEVERITY_NAMES[f.severity.value],
            f.name,
            f.masked.replace("\n", " "),
        )
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
