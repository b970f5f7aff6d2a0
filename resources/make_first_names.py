"""Write resources/danish_first_names.txt and resources/danish_surnames.txt for the anonymity guard.

    pip install faker   # only to run this script; the app never imports Faker
    python resources/make_first_names.py

The names come from Faker's Danish person provider (`faker.providers.person.da_DK`: first_names_male,
first_names_female, last_names), a list that Faker's maintainers keep. Two edits are made here, and only
here, so that they can be reviewed:

- ADDED_BY_HAND: names common among children in Denmark today that Faker's list lacks.
- COMMON_WORDS: names that are also ordinary Danish words ("Hans" is also "his", "Per" is "per", "Bo" is
  "live", "Sine" is "their own", "August" is a month). A capitalised one starts a sentence far more
  often than it names a child, so the guard must not warn about it. A full name such as "Per Hansen"
  is still found through the surname list.
"""

from __future__ import annotations

from pathlib import Path

import faker
from faker.providers.person.da_DK import Provider


def words(text: str) -> list[str]:
    return text.split()


ADDED_BY_HAND = words(
    "Alfred Ahmad Ali Arthur Aron Aya Ellie Fatima Felix Kalle Konrad Liam Lily Luna Maryam Merle "
    "Milas Mohammad Mohammed Noor Omar Sigurd Sofus Theo Vigga Viggo Vincent Yusuf"
)

COMMON_WORDS = frozenset(
    words("ane august bo ebbe frede hans iver line mark per rosa sine sten stig søs tage tine tom trine")
)

HERE = Path(__file__).parent


def header(what: str) -> str:
    return (
        f"# Danish {what} for the anonymity guard (app/domain/anonymity.py), one per line.\n"
        f"# Source: Faker {faker.VERSION}, faker.providers.person.da_DK (MIT licence).\n"
        "# Made by resources/make_first_names.py; edit that script, not this file.\n"
    )


def main() -> None:
    first = set(Provider.first_names_male) | set(Provider.first_names_female) | set(ADDED_BY_HAND)
    kept = sorted(name for name in first if name.lower() not in COMMON_WORDS)
    removed = ", ".join(sorted(COMMON_WORDS))
    text = header("first names") + f"# Left out as common Danish words: {removed}.\n"
    (HERE / "danish_first_names.txt").write_text(text + "\n".join(kept) + "\n", encoding="utf-8")
    surnames = sorted(set(Provider.last_names))
    (HERE / "danish_surnames.txt").write_text(
        header("surnames") + "\n".join(surnames) + "\n", encoding="utf-8"
    )
    print(f"{len(kept)} first names, {len(surnames)} surnames")


if __name__ == "__main__":
    main()
