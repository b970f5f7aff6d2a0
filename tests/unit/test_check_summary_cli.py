"""`bua-booking check-summary`: findings are printed masked, the exit code says whether it may be sent."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cli.main import main

BLOCKED = "Pige, 11 år, CPR 120313-1234.\nHun hedder Emma Nielsen og går på Vestre Skole.\n"
WARNED = "Emma er 11 år og går på Vestre Skole. SCAS total 42."
CLEAN = "Pige på 11 år i 5. klasse. SDQ 18/40, screenet 03/2024. Hvad er næste skridt?"


def summary(tmp_path: Path, text: str) -> str:
    path = tmp_path / "sagsbeskrivelse.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_blocked_summary_exits_7_and_never_prints_the_raw_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check-summary", summary(tmp_path, BLOCKED)]) == 7
    out = capsys.readouterr().out
    assert "12*******34" in out and "Em********en" in out
    assert "1:18" in out and "2:12" in out  # line:column
    assert "BLOKERER" in out and "ADVARSEL" in out and "kan ikke sendes" in out
    for raw in ("120313", "Emma", "Nielsen", "Vestre"):
        assert raw not in out


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-summary", summary(tmp_path, WARNED)]) == 0
    out = capsys.readouterr().out
    assert "ADVARSEL" in out and "BLOKERER" not in out and "bekræftet" in out


def test_a_clean_summary_from_standard_input_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(CLEAN))
    assert main(["check-summary", "-"]) == 0
    assert "kan sendes" in capsys.readouterr().out


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-summary", summary(tmp_path, BLOCKED), "--json"]) == 7
    out = capsys.readouterr().out
    result = json.loads(out)
    assert result["verdict"] == "block" and result["may_send"] is False
    assert [(f["kind"], f["severity"], f["line"], f["column"]) for f in result["findings"]] == [
        ("cpr", "block", 1, 18),
        ("full_name", "block", 2, 12),
        ("institution", "warn", 2, 35),
    ]
    assert result["findings"][0]["masked"] == "12*******34"
    assert "120313" not in out and "Nielsen" not in out


@pytest.mark.parametrize("content", [None, b"Pige p\xe5 11 \xe5r"], ids=["missing", "not-utf-8"])
def test_an_unreadable_file_gives_one_danish_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None
) -> None:
    path = tmp_path / "sag.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["check-summary", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("bua-booking: Kan ikke læse") and captured.err.count("\n") == 1
