"""The client's own settings on this computer: which store, who was signed in last, language and look.

A small frozen dataclass saved as JSON in the user's config folder (platformdirs). Passwords are never
here: the shared server's password lives only in the OS keyring. Window geometry is Qt's business and
stays in QSettings. A missing, unreadable or older file gives the defaults instead of an error, so the
app always starts; unknown keys are ignored.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from urllib.parse import quote, urlencode

import platformdirs

from app.ports import SERVER_SECRET_SERVICE, server_secret_account

log = logging.getLogger(__name__)

LOCAL = "local"
SERVER = "server"
DANISH = "da"
ENGLISH = "en"
LANGUAGES = (DANISH, ENGLISH)
THEMES = ("system", "light", "dark")
DEFAULT_PORT = 5432
KEYRING_SERVICE = SERVER_SECRET_SERVICE


@dataclass(frozen=True)
class StoreChoice:
    """This computer's SQLite file (`kind == LOCAL`), or a shared PostgreSQL server."""

    kind: str = LOCAL
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = "bua"
    user: str = ""
    tls: str = ""  # libpq's sslmode; "" is the default: verify-full away from this machine
    ca_file: str = ""  # sslrootcert: the region's CA certificate; "" trusts the system's roots

    @property
    def is_server(self) -> bool:
        return self.kind == SERVER

    @property
    def keyring_account(self) -> str:
        """The keyring entry that holds this server's password."""
        return server_secret_account(self.user, self.host, self.port, self.database)

    def url(self, password: str | None = None) -> str | None:
        """The database URL; None means the default local file."""
        if not self.is_server:
            return None
        secret = f":{quote(password, safe='')}" if password else ""
        tls = {"sslmode": self.tls, "sslrootcert": self.ca_file}
        query = urlencode({key: value for key, value in tls.items() if value})
        address = f"{quote(self.user, safe='')}{secret}@{self.host}:{self.port}/{self.database}"
        return f"postgresql://{address}" + (f"?{query}" if query else "")


@dataclass(frozen=True)
class LocalSettings:
    store: StoreChoice | None = None  # None until the first run chose one
    person_email: str | None = None  # the person chosen last on that store
    language: str = DANISH
    theme: str = "system"
    welcomed: bool = False  # the first-start welcome was seen and someone signed in after it

    def with_store(self, store: StoreChoice) -> LocalSettings:
        """A different store forgets the person: they belong to the old one."""
        person = self.person_email if store == self.store else None
        return replace(self, store=store, person_email=person)


def default_path() -> Path:
    return platformdirs.user_config_path("bua-booking", appauthor=False) / "settings.json"


def load_settings(path: Path) -> LocalSettings:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return LocalSettings()
    except (OSError, ValueError) as error:
        log.warning("Indstillingerne i %s kunne ikke læses (%s); standardværdier bruges", path, error)
        return LocalSettings()
    if not isinstance(raw, dict):
        return LocalSettings()
    store = raw.get("store")
    try:
        choice = StoreChoice(**store) if isinstance(store, dict) else None
    except TypeError:
        choice = None
    language = raw.get("language")
    theme = raw.get("theme")
    email = raw.get("person_email")
    welcomed = raw.get("welcomed")
    return LocalSettings(
        store=choice,
        person_email=email if isinstance(email, str) else None,
        language=language if language in LANGUAGES else DANISH,
        theme=theme if theme in THEMES else "system",
        # a file from before the welcome existed belongs to someone who has used the program
        welcomed=welcomed if isinstance(welcomed, bool) else choice is not None,
    )


def save_settings(settings: LocalSettings, path: Path) -> None:
    """Write atomically, so a crash mid-write leaves the old file."""
    data = asdict(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".tmp")
    scratch.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(scratch, path)
