"""`bua-booking smtp set|show` and `bua-booking send-invite`: e-mail, for those who want it.

Registered by cli/main.py through `add_mail_commands`; this module imports only argparse at load time.
The password is asked with getpass and goes straight to the keyring: never an argument, never a file.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cli.arguments import number, parse_id

Group = Callable[[str, str], "argparse._SubParsersAction[argparse.ArgumentParser]"]


def add_mail_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    command: Callable[..., argparse.ArgumentParser],
    group: Group,
) -> None:
    smtp = group("smtp", "mailserveren, som invitationer sendes gennem (sættes op af en administrator)")
    put = command(
        smtp,
        "set",
        "mail_commands.smtp_set",
        "sæt mailserveren op; adgangskoden spørges om og gemmes i styresystemets nøglering",
    )
    put.add_argument("--host", required=True, help="fx smtp.rm.dk")
    put.add_argument("--port", type=number, default=587, help="standard 587 (STARTTLS)")
    put.add_argument("--user", required=True, help="brugernavnet på mailserveren")
    put.add_argument("--from", dest="sender", required=True, metavar="EMAIL", help="afsenderadressen")
    command(smtp, "show", "mail_commands.smtp_show", "vis mailserverens opsætning", json=True)

    send = command(
        sub,
        "send-invite",
        "mail_commands.send_invite",
        "send en bookings kalenderinvitation (eller aflysning) til deltagerne og rådgiveren",
        json=True,
    )
    send.add_argument("--booking", type=parse_id, required=True, metavar="ID")


def smtp_set(args: argparse.Namespace) -> int:
    import getpass

    from app.domain.mail import SmtpServer
    from app.errors import InvalidInput
    from app.services import mail
    from cli.commands import acting_actor, open_context
    from db.secrets import KeyringSecrets

    server = SmtpServer(args.host.strip(), args.port, args.user.strip(), args.sender.strip())
    ctx = open_context(args)
    actor = acting_actor(ctx, args)
    try:
        password = getpass.getpass(
            f"Adgangskode til {server.user} på {server.host} (tom: behold den gemte): "
        )
    except EOFError:
        raise InvalidInput("Ingen adgangskode angivet.") from None
    mail.set_smtp_server(ctx, actor, server, password or None, KeyringSecrets())
    print(f"Mailserveren er sat op: {server.user} på {server.host}:{server.port}, afsender {server.sender}.")
    return 0


def smtp_show(args: argparse.Namespace) -> int:
    from app.errors import StoreUnavailable
    from app.ports import SMTP_SECRET_SERVICE
    from app.services import mail
    from cli.commands import open_context
    from cli.output import print_json
    from db.secrets import KeyringSecrets

    server = mail.smtp_server(open_context(args))
    if server is None:
        if args.json:
            print_json({"smtp": None})
        else:
            print(mail.NOT_SET_UP)
        return 0
    try:
        stored: bool | None = KeyringSecrets().get(SMTP_SECRET_SERVICE, server.secret_account) is not None
    except StoreUnavailable:
        stored = None  # no keyring on this machine: cannot tell
    if args.json:
        print_json(
            {
                "smtp": {
                    "host": server.host,
                    "port": server.port,
                    "user": server.user,
                    "from": server.sender,
                    "password_stored": stored,
                }
            }
        )
        return 0
    answer = {True: "ja", False: "nej", None: "ukendt (ingen nøglering på denne computer)"}[stored]
    print(f"Server:     {server.host}:{server.port} (STARTTLS)")
    print(f"Bruger:     {server.user}")
    print(f"Afsender:   {server.sender}")
    print(f"Adgangskode i nøgleringen: {answer}")
    return 0


def send_invite(args: argparse.Namespace) -> int:
    from app.services import mail
    from cli.commands import acting_actor, open_context
    from cli.output import print_json, sent_json, sent_line
    from cli.smtp_sender import SmtpSender
    from db.secrets import KeyringSecrets

    ctx = open_context(args)
    sent = mail.send_booking_invite(ctx, acting_actor(ctx, args), args.booking, SmtpSender(KeyringSecrets()))
    if args.json:
        print_json(sent_json(sent))
        return 0
    print(sent_line(sent))
    return 0
