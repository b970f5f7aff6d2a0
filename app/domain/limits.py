"""The longest text each field takes, and the one check every service runs on text a person typed.

One number per field, checked in the services, so SQLite (which stores any length) and PostgreSQL (which
refuses past the column) answer the same: one Danish line, exit 2, nothing written. Each limit fits its
column in db/models.py; tests/unit/test_limits.py holds them together. Reasons that the services prefix
("Aflyst: Fravær: ...") leave room for the prefix.
"""

from __future__ import annotations

import unicodedata

from app.errors import InvalidInput

NAME = 200  # a person's, a GP's
EMAIL = 200  # also the audit log's actor label, which is the acting person's e-mail
CLINIC = 200
VIDEO_URL = 500
CLOSURE_REASON = 120
OCCURRENCE_REASON = 150  # stored as "Aflyst: Fravær: <reason>" in a 200-character column
ABSENCE_REASON = 150
CANCEL_REASON = 250  # stored as "Rådgiveren er fraværende: <reason>" in a 300-character column
SMTP_FIELD = 200  # host, user, sender
SUMMARY_FIELD = 4000  # the question, the problem, what was tried


def checked(label: str, text: str, limit: int, multiline: bool = False) -> str:
    """`text` if it fits `limit` and holds no control characters (line breaks where `multiline`)."""
    allowed = {"\n", "\r", "\t"} if multiline else set()
    if any(unicodedata.category(c) == "Cc" and c not in allowed for c in text):
        raise InvalidInput(f"{label} indeholder et kontroltegn: skriv almindelig tekst.")
    if len(text) > limit:
        raise InvalidInput(f"{label} må højst være {limit} tegn lang (den er {len(text)}).")
    return text
