"""Invites by e-mail from the command line: `smtp set`, `send-invite`, and the commands that mail their
invites by themselves (book, reschedule, cancel, an absence's handover, a series' new video link or
advisor), to the local SMTP server.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

import cli.main as cli_main
from app.domain.mail import SmtpServer
from app.domain.model import ContactKind
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import StoreUnavailable
from app.services import absences, bookings, contacts, mail, slots
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from cli.smtp_sender import SmtpSender
from db.secrets import KeyringSecrets
from tests.fakes import FixedClock, MemoryKeyring
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member
from tests.integration.mail_world import GP, VIDEO, make_world, parts, slot_on
from tests.local_smtp import PASSWORD, SENDER, USER, Certificate, LocalSmtp, payload

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
    w = make_world(ctx, clock, server.port)

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
    (_, calendar) = parts(server.message())
    assert calendar.get_param("method") == "REQUEST"
    assert server.logins[-1] == (USER, PASSWORD, True)

    keyring.set_keyring(FailKeyring())  # type: ignore[no-untyped-call]
    code, _, err = run("send-invite", "--booking", str(w.booking.id))
    assert code == StoreUnavailable.exit_code and "ingen nøglering" in err and err.count("\n") == 1
    code, out, _ = run("--as", w.pia.email, "send-invite", "--booking", "999999", "--json")
    assert code == 3 and '"code": "not_found"' in out


def test_book_move_and_cancel_from_the_command_line_mail_their_invites_by_themselves(
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
    clock.day = date.today()  # the command line books on the real clock
    advisor = add_advisor(ctx)
    first = date.today() + timedelta(days=14)
    rule = RecurrenceRule(weekday=2, start_time=time(9), starts_on=first, count=4)  # Wednesdays
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.SPARRING, video_url=VIDEO))
    pia = add_member(ctx, "pia@randers.example")
    smtp = SmtpServer("127.0.0.1", server.port, USER, SENDER)
    mail.set_smtp_server(ctx, ADMIN, smtp, PASSWORD, KeyringSecrets())  # the keyring the CLI reads
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    week_one, week_two, *_ = slots.list_slots(ctx, municipality_code="730", from_date=first)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli_main.main(["--database", store_url, "--as", pia.email, *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = run("book", "--slot", str(week_one.id))
    assert (code, err) == (0, "") and "Booket" in out
    assert f"Invitationen (udgave 0) er sendt til {pia.email}, {advisor.email}" in out
    (booking,) = bookings.list_bookings(ctx, person_email=pia.email)
    code, out, _ = run("reschedule", "--booking", str(booking.id), "--to-slot", str(week_two.id), "--json")
    assert code == 0 and '"sequence": 1' in out and '"mail_server": true' in out
    code, out, _ = run("cancel", "--booking", str(booking.id), "--reason", "other", "--no-invite")
    assert code == 0 and "Invitation" not in out
    methods = [parts(m)[1].get_param("method") for m in server.messages()]
    assert methods == ["REQUEST", "REQUEST"]  # the cancellation was not sent: --no-invite

    # A server that refuses leaves the booking standing: a warning, exit 0, the failure in the audit log.
    memory_keyring.set_password("bua-booking/smtp", smtp.secret_account, "forkert")
    code, out, err = run("book", "--slot", str(week_one.id))
    assert code == 0 and "Booket" in out and err.count("\n") == 1
    assert err.startswith("Advarsel: invitationen blev ikke sendt: ") and "send-invite --booking" in err
    booked = [b for b in bookings.list_bookings(ctx, person_email=pia.email) if b.slot_id == week_one.id]
    assert len(server.messages()) == 2 and booked[-1].state.value == "booked"
    with ctx.store.read() as uow:
        entries = uow.audit.list(entity="booking", entity_id=str(booked[-1].id))
    (failure,) = [e.after for e in entries if e.action == "invite.failed"]
    assert failure is not None and failure["method"] == "REQUEST" and "adgangskode" in failure["error"]


def test_a_handover_mails_the_advisors_cancellation_then_the_deputys_invite(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = make_world(ctx, clock, server.port)
    deputy = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email)
    assert w.booking.slot_id is not None
    result = absences.add_absence(
        ctx,
        actor_of(w.advisor),
        w.advisor.email,
        date(2027, 3, 8),
        date(2027, 3, 12),
        "Kursus",
        {w.booking.slot_id: absences.Handling.DEPUTY},
    )
    assert list(result.invites_changed) == [w.booking.id]
    refusing = SmtpSender(KeyringSecrets(MemoryKeyring()), certificate.client_context())  # no password
    failed = mail.send_invites_after_change(ctx, actor_of(w.advisor), [w.booking.id], refusing)
    assert failed.failed and server.received == []  # neither part went: the old event stands alone

    sender = SmtpSender(w.secrets, certificate.client_context())
    sent = mail.send_invites_after_change(ctx, actor_of(w.advisor), [w.booking.id], sender)

    assert [s.method for s in sent.sent] == ["REQUEST"], sent.failed  # what the invite is now
    cancel, request = (parts(m)[1] for m in server.messages())
    old, new = payload(cancel), payload(request)
    assert cancel.get_param("method") == "CANCEL" and request.get_param("method") == "REQUEST"
    assert f"UID:{w.booking.ical_uid}".encode() in old and b"SEQUENCE:1" in old
    assert f"mailto:{w.advisor.email}".encode() in old.replace(b"\r\n ", b"")
    handed = bookings.list_bookings(ctx, person_email=w.pia.email)[0]
    assert handed.superseded is None and f"UID:{handed.ical_uid}".encode() in new
    assert f"mailto:{deputy.email}".encode() in new.replace(b"\r\n ", b"")

    again = mail.send_invites_after_change(ctx, actor_of(w.advisor), [w.booking.id], sender)
    assert again.failed  # the session is the deputy's now: the advisor's part ended with the cancellation
    mail.send_invites_after_change(ctx, actor_of(deputy), [w.booking.id], sender)  # only the new event
    assert [parts(m)[1].get_param("method") for m in server.messages()] == ["CANCEL", "REQUEST", "REQUEST"]


def test_a_new_video_link_mails_the_booked_sessions_new_invites_from_the_command_line(
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
    w = make_world(ctx, clock, server.port)
    smtp = SmtpServer("127.0.0.1", server.port, USER, SENDER)
    mail.set_smtp_server(ctx, ADMIN, smtp, PASSWORD, KeyringSecrets())  # the keyring the CLI reads
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    series_id = slot_on(ctx, date(2027, 3, 11)).series_id  # the booked session's
    new_link = "https://video.bua.example/730-ny"

    edit = ["series", "edit", "--series", str(series_id), "--from", "2027-03-01", "--video-url", new_link]
    code = cli_main.main(["--database", store_url, *edit])
    out, err = capsys.readouterr()

    assert code == 0 and err == "" and f"Invitationen (udgave 1) er sendt til {w.pia.email}" in out
    (_, calendar) = parts(server.message())
    assert calendar.get_param("method") == "REQUEST" and new_link.encode() in payload(calendar)


def test_a_series_given_to_another_advisor_mails_the_handover_pair_from_the_command_line(
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
    w = make_world(ctx, clock, server.port)
    dorte = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    smtp = SmtpServer("127.0.0.1", server.port, USER, SENDER)
    mail.set_smtp_server(ctx, ADMIN, smtp, PASSWORD, KeyringSecrets())  # the keyring the CLI reads
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    series_id = slot_on(ctx, date(2027, 3, 11)).series_id  # the booked session's

    edit = ["series", "edit", "--series", str(series_id), "--from", "2027-03-01", "--advisor", dorte.email]
    code = cli_main.main(["--database", store_url, *edit])
    out, err = capsys.readouterr()

    assert code == 0 and err == "" and f"Invitationen (udgave 0) er sendt til {w.pia.email}" in out
    cancel, request = server.messages()  # the former advisor's event goes first: no calendar holds both
    everyone = {w.pia.email, GP.email}
    assert {*server.received[0].rcpt_tos} == everyone | {w.advisor.email}
    assert {*server.received[1].rcpt_tos} == everyone | {dorte.email}
    old, new = (payload(parts(m)[1]).replace(b"\r\n ", b"") for m in (cancel, request))
    assert parts(cancel)[1].get_param("method") == "CANCEL" and b"METHOD:CANCEL" in old
    assert f"UID:{w.booking.ical_uid}".encode() in old and f"mailto:{w.advisor.email}".encode() in old
    handed = bookings.list_bookings(ctx, person_email=w.pia.email)[0]
    assert handed.superseded is None and f"UID:{handed.ical_uid}".encode() in new
    assert parts(request)[1].get_param("method") == "REQUEST" and f"mailto:{dorte.email}".encode() in new
