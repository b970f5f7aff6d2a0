"""Write resources/first_names.txt, surnames.txt and danish_words.txt for the anonymity guard.

    pip install faker wordfreq anyascii   # only to run this script; the app imports none of them
    python resources/make_name_lists.py

The names come from Faker's person providers, lists that Faker's maintainers keep: the Danish one, and
those of the countries most children in Denmark of other origins come from, in Latin script (Ukrainian
names spelt as in Ukrainian passports). Arabic, Somali, Kurdish, Afghan and Eritrean names are taken
from the lists of countries where they are common (Sweden, Norway, Kenya, Pakistan, Algeria, Britain),
since Faker has no romanised list of their own. Three edits are made here, and only here, so that
they can be reviewed:

- ADDED_BY_HAND: names common among children in Denmark that no list has.
- COMMON_WORDS: names that are also ordinary Danish words ("Hans" is also "his", "Per" is "per", "Bo" is
  "live", "Frisk" is "healthy"). A capitalised one starts a sentence far more often than it names a child.
- Names from other countries that are common Danish words are dropped by their frequency in wordfreq:
  those used as much as "mand" or "bror", and those used ten times more in Danish than in English and
  in their own language ("mangel", "strand"): names are about as common in every language's texts,
  Danish words are not.

Every first name but a Danish one is also a surname: in many families a child's last name is the
father's first name ("Fatima Ali", "Shirin Mahmoud"). Danish first names ("Marie", "Peter") are left
out of the surnames, so "Anna Marie" is one person's first names, not a full name. Names are also
written as people type them without accents ("Yilmaz" for "Yılmaz", "Nguyen" for "Nguyễn").

danish_words.txt holds the words wordfreq finds in Danish at least as often as "forældremøde", but for
the names above (wordfreq counts "freja" and "hussein" as words, being found in Danish text): in text
written all in capitals or all in lower case, a known name beside a word that is none of them is a name
("yusuf çelik"), where "tone skiftende" is not.
"""

from __future__ import annotations

import importlib
from importlib.metadata import version
from pathlib import Path

import faker
import wordfreq
from anyascii import anyascii

# Faker locale, and the language wordfreq compares its names with.
LOCALES = {
    "da_DK": "da",
    "sv_SE": "sv",
    "no_NO": "nb",
    "de_DE": "de",
    "nl_NL": "nl",
    "en_GB": "en",
    "tr_TR": "tr",
    "az_AZ": "tr",
    "fr_DZ": "fr",
    "en_PK": "ur",
    "en_KE": "en",
    "sw": "en",
    "ha_NG": "en",
    "pl_PL": "pl",
    "ro_RO": "ro",
    "hr_HR": "sh",
    "lt_LT": "lt",
    "uk_UA": "uk",
    "vi_VN": "vi",
}


def words(text: str) -> list[str]:
    return text.split()


ADDED_BY_HAND = words(
    "Alfred Ahmad Ali Arthur Aron Aya Ellie Fatima Felix Kalle Konrad Liam Lily Luna Maryam Merle "
    "Milas Mohammad Mohammed Noor Omar Sigurd Sofus Theo Vigga Viggo Vincent Yusuf"
    # Danish and Arabic names that wordfreq finds too often in Danish to tell from words.
    " Kamilla Knud Naser"
)
# Surnames of Somali, Afghan, Kurdish, Iraqi, Syrian, Palestinian and Eritrean families in Denmark.
SURNAMES_BY_HAND = words(
    "Abdi Abdullahi Ahmadi Akbari Alizada Alizadeh Amiri Aziz Barzani Farah Habibi Haidari Hashimi Hosseini "
    "Hussein Ibrahim Jama Karimi Khalil Mahamed Mahmoud Mohamud Muse Nasser Noori Nouri Osman Qasim Rahimi "
    "Rezaei Saleh Samadi Sultani Tesfay Tesfaye Warsame Yousef Yusuf Zadeh"
)

COMMON_WORDS = frozenset(
    words("ane august bo ebbe frede hans iver line mark per rosa sine sten stig søs tage tine tom trine")
    # Swedish and Norwegian names that are Danish words as common there as here: wordfreq cannot tell.
    + words("frisk gro modig rask strid")
)
COMMON = 4.8  # "mand", "bror", "smart": a Danish word, name or not
WORDLIKE = 3.0  # rarer than "forældremøde" (3.2): no everyday word
MORE_DANISH = 1.0  # ten times as common in Danish as in English and at home: a word here, not a name

HERE = Path(__file__).parent


def provider(locale: str) -> type:
    return importlib.import_module(f"faker.providers.person.{locale}").Provider  # type: ignore[no-any-return]


# Ukrainian's official Latin spelling (Cabinet of Ministers resolution no. 55, 2010), used in passports,
# so on the papers of Ukrainian children in Denmark: the letter, and at the start of a word.
UKRAINIAN = {
    **dict(zip("абвгґдезиіклмнопрстуфь'", [*"abvhgdezyiklmnoprstuf", "", ""], strict=True)),
    **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
    **{"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"},
}
UKRAINIAN_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def ukrainian_in_latin(name: str) -> str:
    lower = name.lower()
    latin = UKRAINIAN_FIRST.get(lower[0], UKRAINIAN.get(lower[0], lower[0])) + "".join(
        UKRAINIAN.get(letter, letter) for letter in lower[1:]
    )
    return latin.capitalize()


def names_of(locale: str, *attributes: str) -> set[str]:
    """The locale's names, and each also as people type it without its accents ("Yilmaz", "Nguyen")."""
    found: set[str] = set()
    for attribute in attributes:
        found.update(getattr(provider(locale), attribute, ()))
    spelt = {ukrainian_in_latin(name) if locale == "uk_UA" else name for name in found}
    spelt |= {anyascii(name) for name in spelt if locale != "da_DK"}
    return {name for name in spelt if name.isalpha() or "-" in name.strip("-")}


def danish_word(name: str, home: str) -> bool:
    lower = name.lower()
    if "-" in lower:
        return False  # "Hans-Peter": wordfreq would count "hans" and "peter" apart
    in_danish = wordfreq.zipf_frequency(lower, "da")
    elsewhere = max(wordfreq.zipf_frequency(lower, "en"), wordfreq.zipf_frequency(lower, home))
    return in_danish >= COMMON or (in_danish >= WORDLIKE and in_danish - elsewhere >= MORE_DANISH)


def gather(*attributes: str) -> tuple[set[str], set[str]]:
    """The names, and those left out as common Danish words."""
    kept: set[str] = set()
    dropped: set[str] = set()
    for locale, home in LOCALES.items():
        for name in names_of(locale, *attributes):
            if name.lower() in COMMON_WORDS or (locale != "da_DK" and danish_word(name, home)):
                dropped.add(name)
            else:
                kept.add(name)
    return kept, dropped - kept


def header(what: str, dropped: set[str]) -> str:
    left_out = ", ".join(sorted({name.lower() for name in dropped}))
    return (
        f"# {what} for the anonymity guard (app/domain/anonymity/), one per line.\n"
        f"# Source: Faker {faker.VERSION} (MIT licence), person providers {', '.join(LOCALES)}.\n"
        "# Made by resources/make_name_lists.py; edit that script, not this file.\n"
        f"# Left out as common Danish words: {left_out}.\n"
    )


def write(filename: str, what: str, names: set[str], dropped: set[str]) -> None:
    unique = sorted({name.lower(): name for name in sorted(names)}.values(), key=str.lower)
    (HERE / filename).write_text(header(what, dropped) + "\n".join(unique) + "\n", encoding="utf-8")
    print(f"{filename}: {len(unique)} names, {len(dropped)} left out")


def main() -> None:
    firsts, firsts_dropped = gather("first_names_male", "first_names_female", "first_names")
    firsts |= set(ADDED_BY_HAND)
    firsts_dropped = {name for name in firsts_dropped if name not in ADDED_BY_HAND}
    families, families_dropped = gather("last_names")
    danish_firsts = {name.lower() for name in names_of("da_DK", "first_names_male", "first_names_female")}
    # In many families (Arabic, Somali, Afghan, Kurdish) a child's last name is the father's first name.
    families |= {name for name in firsts if name.lower() not in danish_firsts}
    families = {name for name in families if name.lower() not in danish_firsts} | set(SURNAMES_BY_HAND)
    families_dropped = {name for name in families_dropped if name.lower() not in danish_firsts}
    write("first_names.txt", "First names", firsts, firsts_dropped)
    write("surnames.txt", "Surnames", families, families_dropped)
    write_danish_words({name.lower() for name in firsts | families})


def write_danish_words(names: set[str]) -> None:
    everyday = [
        word
        for word in wordfreq.top_n_list("da", 200_000)
        if word.isalpha() and wordfreq.zipf_frequency(word, "da") >= WORDLIKE and word not in names
    ]
    (HERE / "danish_words.txt").write_text(
        "# Everyday Danish words, names left out, for the anonymity guard (app/domain/anonymity/).\n"
        f"# Source: wordfreq {version('wordfreq')}, Danish words of Zipf frequency {WORDLIKE} or more.\n"
        "# Licence: CC BY-SA 4.0, as wordfreq's data this list is taken from.\n"
        "# Made by resources/make_name_lists.py; edit that script, not this file.\n"
        + "\n".join(sorted(everyday))
        + "\n",
        encoding="utf-8",
    )
    print(f"danish_words.txt: {len(everyday)} words")


if __name__ == "__main__":
    main()
