"""Test doubles for the ports whose real versions are the machine itself (the clock, the keyring)."""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.domain.mail import SmtpServer
from app.services.clock import FixedClock as FixedClock  # the tests' clock is the app's own


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend: the real `keyring` API, nothing written anywhere."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class Outbox:
    """The MailSender port, keeping the METHOD of each calendar part it is given (SMTP itself is
    tests/integration/test_mail.py's business, against a real server)."""

    def __init__(self) -> None:
        self.methods: list[str] = []
        self.recipients: list[set[str]] = []  # of each calendar part, in the same order

    def send(self, server: SmtpServer, message: EmailMessage, recipients: Sequence[str]) -> None:
        for part in message.walk():
            if part.get_content_type() == "text/calendar":
                self.methods.append(str(part.get_param("method")))
                self.recipients.append(set(recipients))
