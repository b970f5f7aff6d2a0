"""Independent parsers of our calendar files, each reduced to the same answer: the METHOD and every
occurrence a client would show, as (uid, start, end, sequence, status, organizer) with UTC instants in
seconds.

- recurring-ical-events, in-process (what a client shows: EXDATE and RECURRENCE-ID applied);
- vobject, in a subprocess (it keeps the zones it has parsed for the life of the process);
- ical.js under Node (Thunderbird's parser), installed from npm into <repo>/.cache/icaljs once per machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

import icalendar
import pytest
import recurring_ical_events  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parent.parent
ICALJS_DIR = REPO / ".cache" / "icaljs"
ICALJS_MODULE = ICALJS_DIR / "node_modules" / "ical.js" / "dist" / "ical.js"
EXPAND_SCRIPT = Path(__file__).with_name("icaljs_expand.mjs")


@dataclass(frozen=True, order=True)
class Occurrence:
    start: int  # UTC, seconds since the epoch
    end: int
    uid: str
    sequence: int
    status: str | None
    organizer: str | None = None  # the address, lower case, without "mailto:"


@dataclass(frozen=True)
class Parsed:
    method: str | None
    occurrences: list[Occurrence]

    @property
    def starts(self) -> list[int]:
        return [o.start for o in self.occurrences]


def _parsed(method: str | None, rows: list[dict[str, Any]]) -> Parsed:
    return Parsed(
        method,
        sorted(
            Occurrence(
                int(r["start"]),
                int(r["end"]),
                r["uid"],
                int(r["sequence"] or 0),
                r["status"],
                _address(r.get("organizer")),
            )
            for r in rows
        ),
    )


def _address(organizer: str | None) -> str | None:
    if not organizer:
        return None
    text = str(organizer).strip()
    return (text[7:] if text.lower().startswith("mailto:") else text).lower()


def with_recurring_ical_events(data: bytes) -> Parsed:
    calendar = icalendar.Calendar.from_ical(data)
    rows = []
    for event in recurring_ical_events.of(calendar).between(datetime(2000, 1, 1), datetime(2100, 1, 1)):
        rows.append(
            {
                "uid": str(event["UID"]),
                "start": event["DTSTART"].dt.astimezone(UTC).timestamp(),
                "end": event["DTEND"].dt.astimezone(UTC).timestamp(),
                "sequence": int(event.get("SEQUENCE", 0)),
                "status": str(event["STATUS"]) if "STATUS" in event else None,
                "organizer": str(event["ORGANIZER"]) if "ORGANIZER" in event else None,
            }
        )
    method = calendar.get("METHOD")
    return _parsed(None if method is None else str(method), rows)


VOBJECT_SCRIPT = r"""
import json, sys
from datetime import timezone
import vobject

utc = timezone.utc
with open(sys.argv[1], encoding="utf-8") as handle:
    calendar = vobject.readOne(handle.read())
events = calendar.contents.get("vevent", [])

def row(event, start, end):
    sequence = event.sequence.value if hasattr(event, "sequence") else 0
    status = event.status.value if hasattr(event, "status") else None
    organizer = event.organizer.value if hasattr(event, "organizer") else None
    return {"uid": event.uid.value, "start": start.astimezone(utc).timestamp(),
            "end": end.astimezone(utc).timestamp(), "sequence": sequence, "status": status,
            "organizer": organizer}

overrides = {
    (e.uid.value, e.recurrence_id.value.astimezone(utc)): e for e in events if hasattr(e, "recurrence_id")
}
rows = []
for event in events:
    if hasattr(event, "recurrence_id"):
        continue
    start, end = event.dtstart.value, event.dtend.value
    if not hasattr(event, "rrule"):
        rows.append(row(event, start, end))
        continue
    for occurrence in event.getrruleset(addRDate=True):
        override = overrides.pop((event.uid.value, occurrence.astimezone(utc)), None)
        if override is None:
            rows.append(row(event, occurrence, occurrence + (end - start)))
        else:
            rows.append(row(override, override.dtstart.value, override.dtend.value))
rows += [row(e, e.dtstart.value, e.dtend.value) for e in overrides.values()]
method = calendar.method.value if hasattr(calendar, "method") else None
print(json.dumps({"method": method, "occurrences": rows}))
"""


def with_vobject(path: Path) -> Parsed:
    return _run_parser([sys.executable, "-c", VOBJECT_SCRIPT, str(path)])


def _run_parser(argv: list[str]) -> Parsed:
    """Run a parser script that prints {"method": ..., "occurrences": [...]} as JSON."""
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    return _parsed(result["method"], result["occurrences"])


def icaljs_module() -> Path:
    """ical.js 2 from npm, installed into the repository's .cache once and reused after."""
    if ICALJS_MODULE.exists():
        return ICALJS_MODULE
    npm, node = shutil.which("npm"), shutil.which("node")
    if npm is None or node is None:
        _unavailable("node and npm are needed to check files with ical.js")
    ICALJS_DIR.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [npm, "install", "--prefix", str(ICALJS_DIR), "--no-audit", "--no-fund", "ical.js@2"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0 or not ICALJS_MODULE.exists():
        _unavailable(f"npm could not install ical.js: {done.stderr.strip()[-300:]}")
    return ICALJS_MODULE


def with_icaljs(module: Path, path: Path) -> Parsed:
    node = shutil.which("node")
    assert node is not None
    return _run_parser([node, str(EXPAND_SCRIPT), str(module), str(path)])


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def all_parsers(module: Path, data: bytes, path: Path) -> dict[str, Parsed]:
    """The file's reading by every parser; `path` is where the bytes are written for the subprocesses."""
    path.write_bytes(data)
    return {
        "recurring-ical-events": with_recurring_ical_events(data),
        "vobject": with_vobject(path),
        "ical.js": with_icaljs(module, path),
    }
