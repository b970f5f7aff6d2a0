"""Invites by e-mail, sent to a real SMTP server (aiosmtpd) on 127.0.0.1 that speaks STARTTLS with a
certificate made for the test. The client trusts that certificate only through the ssl context (or
SSL_CERT_FILE) the test hands it; the system's trust store is never touched."""

from __future__ import annotations

import email
import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from keyring.backends.fail import Keyring as FailKeyring

import cli.main as cli_main
from app.domain.booking import Booking, GpGuest, Outcome
from app.domain.mail import SmtpServer
from app.domain.model import NewPerson, Person, Role, Slot
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import InvalidInput, RuleRefused, SendFailed, StoreUnavailable
from app.services import bookings, invites, mail, slots
from app.services.context import Context
from app.services.people import add_person
from app.services.series import SeriesSpec, create_series
from cli.smtp_sender import SmtpSender
from db.secrets import KeyringSecrets
from tests.fakes import FixedClock, MemoryKeyring
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member

USER, PASSWORD = "bua-booking", "korrekt hest batteri"
SENDER = "booking@bua.example"
VIDEO = "https://video.bua.example/730"
GP = GpGuest("Karen Lund", "karen.lund@laege.example")


# --- a local SMTP server with a throwaway certificate ------------------------------------------------


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed certificate for 127.0.0.1, valid for a day."""
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(  # Python 3.13's default context checks strictly (VERIFY_X509_STRICT)
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    paths = Certificate(folder / "cert.pem", folder / "key.pem")
    paths.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@dataclass
class LocalSmtp:
    """What the server saw: each login (user, password, over TLS?) and each message."""

    port: int
    logins: list[tuple[str, str, bool]] = field(default_factory=list)
    received: list[Envelope] = field(default_factory=list)

    def authenticate(
        self, server: Any, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        assert isinstance(data, LoginPassword)
        login, password = data.login.decode(), data.password.decode()
        self.logins.append((login, password, session.ssl is not None))
        return AuthResult(success=(login, password) == (USER, PASSWORD), handled=False)

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        self.received.append(envelope)
        return "250 Modtaget"

    def messages(self) -> list[EmailMessage]:
        parsed = []
        for envelope in self.received:
            assert isinstance(envelope.content, bytes)
            message = email.message_from_bytes(envelope.content, policy=default)
            assert isinstance(message, EmailMessage)
            parsed.append(message)
        return parsed

    def message(self) -> EmailMessage:
        (only,) = self.messages()
        return only


def _payload(part: EmailMessage) -> bytes:
    """The part's content as sent, transfer encoding undone (nothing for a multipart)."""
    data = part.get_payload(decode=True)
    assert data is None or isinstance(data, bytes)
    return data or b""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def start_smtp(certificate: Certificate) -> Iterator[Callable[..., LocalSmtp]]:
    """Start a server: with STARTTLS required (the normal case), or without STARTTLS but offering AUTH
    in plain text, the trap a careless client walks into."""
    controllers: list[Controller] = []

    def start(starttls: bool = True) -> LocalSmtp:
        smtp = LocalSmtp(_free_port())
        options: dict[str, Any] = {"authenticator": smtp.authenticate, "auth_require_tls": starttls}
        if starttls:
            options |= {"tls_context": certificate.server_context(), "require_starttls": True}
        controller = Controller(smtp, hostname="127.0.0.1", port=smtp.port, **options)
        controller.start()
        controllers.append(controller)
        return smtp

    yield start
    for controller in controllers:
        controller.stop()


# --- a booking to send --------------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    advisor: Person
    pia: Person
    booking: Booking
    secrets: KeyringSecrets


def _world(ctx: Context, clock: FixedClock, port: int) -> World:
    advisor = add_advisor(ctx)
    rule = RecurrenceRule(weekday=3, start_time=time(9), starts_on=date(2027, 3, 1), count=10)
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.SPARRING, video_url=VIDEO))
    pia = add_member(ctx, "pia@randers.example")
    clock.day = date(2027, 3, 1)
    booking = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id, GP)
    secrets = KeyringSecrets(MemoryKeyring())
    mail.set_smtp_server(ctx, ADMIN, SmtpServer("127.0.0.1", port, USER, SENDER), PASSWORD, secrets)
    return World(advisor, pia, booking, secrets)


def _slot_on(ctx: Context, day: date) -> Slot:
    (found,) = slots.list_slots(ctx, municipality_code="730", from_date=day, to_date=day)
    return found


def _parts(message: EmailMessage) -> tuple[EmailMessage, EmailMessage]:
    assert message.get_content_type() == "multipart/alternative"
    text, calendar = message.iter_parts()
    assert isinstance(text, EmailMessage) and isinstance(calendar, EmailMessage)
    return text, calendar


def _sent_entries(ctx: Context, booking_id: int) -> list[dict[str, Any]]:
    with ctx.store.read() as uow:
        entries = uow.audit.list(entity="booking", entity_id=str(booking_id))
    return [e.after or {} for e in entries if e.action == "invite.sent"]


# --- the message ------------------------------------------------------------------------------------


def test_the_invite_mail_carries_exactly_the_exported_file_over_starttls(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
    sender = SmtpSender(w.secrets, certificate.client_context())

    sent = mail.send_booking_invite(ctx, actor_of(w.advisor), w.booking.id, sender)

    assert server.logins == [(USER, PASSWORD, True)]  # the password, and only over TLS
    (envelope,) = server.received
    everyone = {w.pia.email, GP.email, w.advisor.email}
    assert envelope.mail_from == SENDER and set(envelope.rcpt_tos) == everyone
    message = server.message()
    assert message["Subject"] == "Invitation: BUA-sparring - Randers Kommune, 11.03.2027 kl. 09.00"
    assert message["Reply-To"] == "Ulla Bak <ulla@bua.example>"
    text, calendar = _parts(message)
    assert calendar.get_content_type() == "text/calendar"
    assert (calendar.get_param("method"), calendar.get_param("charset")) == ("REQUEST", "UTF-8")
    assert _payload(calendar) == invites.booking_invite(ctx, w.booking.id)
    assert text.get_content().replace("\r\n", "\n") == (
        "BUA-sparring - Randers Kommune\n"
        "Tid: torsdag 11.03.2027 kl. 09.00-09.45\n"
        "BUA-rådgiver: Ulla Bak\n"
        f"Videolink: {VIDEO}\n"
        "\n"
        "Kalenderinvitationen ligger i denne e-mail. Sendt fra BUA Booking.\n"
    )
    assert (sent.method, sent.sequence, set(sent.recipients)) == ("REQUEST", 0, everyone)
    assert _sent_entries(ctx, w.booking.id) == [
        {"method": "REQUEST", "sequence": 0, "recipients": list(sent.recipients)}
    ]


def test_an_update_and_a_cancellation_are_mailed_with_their_method_and_nothing_of_the_reason(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
    sender = SmtpSender(w.secrets, certificate.client_context())
    moved = bookings.reschedule(ctx, actor_of(w.pia), w.booking.id, _slot_on(ctx, date(2027, 3, 18)).id)
    mail.send_booking_invite(ctx, actor_of(w.pia), moved.id, sender)
    reason = "Rådgiveren er syg"
    bookings.set_outcome(ctx, actor_of(w.advisor), moved.id, Outcome.CANCELLED_BY_BUA, reason)
    mail.send_booking_invite(ctx, actor_of(w.advisor), moved.id, sender)

    update, cancel = server.messages()
    assert update["Subject"].strip() == "Opdateret: BUA-sparring - Randers Kommune, 18.03.2027 kl. 09.00"
    assert cancel["Subject"] == "Aflyst: BUA-sparring - Randers Kommune, 18.03.2027 kl. 09.00"
    _, update_calendar = _parts(update)
    cancel_text, cancel_calendar = _parts(cancel)
    assert update_calendar.get_param("method") == "REQUEST"
    assert cancel_calendar.get_param("method") == "CANCEL"
    assert _payload(cancel_calendar) == invites.booking_invite(ctx, moved.id)
    assert b"METHOD:CANCEL" in _payload(cancel_calendar)
    assert cancel_text.get_content().startswith("BUA-sparring - Randers Kommune torsdag 18.03.2027")
    for message in server.messages():  # neither encoded nor decoded
        decoded = b"".join(_payload(part) for part in message.walk() if isinstance(part, EmailMessage))
        assert reason.encode() not in decoded and reason.encode() not in message.as_bytes()
    assert [(e["method"], e["sequence"]) for e in _sent_entries(ctx, moved.id)] == [
        ("REQUEST", 1),
        ("CANCEL", 2),
    ]


# --- refusals ---------------------------------------------------------------------------------------


def test_a_server_without_starttls_never_sees_the_password(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp(starttls=False)
    w = _world(ctx, clock, server.port)
    with pytest.raises(SendFailed, match="tilbyder ikke kryptering"):
        mail.send_booking_invite(
            ctx, actor_of(w.advisor), w.booking.id, SmtpSender(w.secrets, certificate.client_context())
        )
    assert (server.logins, server.received) == ([], [])
    assert _sent_entries(ctx, w.booking.id) == []


def test_an_untrusted_certificate_a_wrong_password_and_no_server_are_one_line_each(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
    send = mail.send_booking_invite
    with pytest.raises(SendFailed, match="certifikat") as untrusted:
        send(ctx, actor_of(w.advisor), w.booking.id, SmtpSender(w.secrets))  # the system's trust only
    assert server.logins == []
    w.secrets.put("bua-booking/smtp", f"{USER}@127.0.0.1:{server.port}", "forkert")
    with pytest.raises(SendFailed, match="afviste brugernavn eller adgangskode"):
        send(ctx, actor_of(w.advisor), w.booking.id, SmtpSender(w.secrets, certificate.client_context()))
    nobody = SmtpServer("127.0.0.1", _free_port(), USER, SENDER)
    with pytest.raises(InvalidInput, match="ingen adgangskode gemt"):  # another server: not the password
        mail.set_smtp_server(ctx, ADMIN, nobody, None, w.secrets)
    mail.set_smtp_server(ctx, ADMIN, nobody, "forkert", w.secrets)
    with pytest.raises(SendFailed, match="Kan ikke forbinde til mailserveren") as unreachable:
        send(ctx, actor_of(w.advisor), w.booking.id, SmtpSender(w.secrets, certificate.client_context()))
    assert {*server.logins} == {(USER, "forkert", True)}  # smtplib tries PLAIN, then LOGIN
    assert server.received == [] and _sent_entries(ctx, w.booking.id) == []
    for error in (untrusted.value, unreachable.value):
        assert "\n" not in error.message and error.exit_code == 8


def test_no_server_set_up_no_keyring_and_no_administrator(ctx: Context, clock: FixedClock) -> None:
    advisor = add_advisor(ctx)
    rule = RecurrenceRule(weekday=3, start_time=time(9), starts_on=date(2027, 1, 14), count=1)
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.SPARRING))
    pia = add_member(ctx, "pia@randers.example")
    booking = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 1, 14)).id)
    with pytest.raises(SendFailed, match="ingen mailserver sat op"):
        mail.send_booking_invite(
            ctx, actor_of(advisor), booking.id, SmtpSender(KeyringSecrets(MemoryKeyring()))
        )
    server = SmtpServer("smtp.rm.dk", 587, USER, SENDER)
    with pytest.raises(StoreUnavailable, match="ingen nøglering"):
        mail.set_smtp_server(ctx, ADMIN, server, PASSWORD, KeyringSecrets(FailKeyring()))  # type: ignore[no-untyped-call]
    with pytest.raises(RuleRefused, match="Kun en BUA-administrator"):
        mail.set_smtp_server(ctx, actor_of(advisor), server, PASSWORD, KeyringSecrets(MemoryKeyring()))
    assert mail.smtp_server(ctx) is None  # nothing half-stored
    admin = add_person(ctx, ADMIN, NewPerson("admin@bua.example", "Anne Dal", Role.ADMINISTRATOR))
    secrets = KeyringSecrets(MemoryKeyring())
    assert mail.set_smtp_server(ctx, actor_of(admin), server, PASSWORD, secrets) == server
    assert mail.smtp_server(ctx) == server
    assert secrets.get("bua-booking/smtp", f"{USER}@smtp.rm.dk:587") == PASSWORD
    with ctx.store.read() as uow:
        (entry,) = [e for e in uow.audit.list() if e.action == "smtp.set"]
    assert PASSWORD not in str(entry.after) and entry.actor.person_id == admin.id


def test_a_colleague_cannot_mail_someone_elses_invite(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
    colleague = add_member(ctx, "ole@randers.example")
    sender = SmtpSender(w.secrets, certificate.client_context())
    with pytest.raises(RuleRefused, match="Kun den, der har booket, eller BUA"):
        mail.send_booking_invite(ctx, actor_of(colleague), w.booking.id, sender)
    assert server.received == [] and _sent_entries(ctx, w.booking.id) == []
    mail.send_booking_invite(ctx, actor_of(w.pia), w.booking.id, sender)  # the booker may
    assert len(server.received) == 1


# --- the command line --------------------------------------------------------------------------------


def test_smtp_set_show_and_send_invite_from_the_command_line(
    ctx: Context,
    clock: FixedClock,
    store_url: str,
    certificate: Certificate,
    start_smtp: Callable[..., LocalSmtp],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli_main.main(["--database", store_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    prompts: list[str] = []

    def answer(prompt: str) -> str:
        prompts.append(prompt)
        return PASSWORD

    monkeypatch.setattr("getpass.getpass", answer)
    smtp_args = ["--host", "127.0.0.1", "--port", str(server.port), "--user", USER, "--from", SENDER]
    code, out, _ = run("smtp", "set", *smtp_args)
    assert code == 0 and "Mailserveren er sat op" in out and len(prompts) == 1
    assert memory_keyring.passwords == {("bua-booking/smtp", f"{USER}@127.0.0.1:{server.port}"): PASSWORD}
    code, out, _ = run("smtp", "show", "--json")
    assert code == 0 and '"password_stored": true' in out and PASSWORD not in out

    code, _, err = run("send-invite", "--booking", str(w.booking.id))  # the certificate is not trusted
    assert code == 8 and err.count("\n") == 1 and "certifikat" in err
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))  # trusted through the usual variable
    code, out, _ = run("send-invite", "--booking", str(w.booking.id))
    assert code == 0 and "Invitationen (udgave 0) er sendt til" in out
    (_, calendar) = _parts(server.message())
    assert calendar.get_param("method") == "REQUEST"
    assert server.logins[-1] == (USER, PASSWORD, True)

    keyring.set_keyring(FailKeyring())  # type: ignore[no-untyped-call]
    code, _, err = run("send-invite", "--booking", str(w.booking.id))
    assert code == StoreUnavailable.exit_code and "ingen nøglering" in err and err.count("\n") == 1
    code, out, _ = run("--as", w.pia.email, "send-invite", "--booking", "999999", "--json")
    assert code == 3 and '"code": "not_found"' in out
