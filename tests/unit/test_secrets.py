"""Passwords go to a real keyring or nowhere: a file-based or null backend is refused in Danish."""

from __future__ import annotations

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from app.errors import StoreUnavailable
from db.secrets import KeyringSecrets
from tests.fakes import MemoryKeyring


def test_a_password_is_kept_read_and_deleted() -> None:
    backend = MemoryKeyring()
    secrets = KeyringSecrets(backend)
    secrets.put("bua-booking/smtp", "ulla@bua.example", "hemmeligt")
    assert secrets.get("bua-booking/smtp", "ulla@bua.example") == "hemmeligt"
    secrets.delete("bua-booking/smtp", "ulla@bua.example")
    secrets.delete("bua-booking/smtp", "ulla@bua.example")  # deleting twice is not an error
    assert secrets.get("bua-booking/smtp", "ulla@bua.example") is None


def test_a_machine_without_keyring_is_told_so_and_nothing_is_stored() -> None:
    secrets = KeyringSecrets(FailKeyring())  # type: ignore[no-untyped-call]
    with pytest.raises(StoreUnavailable, match="ingen nøglering"):
        secrets.put("bua-booking/smtp", "ulla@bua.example", "hemmeligt")
