"""The invite e-mail as built, without any server: who gets it, and a calendar part that matches the file."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default

import pytest

from app.domain.invites import Meeting, Method, Party
from app.domain.mail import InviteMail, SmtpServer, invite_message, recipients, when
from app.domain.recurrence import SessionType
from app.errors import InvalidInput

START = datetime(2027, 3, 29, 7, 0, tzinfo=UTC)  # Monday 09.00 summer time, the day after the change
END = datetime(2027, 3, 29, 7, 45, tzinfo=UTC)
ICS = b"BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nX-WORD:\xc3\xa6bler\r\nEND:VCALENDAR\r\n"
MEETING = Meeting(SessionType.SUPERVISION, "Ringkøbing-Skjern", Party("Ulla Bak", "ulla@bua.example"), None)


def _mail(method: Method = Method.CANCEL, ics: bytes = ICS) -> InviteMail:
    attendees = [Party("Pia Holm", "pia@rksk.example"), Party("Karen Lund", "KAREN@laege.example")]
    return InviteMail(method, 2, MEETING, START, END, attendees, ics)


def _round_trip(message: EmailMessage) -> EmailMessage:
    parsed = email.message_from_bytes(message.as_bytes(), policy=default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_the_calendar_part_is_the_file_with_its_method_and_the_organizer_gets_a_copy() -> None:
    message = _round_trip(invite_message(_mail(), "booking@bua.example", START, "bua.example"))

    text, calendar = message.iter_parts()
    assert isinstance(calendar, EmailMessage) and isinstance(text, EmailMessage)
    assert calendar["Content-Type"].params == {"method": "CANCEL", "charset": "UTF-8"}
    assert calendar["Content-Transfer-Encoding"] == "base64"  # CRLF and non-ASCII survive any relay
    assert calendar.get_payload(decode=True) == ICS
    assert text.get_content().startswith(
        "BUA-supervision - Ringkøbing-Skjern Kommune mandag 29.03.2027 kl. 09.00-09.45 er aflyst."
    )
    assert (
        message["Subject"].strip()
        == "Aflyst: BUA-supervision - Ringkøbing-Skjern Kommune, 29.03.2027 kl. 09.00"
    )
    assert recipients(message) == ["pia@rksk.example", "karen@laege.example", "ulla@bua.example"]
    assert message["Reply-To"] == "Ulla Bak <ulla@bua.example>"
    assert message["Message-ID"].endswith("@bua.example>")


def test_only_invites_are_mailed_and_the_time_is_copenhagen_time() -> None:
    with pytest.raises(ValueError):
        invite_message(_mail(Method.PUBLISH), "booking@bua.example", START, "bua.example")
    assert when(datetime(2027, 10, 31, 8, 0, tzinfo=UTC), datetime(2027, 10, 31, 8, 45, tzinfo=UTC)) == (
        "søndag 31.10.2027 kl. 09.00-09.45"  # winter time again
    )


@pytest.mark.parametrize(
    ("host", "port", "user", "sender", "hint"),
    [
        ("", 587, "u", "a@b.dk", "--host"),
        ("smtp rm.dk", 587, "u", "a@b.dk", "--host"),
        ("smtp.rm.dk", 0, "u", "a@b.dk", "port"),
        ("smtp.rm.dk", 587, " ", "a@b.dk", "--user"),
        ("smtp.rm.dk", 587, "u", "ikke-en-adresse", "--from"),
    ],
)
def test_a_server_setting_that_cannot_work_is_refused_in_danish(
    host: str, port: int, user: str, sender: str, hint: str
) -> None:
    with pytest.raises(InvalidInput, match=hint):
        SmtpServer(host, port, user, sender)
