"""The command line, as admins and scripts use it, on both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main
from tests.fakes import MemoryKeyring


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--database", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def setup_randers(capsys: pytest.CaptureFixture[str], url: str) -> None:
    for args in (
        ["people", "add", "--email", "ulla@bua.example", "--name", "Ulla Bak", "--role", "advisor"],
        ["contacts", "assign", "--municipality", "730", "--email", "ulla@bua.example"],
    ):
        code, _, err = run(capsys, url, *args)
        assert code == 0, err


def test_randers_series_from_the_command_line(capsys: pytest.CaptureFixture[str], store_url: str) -> None:
    setup_randers(capsys, store_url)
    code, out, err = run(
        capsys,
        store_url,
        "series",
        "add",
        "--municipality",
        "730",
        "--advisor",
        "ulla@bua.example",
        "--weekday",
        "thu",
        "--time",
        "09:00",
        "--from",
        "2027-03-01",
        "--until",
        "2027-05-31",
        "--video-url",
        "https://video.example/randers",
        "--json",
    )
    assert code == 0, err
    created = json.loads(out)
    assert created["slots_created"] == 11
    assert [s["reason"] for s in created["skipped"]] == ["Skærtorsdag", "Kristi himmelfartsdag"]

    code, out, _ = run(capsys, store_url, "slots", "list", "--municipality", "730", "--json")
    listed = json.loads(out)
    starts = [s["start"] for s in listed["slots"]]
    assert starts[0] == "2027-03-04T09:00:00+01:00" and starts[-1] == "2027-05-27T09:00:00+02:00"
    assert set(listed["slots"][0]) >= {
        "id",
        "start",
        "end",
        "municipality",
        "advisor",
        "session_type",
        "capacity",
        "status",
    }
    assert listed["slots"][0]["advisor"] == "ulla@bua.example"
    assert [s["date"] for s in listed["skipped"]] == ["2027-03-25", "2027-05-06"]

    code, out, _ = run(capsys, store_url, "slots", "list", "--from", "2027-03-04", "--to", "2027-03-04")
    assert code == 0 and "2027-03-04 09:00-09:45" in out and "2027-03-11" not in out


def test_a_refusal_is_one_danish_line_and_a_documented_exit_code(
    capsys: pytest.CaptureFixture[str], store_url: str
) -> None:
    setup_randers(capsys, store_url)
    code, out, err = run(
        capsys,
        store_url,
        "series",
        "add",
        "--municipality",
        "999",
        "--advisor",
        "ulla@bua.example",
        "--weekday",
        "mon",
        "--time",
        "9:00",
        "--from",
        "2027-01-04",
        "--count",
        "3",
    )
    assert code == 3 and out == ""
    assert err == "bua-booking: Ukendt kommunekode: 999.\n"

    code, out, _ = run(
        capsys,
        store_url,
        "contacts",
        "assign",
        "--municipality",
        "730",
        "--email",
        "ulla@bua.example",
    )
    assert code == 4

    code, out, err = run(
        capsys,
        store_url,
        "series",
        "add",
        "--municipality",
        "730",
        "--advisor",
        "ulla@bua.example",
        "--weekday",
        "mon",
        "--time",
        "23:00",
        "--from",
        "2027-01-04",
        "--count",
        "3",
        "--json",
    )
    assert code == 2 and err == ""
    assert json.loads(out)["error"]["code"] == "invalid_input"
    code, out, _ = run(capsys, store_url, "series", "list", "--json")
    assert json.loads(out) == []  # nothing half-written


def test_closures_from_the_command_line(capsys: pytest.CaptureFixture[str], store_url: str) -> None:
    code, _, err = run(capsys, store_url, "closures", "add", "2027-06-04", "--reason", "Temadag")
    assert code == 0, err
    code, out, _ = run(capsys, store_url, "closures", "remove", "--annual", "05-06")  # 5 June, day first
    assert (code, out) == (0, "Årlig lukkedag slået fra: 05-06.\n")
    code, out, _ = run(capsys, store_url, "closures", "list", "--json")
    listed = json.loads(out)
    assert listed["dates"] == [{"date": "2027-06-04", "reason": "Temadag"}]
    assert {"month": 6, "day": 5, "reason": "Grundlovsdag", "enabled": False} in listed["annual"]
    code, _, err = run(capsys, store_url, "closures", "remove", "2027-06-05")
    assert code == 3 and "ikke en lukkedag" in err


def test_the_installed_command_runs_demo_and_reports_errors_without_traceback(
    tmp_path: Path,
) -> None:
    executable = Path(sys.executable).with_name("bua-booking")
    env = {**os.environ, "BUA_BOOKING_DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}"}
    done = subprocess.run(
        [executable, "demo", "--years", "1"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [executable, "municipalities", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    municipalities = json.loads(listed.stdout)
    assert len(municipalities) == 19 and all(m["advisor"] for m in municipalities)

    bad = subprocess.run(
        [executable, "--database", "postgresql://nobody@127.0.0.1:1/none", "series", "list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 6
    assert "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_the_command_line_takes_the_servers_password_from_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cli.wiring import with_stored_password

    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = "postgresql+psycopg://pia@db.region.example:5432/bua"
    assert with_stored_password(url) == url  # nothing stored: the server may trust this machine
    memory_keyring.set_password("BUA Booking", "pia@db.region.example:5432/bua", "hemmelig/kode")
    assert with_stored_password(url) == "postgresql+psycopg://pia:hemmelig%2Fkode@db.region.example:5432/bua"
    given = "postgresql+psycopg://pia:anden@db.region.example:5432/bua"
    assert with_stored_password(given) == given  # a password given wins
    assert with_stored_password("sqlite:///bua.db") == "sqlite:///bua.db"
