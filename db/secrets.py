"""The SecretStore port on the operating system's keyring (Windows Credential Locker, macOS Keychain,
Secret Service, KWallet), through the `keyring` package.

Only the operating systems' own stores are used, by an allow-list of keyring's modules: `keyrings.alt`
would silently keep passwords base64-encoded in a plain file, the null backend would lose them, and a
third-party backend may do either whatever it calls itself. Where keyring chains several backends, the
allowed one with the highest priority is used; with none, one Danish line says so. A backend handed in
explicitly (the tests' in-memory one) is used as it is.
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
OS_BACKENDS = (
    "keyring.backends.Windows",  # Windows Credential Locker
    "keyring.backends.macOS",  # Keychain
    "keyring.backends.SecretService",  # GNOME Keyring and others, over D-Bus
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",  # KDE
)


class KeyringSecrets:
    """Reads and writes secrets in one keyring backend (the system's own unless one is given)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        backend = keyring.get_keyring()
        chained: list[KeyringBackend] = getattr(backend, "backends", None) or [backend]  # by priority
        allowed = [b for b in chained if type(b).__module__ in OS_BACKENDS]
        if not allowed:
            raise StoreUnavailable(NO_KEYRING)
        return allowed[0]

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
