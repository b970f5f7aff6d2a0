"""`bua-booking server setup|add-login|remove-login|purge`: a shared PostgreSQL store, run by its
database administrator (a superuser login), never by the program's users.

Registered by cli/main.py through `add_server_commands`; this module imports only argparse at load time.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

Group = Callable[[str, str], "argparse._SubParsersAction[argparse.ArgumentParser]"]


def add_server_commands(command: Callable[..., argparse.ArgumentParser], group: Group) -> None:
    server = group(
        "server",
        "en fælles PostgreSQL-server: køres af databaseadministratoren (--database postgresql://ADMIN@vært/db)",
    )
    command(
        server,
        "setup",
        "server_commands.setup",
        "opret eller opgradér roller, skema, rettigheder og rækkesikkerhed (kan køres igen)",
    )
    add = command(
        server,
        "add-login",
        "server_commands.add_login",
        "giv en person i registret et login på serveren (i gruppen for personens rolle)",
    )
    add.add_argument("--email", required=True, help="personens e-mail i registret")
    add.add_argument("--login", required=True, help="loginnavnet, fx Windows-brugernavnet med små bogstaver")
    add.add_argument(
        "--password",
        action="store_true",
        help="sæt en adgangskode (spørges om, eller læses fra standardinput); "
        "uden: Kerberos eller certifikat",
    )
    remove = command(
        server, "remove-login", "server_commands.remove_login", "fjern et login og afbryd dets forbindelser"
    )
    remove.add_argument("--login", required=True)
    command(
        server,
        "purge",
        "server_commands.purge",
        "slet udløbne sagsresuméer helt fra disken og forlæng seriernes tider (til et natligt job)",
    )


def setup(args: argparse.Namespace) -> int:
    from cli.wiring import open_server
    from db.server import setup as set_up

    store = open_server(args.database)
    roles = set_up(store.engine)
    print(
        f"Serveren er sat op ({store.describe()}): ejer {roles.owner}, grupper {', '.join(roles.groups)}. "
        "Giv personer login med 'server add-login'."
    )
    return 0


def add_login(args: argparse.Namespace) -> int:
    from cli.wiring import open_server
    from db.server import add_login as add

    store = open_server(args.database)
    group = add(store.engine, args.email, args.login, _password(args.login) if args.password else None)
    print(f"{args.login} logger nu ind som {args.email.strip().lower()} (gruppe {group}).")
    return 0


def remove_login(args: argparse.Namespace) -> int:
    from cli.wiring import open_server
    from db.server import remove_login as remove

    store = open_server(args.database)
    dropped = remove(store.engine, args.login)
    tail = "og slettet" if dropped else "men findes stadig på serveren (det bruges af andre databaser)"
    print(f"Login {args.login} er fjernet fra {store.describe()} {tail}.")
    return 0


def purge(args: argparse.Namespace) -> int:
    from app.services.series import extend_horizons
    from app.services.summaries import purge_expired
    from cli.wiring import open_server, server_context
    from db.server import reclaim_summaries

    store = open_server(args.database)
    ctx, actor = server_context(store, "server purge")

    extend_horizons(ctx, actor)
    result = purge_expired(ctx, actor)
    reclaim_summaries(store.engine)
    print(
        f"{len(result.booking_ids)} udløbne sagsresuméer slettet, og tabellen er skrevet om "
        f"({store.describe()})."
    )
    return 0


def _password(login: str) -> str:
    import getpass

    from app.errors import InvalidInput

    if sys.stdin.isatty():
        first = getpass.getpass(f"Adgangskode til {login}: ")
        if getpass.getpass("Gentag adgangskoden: ") != first:
            raise InvalidInput("De to adgangskoder er ikke ens.")
    else:
        first = sys.stdin.readline().rstrip("\n")
    if len(first) < 12:
        raise InvalidInput("Adgangskoden skal have mindst 12 tegn.")
    return first
