"""The client's local settings: a round trip through the JSON file, and defaults when the file is bad."""

from __future__ import annotations

from pathlib import Path

from ui.settings import ENGLISH, SERVER, LocalSettings, StoreChoice, load_settings, save_settings

SERVER_STORE = StoreChoice(SERVER, "db.rm.example", 5433, "bua", "pia")


def test_round_trip_keeps_every_field_and_no_password(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    saved = LocalSettings(SERVER_STORE, "pia@randers.example", ENGLISH, "dark")
    save_settings(saved, path)
    assert load_settings(path) == saved
    assert "password" not in path.read_text(encoding="utf-8")


def test_missing_or_broken_file_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert load_settings(path) == LocalSettings()
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == LocalSettings()
    path.write_text('{"store": {"kind": "server", "colour": "red"}, "language": "xx"}', encoding="utf-8")
    assert load_settings(path) == LocalSettings()


def test_a_new_store_forgets_the_person_of_the_old_one() -> None:
    settings = LocalSettings(StoreChoice(), "pia@randers.example")
    assert settings.with_store(StoreChoice()).person_email == "pia@randers.example"
    assert settings.with_store(SERVER_STORE).person_email is None


def test_server_url_escapes_user_and_password() -> None:
    choice = StoreChoice(SERVER, "db.rm.example", 5433, "bua", "pia@rm")
    assert choice.url("p@ss:/w") == "postgresql://pia%40rm:p%40ss%3A%2Fw@db.rm.example:5433/bua"
    assert choice.url() == "postgresql://pia%40rm@db.rm.example:5433/bua"
    assert StoreChoice().url("ignored") is None
