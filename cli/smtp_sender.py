"""The MailSender port over SMTP (smtplib): submission with STARTTLS, then login, then the message.

It lives with the wiring (cli/), not in db/, because it is no persistence: the command line and the GUI's
start-up both build one and hand it to the services. Encryption is not optional: a server that offers
no STARTTLS is refused before the password is sent, and the server's certificate is checked against the
system's trusted authorities (tests pass their own ssl context). Every failure becomes one Danish line.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage

from app.domain.mail import SmtpServer
from app.errors import SendFailed
from app.ports import SMTP_SECRET_SERVICE, SecretStore


class SmtpSender:
    def __init__(
        self, secrets: SecretStore, ssl_context: ssl.SSLContext | None = None, timeout: float = 30.0
    ) -> None:
        self._secrets = secrets
        self._ssl_context = ssl_context
        self._timeout = timeout

    def send(self, server: SmtpServer, message: EmailMessage, recipients: Sequence[str]) -> None:
        password = self._secrets.get(SMTP_SECRET_SERVICE, server.secret_account)
        if password is None:
            raise SendFailed(
                f"Der er ingen adgangskode til {server.user} i nøgleringen: kør 'bua-booking smtp set' igen."
            )
        where = f"{server.host}:{server.port}"
        try:
            with smtplib.SMTP(server.host, server.port, timeout=self._timeout) as smtp:
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    raise SendFailed(
                        f"Mailserveren {where} tilbyder ikke kryptering (STARTTLS): "
                        "adgangskoden sendes ikke ukrypteret, og intet er sendt."
                    )
                smtp.starttls(context=self._ssl_context or ssl.create_default_context())
                smtp.ehlo()
                smtp.login(server.user, password)
                refused = smtp.send_message(message, from_addr=server.sender, to_addrs=list(recipients))
            if refused:  # the others got it
                raise SendFailed(
                    f"Mailserveren {where} afviste {', '.join(sorted(refused))}; de øvrige modtagere fik den."
                )
        except smtplib.SMTPNotSupportedError:
            raise SendFailed(f"Mailserveren {where} tilbyder ikke login (AUTH).") from None
        except smtplib.SMTPAuthenticationError:
            raise SendFailed(f"Mailserveren {where} afviste brugernavn eller adgangskode.") from None
        except smtplib.SMTPRecipientsRefused as error:
            names = ", ".join(sorted(error.recipients))
            raise SendFailed(f"Mailserveren {where} afviste modtagerne: {names}.") from None
        except smtplib.SMTPResponseException as error:
            reply = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else ""
            text = " ".join(f"{error.smtp_code} {reply}".split())
            raise SendFailed(f"Mailserveren {where} afviste beskeden ({text}).") from None
        except smtplib.SMTPException as error:
            raise SendFailed(f"Mailserveren {where} afviste beskeden ({_line(error)}).") from None
        except ssl.SSLError as error:
            raise SendFailed(
                f"Den krypterede forbindelse til {where} kunne ikke oprettes "
                f"(serverens certifikat kunne ikke godkendes?): {_line(error)}"
            ) from None
        except OSError as error:
            raise SendFailed(f"Kan ikke forbinde til mailserveren {where}: {_line(error)}") from None


def _line(error: BaseException) -> str:
    text = getattr(error, "strerror", None) or getattr(error, "reason", None) or str(error)
    return " ".join(str(text).split()) or type(error).__name__
