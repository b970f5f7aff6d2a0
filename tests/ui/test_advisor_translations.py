"""The advisor page and calendar in Danish: the catalogue is complete and current, placeholders survive,
and dates, times and accessible names read as Danish users expect."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import PySide6

from app.domain.recurrence import SessionType
from app.services.advisor_view import AdvisorSession, SessionState
from ui.advisor.words import calendar_entry
from ui.calendar.dates import week_label

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "advisor_da.ts"
TOOLS = Path(PySide6.__file__).parent


def _messages(path: Path) -> list[tuple[str, str | None]]:
    """(source, Danish) per message; None when the translation is unfinished."""
    root = ET.parse(path).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
        found.append((message.findtext("source") or "", None if unfinished else translation.text))
    return found


def test_every_string_has_a_danish_translation_with_the_same_placeholders() -> None:
    messages = _messages(CATALOGUE)
    assert len(messages) > 100
    for source, danish in messages:
        assert danish, f"not translated: {source!r}"
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", danish)), source


def test_the_catalogue_is_current_with_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "advisor_da.ts"
    shutil.copyfile(CATALOGUE, copy)
    subprocess.run(
        [str(TOOLS / "lupdate"), "-extensions", "py", "ui/advisor", "ui/calendar", "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert [m for m in _messages(copy) if m[1] is None] == []  # lupdate found no new string


def test_a_session_reads_as_a_full_danish_sentence(danish: list[str]) -> None:
    zone = ZoneInfo("Europe/Copenhagen")
    session = AdvisorSession(
        key="slot:1",
        slot_id=1,
        series_id=1,
        municipality_code="730",
        municipality_name="Randers",
        starts_at=datetime(2025, 10, 14, 13, 0, tzinfo=zone),
        ends_at=datetime(2025, 10, 14, 13, 45, tzinfo=zone),
        session_type=SessionType.SPARRING,
        state=SessionState.BOOKED,
    )
    entry = calendar_entry(session)
    assert entry.accessible_name == "tirsdag 14. oktober 2025 kl. 13.00-13.45, booket, Randers Kommune"
    assert week_label(session.starts_at.date()) == "uge 42"
