"""The guard against how people really write (issue 14): every example the issue names, and the blind
corpus (tests/unit/anonymity_corpus_blind.py, written by someone who had not read the guard's code)."""

from __future__ import annotations

import pytest

from app.domain.anonymity import Kind, Severity, check_text, first_names, may_send, surnames
from tests.unit.anonymity_corpus import Case, parse
from tests.unit.anonymity_corpus_blind import BLIND
from tests.unit.anonymity_corpus_holdout import HOLDOUT

BLIND_CASES = [parse(marked) for marked in BLIND]
HOLDOUT_CASES = [parse(marked) for marked in HOLDOUT]


@pytest.mark.parametrize(
    ("text", "kind", "matched"),
    [
        ("CPR 120612\u20113345 er oplyst", Kind.CPR, "120612\u20113345"),  # non-breaking hyphen
        ("CPR 120612\u20133345 er oplyst", Kind.CPR, "120612\u20133345"),  # en dash
        ("CPR 120612/3345 er oplyst", Kind.CPR, "120612/3345"),
        ("Mor har nr. 20\u201131\u201144\u201158", Kind.PHONE, "20\u201131\u201144\u201158"),
        ("Mor har nr. 20.31.44.58", Kind.PHONE, "20.31.44.58"),
        ("Skriv til navn\uff20mail.dk", Kind.EMAIL, "navn\uff20mail.dk"),  # full-width at sign
        ("Skriv til navn (at) mail.dk", Kind.EMAIL, "navn (at) mail.dk"),
        ("MATHIAS JENSEN går i 3. klasse", Kind.FULL_NAME, "MATHIAS JENSEN"),
        ("Vi kender emil kristensen fra PPR", Kind.FULL_NAME, "emil kristensen"),
        ("Mia Ø. Hansen går i 3. klasse", Kind.FULL_NAME, "Mia Ø. Hansen"),
        ("Vi har talt med Zainab Abdi", Kind.FULL_NAME, "Zainab Abdi"),
        ("Amira Hassan (11 år) er ked af det", Kind.FULL_NAME, "Amira Hassan"),
        ("Vedr. Elif Yılmaz", Kind.FULL_NAME, "Elif Yılmaz"),
        ("I dag mødte vi Hodan Abdullahi Warsame og mor", Kind.FULL_NAME, "Hodan Abdullahi Warsame"),
        ("Hun kom til verden 3. marts 2014", Kind.BIRTH_DATE, "3. marts 2014"),
        ("Familien bor på Søndergårdsvej nr. 23", Kind.ADDRESS, "Søndergårdsvej nr. 23"),
    ],
)
def test_every_example_of_the_issue_is_blocked(text: str, kind: Kind, matched: str) -> None:
    findings = check_text(text)
    assert [(f.kind, f.matched) for f in findings if f.severity is Severity.BLOCK] == [(kind, matched)]


def test_the_guards_own_hint_is_not_blocked() -> None:
    assert may_send(check_text("Drengen 10 år har svært ved at falde i søvn"))


def test_a_finding_points_into_what_was_typed() -> None:
    text = "Mor: navn (at) mail.dk, tlf. 20\u00a031\u00a044\u00a058."
    spans = [text[f.start : f.end] for f in check_text(text)]
    assert spans == ["navn (at) mail.dk", "20\u00a031\u00a044\u00a058"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vi har mødt Nguyen Thi Lan og hendes mor", "Nguyen Thi Lan"),  # family name first
        ("Vedr. Fatima Ali, 4. klasse", "Fatima Ali"),  # a father's first name as last name
        ("Vi kender zeynep aydin fra skolen", "zeynep aydin"),  # Turkish, typed without ı
        ("HATİCE KAYA går i 6. klasse", "HATİCE KAYA"),  # Turkish capital İ
        ("Vi kender oleksandr kovalchuk fra PPR", "oleksandr kovalchuk"),  # Ukrainian, as in his passport
        ("jakub kowalczyk er ked af det", "jakub kowalczyk"),  # a surname on no list, not a Danish word
        ("yusuf çelik har svært ved at sove", "yusuf çelik"),
        (
            "SKOLEN HAR TALT MED WILLIAM DAMGAARD",
            "WILLIAM DAMGAARD",
        ),  # Danish -gaard names are too many to list
        ("Vi talte om Nattapong (9 år) og mor", "Nattapong"),  # a name and an age in brackets
    ],
)
def test_names_of_every_origin_and_in_every_case_are_blocked(text: str, name: str) -> None:
    blocked = [f.matched for f in check_text(text) if f.severity is Severity.BLOCK]
    assert blocked == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Pædagogerne bruger Marte Meo og Cool Kids",  # methods, though "Marte" is a Norwegian name
        "Trin 2 i Randers Kommune, Region Midtjylland; SDQ 18",
        "tone skiftende i stemmen, når hun bliver presset",  # "Tone" is a name, "skiftende" a word
        "forældrene har læst dan hughes og JESPER JUULS bøger",  # cited, in any case
        "Drengen (10 år) har svært ved at falde i søvn",  # a sentence's first word, and an age
        "Anna Marie er 7 år og glad for skolen",  # two first names: a warning, not a full name
    ],
)
def test_places_methods_words_and_cited_people_are_not_blocked_as_names(text: str) -> None:
    assert may_send(check_text(text))


def test_the_name_lists_cover_other_origins_and_leave_out_danish_words() -> None:
    assert {"zeynep", "abdirahman", "oleksandr", "mohammed", "piotr", "aisha"} <= first_names()
    assert {"nguyen", "yilmaz", "shevchenko", "hassan", "osman", "hansen"} <= surnames()
    assert not {"dag", "man", "mand", "frisk", "bare", "vi", "per", "bo"} & (first_names() | surnames())


def _share(cases: list[Case], kind: str) -> float:
    items = [(case, item) for case in cases for item in case.items if item.kind == kind]
    hits = 0
    for case, item in items:
        blocks = [f for f in check_text(case.text) if f.severity is Severity.BLOCK]
        hits += any(f.start < item.end and item.start < f.end for f in blocks)
    return hits / len(items)


def _blind_share(kind: str) -> float:
    return _share(BLIND_CASES, kind)


def test_the_blind_corpus_is_large_and_mixed() -> None:
    assert len(BLIND_CASES) >= 150
    clean = [case for case in BLIND_CASES if not case.items]
    assert len(clean) >= 150 // 3  # a third of the 150 the issue asks for, full of harmless numbers
    for kind in ("cpr", "email", "phone", "birth_date", "address", "full_name"):
        assert sum(any(i.kind == kind for i in case.items) for case in BLIND_CASES) >= 20, kind


@pytest.mark.parametrize("kind", ["cpr", "email", "phone"])
def test_every_cpr_number_email_and_phone_of_the_blind_corpus_is_blocked(kind: str) -> None:
    assert _blind_share(kind) == 1.0


@pytest.mark.parametrize("kind", ["birth_date", "address", "postcode"])
def test_at_least_97_percent_of_the_blind_corpus_dates_and_addresses_are_blocked(kind: str) -> None:
    assert _blind_share(kind) >= 0.97


def test_at_least_97_percent_of_the_blind_corpus_names_are_blocked() -> None:
    assert _blind_share("full_name") >= 0.97


def test_at_most_3_percent_of_the_blind_corpus_clean_texts_are_blocked() -> None:
    clean = [case for case in BLIND_CASES if not case.items]
    blocked = [case.text for case in clean if not may_send(check_text(case.text))]
    assert len(blocked) / len(clean) <= 0.03, blocked


def test_at_least_97_percent_of_the_holdout_names_are_blocked_and_no_clean_text() -> None:
    # A second blind set, of names only, of every origin and case (tests/unit/anonymity_corpus_holdout.py).
    assert _share(HOLDOUT_CASES, "full_name") >= 0.97
    clean = [case for case in HOLDOUT_CASES if not case.items]
    assert len(clean) >= 30
    assert all(may_send(check_text(case.text)) for case in clean)
