"""Every command line command, for every role: allowed, or refused with exit 4 and nothing changed.

One world per engine (access_world.py). An allowed command runs on a fresh copy of the world; a
refused one on a shared copy, whose every table must read the same afterwards. The window's services
that no command reaches are test_access_window.py's.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.domain.booking import CancelReason
from app.services.access import POLICY, Action, Kind, Scope
from cli.main import build_parser
from cli.main import main as cli_main
from tests.fakes import MemoryKeyring
from tests.integration.access_world import (
    ADMINS,
    BOOKING_BUA,
    BUA_MANAGERS,
    EVERYONE,
    READERS,
    WORLD_ENGINES,
    Copies,
    World,
    copies_of_world,
    snapshot,
)


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]
    allowed: frozenset[str]
    codes: dict[str, int] = field(default_factory=dict)  # roles whose answer is another exit code
    hidden: dict[str, str] = field(default_factory=dict)  # role: text its allowed output must not hold

    def expected(self, role: str) -> int:
        return self.codes.get(role, 0 if role in self.allowed else 4)


def case(
    line: str, allowed: set[str], codes: dict[str, int] | None = None, hidden: dict[str, str] | None = None
) -> Case:
    return Case(tuple(line.split()), frozenset(allowed), codes or {}, hidden or {})


SUMMARY_TEXT = "Eleven er urolig i timerne."
CASES = {
    "db upgrade": case("db upgrade", set(EVERYONE)),  # a local file; a server is refused (see below)
    "db status": case("db status", set(EVERYONE)),
    "demo": case("demo", set()),  # the system is refused too: the store is not empty
    "municipalities list": case(
        "municipalities list --json", READERS, hidden={"lars": "ulla@bua.example", "pia": "eva@bua.example"}
    ),
    "people add": case("people add --email ny@bua.example --name Ny --role advisor", ADMINS),
    "people list": case(
        "people list --json", READERS, hidden={"pia": "lars@", "ulla": "pia@", "lars": "pia@"}
    ),
    "contacts assign": case(
        "contacts assign --municipality 730 --kind municipal_contact "
        "--email pia@randers.example --from {last}",
        ADMINS,
    ),
    "contacts list": case("contacts list --json", READERS, hidden={"lars": "ulla@", "kim": "eva@"}),
    "closures add": case("closures add {absence_day} --reason Personaledag", ADMINS),
    "closures remove": case("closures remove --annual 24-12", ADMINS),
    "closures list": case("closures list", READERS),
    "series add": case(
        "series add --municipality 730 --advisor ulla@bua.example --weekday tue --time 13:00 "
        "--from {first} --count 2",
        BUA_MANAGERS,
    ),
    "series list": case(
        "series list --json",
        {"ulla", "bo", "eva", "admin", "system"},
        hidden={"eva": '"730"', "ulla": '"665"'},
    ),
    "series edit": case(
        "series edit --series {series} --from {cancel_day} --video-url https://video.example/ny", BUA_MANAGERS
    ),
    "series cancel-occurrence": case(
        "series cancel-occurrence --series {series} --date {cancel_day} --reason Kursus", BUA_MANAGERS
    ),
    "series restore-occurrence": case(
        "series restore-occurrence --series {series} --date {restore_day}", BUA_MANAGERS
    ),
    "series move-occurrence": case(
        "series move-occurrence --slot {move_slot} --date {move_day} --time 13:00", BUA_MANAGERS
    ),
    "slots list": case(
        "slots list --json", READERS, hidden={"lars": '"730"', "eva": '"730"', "pia": '"665"'}
    ),
    "book": case("book --slot {free_slot}", {"pia", "kim"}),
    "cancel": case(
        f"cancel --booking {{booking}} --reason {CancelReason.OTHER.value}", {"pia"} | BOOKING_BUA
    ),
    "reschedule": case("reschedule --booking {booking} --to-slot {free_slot}", {"pia"} | BOOKING_BUA),
    "bookings list": case(
        "bookings list --json",
        READERS,
        hidden={"lars": "pia@", "eva": "pia@", "pia": "mads@", "ulla": "lars@"},
    ),
    "waitlist list": case("waitlist list --slot {teaching_slot}", READERS - {"lars", "eva"}),  # Randers' time
    "waitlist join": case("waitlist join --slot {teaching_slot}", {"kim"}),
    "waitlist leave": case(
        "waitlist leave --slot {teaching_slot}", set(), codes={"pia": 3, "kim": 3, "lars": 3}
    ),
    "absence add": case(
        "absence add --advisor ulla@bua.example --from {absence_day} --to {absence_day} --reason Syg "
        "--cancel-all",
        BUA_MANAGERS,
    ),
    "absence list": case("absence list", {"ulla", "bo", "eva", "admin", "system"}),
    "outcome": case("outcome --booking {booking} --status cancelled-by-bua --reason Syg", BOOKING_BUA),
    "rules show": case("rules show", READERS),
    "rules set": case("rules set max_future_bookings 3", ADMINS),
    "check-summary": case("check-summary {summary_file}", set(EVERYONE)),
    "summary show": case("summary show --booking {booking}", {"pia", "ulla", "bo"}),
    "summary save": case("summary save --booking {booking} --tried Samtaler", {"pia"}),
    "summary submit": case("summary submit --booking {booking}", {"pia"}),
    "summary reminders": case("summary reminders", {"pia", "kim", "lars"}),
    "purge": case("purge", ADMINS),
    # Counts only: municipal staff their own municipality's, BUA the sessions it serves.
    "report": case(
        "report --from {first} --to {last} --json",
        READERS,
        hidden={"kim": '"665"', "pia": '"665"', "lars": '"730"'},
    ),
    "report --municipality": case(
        "report --from {first} --to {last} --municipality 665", READERS - {"pia", "kim"}
    ),
    "export-ics --booking": case("export-ics --booking {booking} -o {ics}", {"pia", "system"} | BOOKING_BUA),
    "export-ics --series": case("export-ics --series {series} -o {ics}", {"ulla", "bo", "admin", "system"}),
    "export-ics --person": case(
        "export-ics --person pia@randers.example --from {first} --to {last} -o {ics}",
        {"pia", "admin", "system"},
    ),
    "smtp set": case("smtp set --host 127.0.0.1 --port 2525 --user bua --from bua@bua.example", ADMINS),
    "smtp show": case("smtp show", ADMINS),
    # No mail server is set up: whoever may send gets exit 8, everyone else the refusal.
    "send-invite": case(
        "send-invite --booking {booking}", set(), codes=dict.fromkeys({"pia", "system"} | BOOKING_BUA, 8)
    ),
}


def _commands() -> set[str]:
    """Every command the parser knows, as "group action" or "command"."""
    found: set[str] = set()
    for action in build_parser()._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
            found |= {f"{name} {child}" for n in nested for child in n.choices} or {name}
    return found


# The database administrator's commands are no person's: a server decides who runs them (a
# superuser), and tests/integration/test_server_setup.py shows that a person's login cannot.
SERVER_COMMANDS = {"server setup", "server add-login", "server remove-login", "server purge"}


def test_the_table_covers_every_command() -> None:
    covered = {key.split(" --")[0] for key in CASES}
    assert covered | SERVER_COMMANDS == _commands()


@pytest.fixture(scope="module", params=WORLD_ENGINES)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Copies, World]]:
    yield from copies_of_world(request, tmp_path_factory)


@pytest.fixture(scope="module")
def shared(world: tuple[Copies, World]) -> str:
    return world[0].fresh()


@pytest.fixture
def cli(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> Iterator[object]:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "hemmelig")

    def run(url: str, role: str, argv: list[str]) -> tuple[int, str, str]:
        copies, _ = request.getfixturevalue("world")
        url, acting = copies.connect_as(url, role)
        code = cli_main(["--database", url, *acting, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    yield run


@pytest.mark.parametrize("role", EVERYONE)
@pytest.mark.parametrize("command", list(CASES))
def test_every_command_for_every_role(
    command: str, role: str, world: tuple[Copies, World], shared: str, cli: object, tmp_path: Path
) -> None:
    copies, built = world
    spec = CASES[command]
    summary_file = tmp_path / "resume.txt"
    summary_file.write_text(SUMMARY_TEXT, encoding="utf-8")
    values = {**built.ids, "summary_file": summary_file, "ics": tmp_path / "out.ics"}
    argv = [part.format(**values) for part in spec.argv]
    expected = spec.expected(role)
    if command in ("db upgrade", "purge") and shared.startswith("postgresql"):
        expected = 2  # a server's administrator migrates and purges it (`server setup|purge`), no client
    url = copies.fresh() if expected != 4 else shared
    before = snapshot(url) if expected == 4 else None
    code, out, err = cli(url, role, argv)  # type: ignore[operator]
    unseen = expected == 4 and role in copies.logins and code == 3
    if unseen:
        # Logged in as themselves, a person is not even told that another's booking or time exists:
        # row-level security hides it, and the answer is the one for an id nobody has.
        message = json.loads(out)["error"]["message"] if "--json" in argv else err
        assert "Ingen " in message and message.count("\n") <= 1, message
        code = 4
    assert code == expected, f"{command} as {role}: {err or out}"
    if expected == 4:
        if unseen:
            pass
        elif "--json" in argv:  # the refusal is a JSON object on stdout
            assert json.loads(out)["error"]["code"] == "rule_refused" and not err
        else:
            assert err.count("\n") == 1 and "Traceback" not in err and not out, err
        assert snapshot(url) == before, f"{command} as {role} was refused but changed the store"
    if role in spec.hidden:
        assert spec.hidden[role] not in out, f"{command} as {role} shows {spec.hidden[role]!r}"
    if command == "bookings list" and role == "kim":  # the municipality's contact sees who booked
        assert "pia@randers.example" in json.dumps(json.loads(out))
    if expected != 4:
        copies.discard(url)


def test_the_readme_table_is_the_policy() -> None:
    """README's "Who may do what" rows say, per action, exactly the scopes POLICY gives."""
    words = {"no": Scope.NONE, "own": Scope.OWN, "municipality": Scope.MUNICIPALITY}
    words |= {"served": Scope.SERVED, "all": Scope.ALL}
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 8 and cells[0].startswith("`") and cells[0].strip("`") in set(Action):
            rows[Action(cells[0].strip("`"))] = tuple(words[c] for c in cells[2:])
    kinds = (Kind.STAFF, Kind.CONTACT, Kind.ADVISOR, Kind.ADMINISTRATOR, Kind.GP, Kind.SYSTEM)
    assert rows == {action: tuple(POLICY[action][k] for k in kinds) for action in Action}
