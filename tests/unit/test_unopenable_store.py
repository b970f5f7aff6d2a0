"""A store that cannot be opened is said in one Danish sentence with what to do; the driver's English
stays out of it (the window shows it behind "Vis detaljer")."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from cli.wiring import _unopenable


@pytest.mark.parametrize(
    ("driver_said", "sentence_starts"),
    [
        ('connection to server at "127.0.0.1", port 1 failed: Connection refused', "Serveren svarer ikke"),
        ('could not translate host name "bua-db" to address', "Serveren svarer ikke"),
        ("connection timeout expired", "Serveren svarer ikke"),
        ('FATAL:  password authentication failed for user "pia"', "Serveren afviste brugernavnet"),
        ('FATAL:  role "bob" does not exist', "Serveren afviste brugernavnet"),
        ('FATAL:  database "nix" does not exist', "Databasen findes ikke på serveren"),
        ('root certificate file "/ca.crt" does not exist', "Forbindelsen til serveren kunne ikke krypteres"),
        ("SSL error: certificate verify failed", "Forbindelsen til serveren kunne ikke krypteres"),
        ("server closed the connection unexpectedly", "Databasen kan ikke åbnes"),
    ],
)
def test_each_failure_is_one_danish_sentence_saying_what_to_do(
    driver_said: str, sentence_starts: str
) -> None:
    sentence = _unopenable("server bua-db:5432", OperationalError("SELECT 1", {}, Exception(driver_said)))
    assert sentence.startswith(sentence_starts) and "(server bua-db:5432)" in sentence
    assert "\n" not in sentence and sentence.endswith(".")
    assert any(advice in sentence for advice in ("tjek", "skriv dem igen", "spørg den"))
    assert not any(english in sentence for english in ("failed", "refused", "does not exist", "FATAL"))
