"""A real SMTP server (aiosmtpd) on 127.0.0.1 that speaks STARTTLS with a certificate made for the test,
for the tests that send invites (tests/integration/test_mail.py, the staff page). The client trusts that
certificate only through the ssl context (or SSL_CERT_FILE) the test hands it; the system's trust store
is never touched. The fixtures are registered in tests/conftest.py."""

from __future__ import annotations

import email
import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER, PASSWORD = "bua-booking", "korrekt hest batteri"
SENDER = "booking@bua.example"

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


def payload(part: EmailMessage) -> bytes:
    """The part's content as sent, transfer encoding undone (nothing for a multipart)."""
    data = part.get_payload(decode=True)
    assert data is None or isinstance(data, bytes)
    return data or b""


def free_port() -> int:
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
        smtp = LocalSmtp(free_port())
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
