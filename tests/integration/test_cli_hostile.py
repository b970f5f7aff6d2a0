"""Hostile input on the command line: each a clear Danish line, the documented exit code, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.test_cli import run

ABSENCE_END = ["--to", "2027-01-04", "--reason", "x"]
PERSON = ["people", "add", "--email", "ny@bua.example", "--role", "advisor", "--name"]


def _people(capsys: pytest.CaptureFixture[str], url: str) -> list[object]:
    code, out, _ = run(capsys, url, "people", "list", "--json")
    assert code == 0
    return list(json.loads(out))


@pytest.mark.parametrize(
    "argv",
    [
        ["book", "--slot", "99999999999999999999999"],
        ["book", "--slot", "2147483648"],  # one past PostgreSQL's integer
        ["cancel", "--booking", "-1", "--reason", "other"],
        ["export-ics", "--series", "0", "-o", "-"],
        ["absence", "add", "--advisor", "a@b.dk", "--from", "2027-01-04", *ABSENCE_END, "--cancel", "1,9e99"],
    ],
)
def test_ids_out_of_range_are_usage_errors(
    capsys: pytest.CaptureFixture[str], store_url: str, argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(capsys, store_url, *argv)
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "ugyldig" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("x" * 60_000, "højst være 200 tegn"),
        ("Pia\x1b[2J Holm", "kontroltegn"),
        ("Pia\x07Holm", "kontroltegn"),
    ],
)
def test_text_too_long_or_with_control_characters_is_refused_on_both_engines(
    capsys: pytest.CaptureFixture[str], store_url: str, name: str, message: str
) -> None:
    code, out, err = run(capsys, store_url, *PERSON, name)
    assert (code, out) == (2, "") and message in err and err.count("\n") == 1
    assert "\x1b" not in err and "\x07" not in err  # never printed raw
    assert _people(capsys, store_url) == []


def test_every_free_text_field_has_its_limit(capsys: pytest.CaptureFixture[str], store_url: str) -> None:
    long = "x" * 301
    for argv in (
        ["closures", "add", "2027-06-04", "--reason", long],
        ["closures", "add", "--annual", "10-06", "--reason", long],
        ["people", "add", "--email", f"{'x' * 250}@bua.example", "--name", "Ny", "--role", "advisor"],
    ):
        code, _, err = run(capsys, store_url, *argv)
        assert code == 2 and "tegn" in err, (argv, err)
    code, out, _ = run(capsys, store_url, "closures", "list", "--json")
    assert len(json.loads(out)["dates"]) == 0


def test_a_mistyped_store_path_is_not_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "sqlite:///typo.db", "slots", "list")
    assert (code, out) == (6, "") and "typo.db findes ikke" in err and "db upgrade" in err
    assert not (tmp_path / "typo.db").exists()
    code, _, _ = run(capsys, "sqlite:///typo.db", "db", "upgrade")
    assert code == 0 and (tmp_path / "typo.db").exists()
    assert run(capsys, "sqlite:///typo.db", "slots", "list")[0] == 0


def test_a_folder_a_corrupt_file_and_a_read_only_store_say_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sqlite_template: Path
) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is no database, just text that happens to be long enough" * 40)
    for url, words in (
        (f"sqlite:///{tmp_path}", "er en mappe"),
        (f"sqlite:///{corrupt}", "beskadiget"),
    ):
        code, out, err = run(capsys, url, "slots", "list")
        assert (code, out) == (6, "") and words in err and err.count("\n") == 1, err
    assert corrupt.read_bytes().startswith(b"this is no database")  # left as it was

    readonly = tmp_path / "readonly.db"
    readonly.write_bytes(sqlite_template.read_bytes())
    url = f"sqlite:///file:{readonly}?mode=ro&uri=true"
    assert run(capsys, url, "slots", "list")[0] == 0  # reading is fine
    code, _, err = run(capsys, url, "closures", "add", "2027-06-04", "--reason", "Temadag")
    assert code == 6 and "skrivebeskyttet" in err and "optaget" not in err


def test_output_that_cannot_be_written_is_exit_2(
    capsys: pytest.CaptureFixture[str], store_url: str, tmp_path: Path
) -> None:
    from tests.integration.test_cli import setup_randers

    setup_randers(capsys, store_url)
    series = "series add --municipality 730 --advisor ulla@bua.example --weekday mon --time 10:00"
    assert run(capsys, store_url, *series.split(), "--from", "2027-03-01", "--count", "2")[0] == 0
    for target, words in ((tmp_path / "missing" / "x.ics", "findes ikke"), (tmp_path, "er en mappe")):
        code, out, err = run(capsys, store_url, "export-ics", "--series", "1", "-o", str(target))
        assert (code, out) == (2, "") and words in err, err


def test_a_closed_pipe_ends_quietly(
    capsys: pytest.CaptureFixture[str], sqlite_template: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store.db"
    store.write_bytes(sqlite_template.read_bytes())
    assert run(capsys, f"sqlite:///{store}", "demo")[0] == 0  # a listing longer than a pipe holds
    command = [sys.executable, "-m", "cli.entry", "--database", f"sqlite:///{store}", "slots", "list"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert "Tid" in process.stdout.readline().decode()
    process.stdout.close()  # as `| head -1` does
    code = process.wait(timeout=60)
    err = process.stderr.read().decode()
    assert (code, err) == (0, "")


def test_a_refusal_as_json_into_a_closed_pipe_keeps_its_exit_code(
    capsys: pytest.CaptureFixture[str], sqlite_template: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store.db"
    store.write_bytes(sqlite_template.read_bytes())
    refused = ["--as", "nobody@randers.example", "book", "--slot", "999", "--json"]
    code = run(capsys, f"sqlite:///{store}", *refused)[0]
    assert code == 3  # NotFound, on an open stdout
    command = [sys.executable, "-m", "cli.entry", "--database", f"sqlite:///{store}", *refused]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader went away before the refusal was written
    assert process.wait(timeout=60) == code
    assert "Traceback" not in process.stderr.read().decode()


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["book"], "disse skal angives: --slot"),
        (["book", "--slot"], "--slot: mangler en værdi"),
        (["nonsense"], "ugyldigt valg 'nonsense'"),
        (["slots", "list", "--extra"], "ukendte argumenter: --extra"),
        (["series", "add", "--weekday", "lørdag"], "weekenden"),
    ],
)
def test_usage_errors_are_danish(capsys: pytest.CaptureFixture[str], argv: list[str], words: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "sqlite:///unused.db", *argv)
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and words in err and "brug: bua-booking" in err
    assert "usage" not in err and "error" not in err and "required" not in err


def test_ctrl_c_during_demo_leaves_nothing(
    capsys: pytest.CaptureFixture[str], store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: object) -> dict[str, int]:
        raise KeyboardInterrupt  # after the people and series, before the bookings

    monkeypatch.setattr("app.services.demo.add_demo_bookings", interrupted)
    code, out, err = run(capsys, store_url, "demo")
    assert (code, out) == (130, "") and "ingen demodata blev gemt" in err
    assert _people(capsys, store_url) == []
    code, out, _ = run(capsys, store_url, "series", "list", "--json")
    assert json.loads(out) == []
    monkeypatch.undo()
    code, out, err = run(capsys, store_url, "demo")  # and the store is as good as new
    assert code == 0 and "Demodata oprettet" in out, err
