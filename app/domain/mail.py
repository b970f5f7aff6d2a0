"""The e-mail that carries a booking's invite (iMIP, RFC 6047), built with the standard library.

Pure: the .ics bytes and who takes part in, an `EmailMessage` out. The message is multipart/alternative:
a short Danish text for mail programs that show no invites, and the calendar part
`text/calendar; method=REQUEST|CANCEL; charset=UTF-8` whose bytes are exactly the exported file
(base64, so no mail server rewraps its CRLF lines). Outlook rejects a part whose `method=` differs from
the file's METHOD, Thunderbird ignores one without it. The interop notes do not ask for the file as an
attachment as well, and a second copy only shows up as a stray "invite.ics" beside the invite.

Nothing of the case is in the message: the text names the session type, the municipality, the time,
the advisor and the video link, like the invite itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from app.domain import limits
from app.domain.invites import Meeting, Method, Party
from app.domain.recurrence import WEEKDAY_NAMES_DA
from app.domain.time import ZONE
from app.errors import InvalidInput

DEFAULT_SUBMISSION_PORT = 587  # message submission with STARTTLS (RFC 6409)


@dataclass(frozen=True)
class SmtpServer:
    """The mail server an administrator set up; its password lives only in the keyring."""

    host: str
    port: int
    user: str
    sender: str  # the From address

    @property
    def secret_account(self) -> str:
        """The keyring entry's account: host, port and user, so a changed host never gets the password."""
        return f"{self.user}@{self.host.strip().lower()}:{self.port}"

    def __post_init__(self) -> None:
        for label, value in (
            ("Servernavnet", self.host),
            ("Brugernavnet", self.user),
            ("Afsenderen", self.sender),
        ):
            limits.checked(label, value, limits.SMTP_FIELD)
        if not self.host.strip() or any(c.isspace() for c in self.host.strip()):
            raise InvalidInput("Angiv mailserverens navn (--host), fx smtp.rm.dk.")
        if not 1 <= self.port <= 65535:
            raise InvalidInput(f"Ugyldig port {self.port}: brug et tal fra 1 til 65535 (normalt 587).")
        if not self.user.strip():
            raise InvalidInput("Angiv brugernavnet på mailserveren (--user).")
        if not _looks_like_address(self.sender):
            raise InvalidInput(f"Ugyldig afsenderadresse {self.sender!r} (--from).")


@dataclass(frozen=True)
class InviteMail:
    """What the message is about; `ics` is the exported file, byte for byte."""

    method: Method
    sequence: int
    meeting: Meeting
    starts_at: datetime
    ends_at: datetime
    attendees: Sequence[Party]
    ics: bytes


def invite_message(mail: InviteMail, sender: str, sent_at: datetime, domain: str) -> EmailMessage:
    """To the attendees, copy to the organizer (the advisor), replies to the organizer."""
    if mail.method not in (Method.REQUEST, Method.CANCEL):
        raise ValueError(f"only REQUEST and CANCEL invites are mailed, not {mail.method}")
    organizer = mail.meeting.advisor
    message = EmailMessage(policy=SMTP)
    message["Subject"] = _subject(mail)
    message["From"] = _address("BUA Booking", sender)
    message["To"] = [_address(a.name, a.email) for a in mail.attendees]
    message["Cc"] = _address(organizer.name, organizer.email)
    message["Reply-To"] = _address(organizer.name, organizer.email)
    message["Date"] = format_datetime(sent_at)
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(_text(mail), cte="quoted-printable")
    message.add_alternative(
        mail.ics,
        maintype="text",
        subtype="calendar",
        cte="base64",
        params={"method": mail.method.value, "charset": "UTF-8"},
    )
    return message


def recipients(message: EmailMessage) -> list[str]:
    """Every address the message goes to (To and Cc), once each, in order."""
    seen: dict[str, None] = {}
    for field in ("To", "Cc"):
        for address in getattr(message[field], "addresses", ()):
            seen.setdefault(address.addr_spec.lower(), None)
    return list(seen)


def when(starts_at: datetime, ends_at: datetime) -> str:
    """'torsdag 11.03.2027 kl. 09.00-09.45' in Copenhagen time."""
    start, end = starts_at.astimezone(ZONE), ends_at.astimezone(ZONE)
    return f"{WEEKDAY_NAMES_DA[start.weekday()]} {start:%d.%m.%Y} kl. {start:%H.%M}-{end:%H.%M}"


def _subject(mail: InviteMail) -> str:
    kind = "Invitation" if mail.sequence == 0 else "Opdateret"
    if mail.method is Method.CANCEL:
        kind = "Aflyst"
    start = mail.starts_at.astimezone(ZONE)
    return f"{kind}: {mail.meeting.title}, {start:%d.%m.%Y} kl. {start:%H.%M}"


def _text(mail: InviteMail) -> str:
    meeting = mail.meeting
    if mail.method is Method.CANCEL:
        lines = [f"{meeting.title} {when(mail.starts_at, mail.ends_at)} er aflyst."]
    else:
        lines = [
            f"{meeting.title}",
            f"Tid: {when(mail.starts_at, mail.ends_at)}",
            f"BUA-rådgiver: {meeting.advisor.name}",
        ]
        if meeting.video_url:
            lines.append(f"Videolink: {meeting.video_url}")
    lines += ["", "Kalenderinvitationen ligger i denne e-mail. Sendt fra BUA Booking."]
    return "\n".join(lines) + "\n"


def _address(name: str, email: str) -> Address:
    return Address(display_name=name, addr_spec=email.strip())


def _looks_like_address(text: str) -> bool:
    local, at, domain = text.strip().partition("@")
    return bool(local and at and "." in domain and not any(c.isspace() for c in text.strip()))
