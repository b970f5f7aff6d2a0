"""The SecretStore port on the operating system's keyring (Windows Credential Locker, macOS Keychain,
Secret Service, KWallet), through the `keyring` package.

Only real backends are accepted: `keyrings.alt` would silently keep passwords base64-encoded in a plain
file, and the null backend would lose them, so both are refused with one Danish line instead.
Tests pass their own in-memory backend.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from app.errors import StoreUnavailable

NO_KEYRING = (
    "Der er ingen nøglering på denne computer (fx Windows Legitimationsstyring, macOS Nøglering eller "
    "Secret Service), så adgangskoden kan ikke gemmes sikkert."
)
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class KeyringSecrets:
    """Reads and writes secrets in one keyring backend (the system's own unless one is given)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        backend = self._backend or keyring.get_keyring()
        chosen = getattr(backend, "backends", None) or [backend]  # a chainer wraps several
        if all(type(b).__module__.startswith(_REFUSED_MODULES) for b in chosen):
            raise StoreUnavailable(NO_KEYRING)
        return backend

    def get(self, service: str, account: str) -> str | None:
        try:
            return self._keyring().get_password(service, account)
        except KeyringError as error:
            raise StoreUnavailable(f"{NO_KEYRING} ({error})".splitlines()[0]) from error

    def put(self, service: str, account: str, secret: str) -> None:
        try:
            self._keyring().set_password(service, account, secret)
        except KeyringError as error:
            raise StoreUnavailable(f"{NO_KEYRING} ({error})".splitlines()[0]) from error

    def delete(self, service: str, account: str) -> None:
        try:
            self._keyring().delete_password(service, account)
        except PasswordDeleteError:
            pass  # nothing stored: deleting is already done
        except KeyringError as error:
            raise StoreUnavailable(f"{NO_KEYRING} ({error})".splitlines()[0]) from error
