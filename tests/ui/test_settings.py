"""The client's local settings: a round trip through the JSON file, and defaults when the file is bad."""

from __future__ import annotations

from pathlib import Path

from db.engine import create_store_engine
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


def test_a_server_is_reached_over_verified_tls_unless_the_choice_says_otherwise() -> None:
    default = create_store_engine(StoreChoice(SERVER, "db.rm.example", 5433, "bua", "pia").url() or "")
    assert dict(default.url.query) == {"sslmode": "verify-full", "sslrootcert": "system"}
    own_ca = StoreChoice(SERVER, "db.rm.example", 5433, "bua", "pia", ca_file="/etc/ssl/rm ca.crt")
    engine = create_store_engine(own_ca.url() or "")
    assert dict(engine.url.query) == {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/rm ca.crt"}
    relaxed = StoreChoice(SERVER, "db.rm.example", 5433, "bua", "pia", tls="require")
    assert dict(create_store_engine(relaxed.url() or "").url.query) == {"sslmode": "require"}
    here = create_store_engine(StoreChoice(SERVER, "localhost", 5432, "bua", "pia").url() or "")
    assert dict(here.url.query) == {}  # the same machine: no network to guard
    for made in (default, engine, here):
        made.dispose()


def test_a_tls_choice_survives_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    saved = LocalSettings(StoreChoice(SERVER, "db.rm.example", 5433, "bua", "pia", "require", "/ca.crt"))
    save_settings(saved, path)
    assert load_settings(path) == saved


def test_the_welcome_is_remembered_and_a_file_from_before_it_counts_as_welcomed(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(LocalSettings(StoreChoice(), welcomed=True), path)
    assert load_settings(path).welcomed
    path.write_text('{"store": {"kind": "local"}, "person_email": "pia@randers.example"}', encoding="utf-8")
    assert load_settings(path).welcomed  # someone who used the program before the welcome existed
    path.write_text('{"language": "da"}', encoding="utf-8")
    assert not load_settings(path).welcomed  # no store chosen yet: still a first start
