"""Every message of the staff page has a finished Danish translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.ui.staff.conftest import TS_FILE


def test_every_staff_message_is_translated_to_danish() -> None:
    messages = ET.parse(TS_FILE).getroot().iter("message")
    unfinished = [
        m.findtext("source")
        for m in messages
        if not (m.findtext("translation") or "").strip() or m.find("translation").get("type")  # type: ignore[union-attr]
    ]
    assert unfinished == []
