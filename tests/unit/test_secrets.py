"""Passwords go to a real keyring or nowhere: a file-based or null backend is refused in Danish."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.backends.fail import Keyring as FailKeyring

from app.errors import StoreUnavailable
from db import secrets
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


class _PlainFile(KeyringBackend):
    """A third-party backend that keeps passwords in a plain file, whatever it calls itself."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a password went to a plaintext backend")

    def delete_password(self, service: str, username: str) -> None:
        pass


_PlainFile.__name__ = _PlainFile.__qualname__ = "SecretService"  # a name proves nothing


def test_only_the_operating_systems_own_keyrings_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    original = keyring.get_keyring()
    try:
        keyring.set_keyring(_PlainFile())
        with pytest.raises(StoreUnavailable, match="ingen nøglering"):
            KeyringSecrets().put("bua-booking/smtp", "ulla@bua.example", "hemmeligt")
        trusted = MemoryKeyring()
        monkeypatch.setattr(secrets, "OS_BACKENDS", (*secrets.OS_BACKENDS, MemoryKeyring.__module__))
        keyring.set_keyring(ChainerBackend())  # type: ignore[no-untyped-call]
        monkeypatch.setattr(ChainerBackend, "backends", [_PlainFile(), trusted])  # plaintext ranked first
        KeyringSecrets().put("bua-booking/smtp", "ulla@bua.example", "hemmeligt")
        assert trusted.passwords == {("bua-booking/smtp", "ulla@bua.example"): "hemmeligt"}
    finally:
        keyring.set_keyring(original)
