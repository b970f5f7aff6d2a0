"""The anonymity guard: targeted examples per kind, the labelled corpus, and fuzzing."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.dk import cpr as stdnum_cpr

from app.domain.anonymity import (
    Finding,
    Kind,
    Severity,
    Verdict,
    check_text,
    first_names,
    mask,
    may_send,
    verdict,
)
from tests.unit.anonymity_corpus import BLOCK_KINDS, Case, corpus, parse

CORPUS = corpus()


def kinds(text: str) -> list[Kind]:
    return [finding.kind for finding in check_text(text)]


def found(text: str, kind: Kind) -> list[str]:
    return [finding.matched for finding in check_text(text) if finding.kind is kind]


# --- blocked -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "matched"),
    [
        ("CPR 010314-1234.", Kind.CPR, "010314-1234"),
        ("cpr 0103141234", Kind.CPR, "0103141234"),
        ("(010314 1234)", Kind.CPR, "010314 1234"),
        ("cpr.nr.: 01.03.14-1234", Kind.CPR, "01.03.14-1234"),
        ("Barnet, 010314-xxxx, har angst", Kind.CPR, "010314-xxxx"),
        ("Ring 12 34 56 78 i dag", Kind.PHONE, "12 34 56 78"),
        ("Ring 1234 5678 i dag", Kind.PHONE, "1234 5678"),
        ("Mobil +45 12345678.", Kind.PHONE, "+45 12345678"),
        ("Mobil 0045 23 45 67 89.", Kind.PHONE, "0045 23 45 67 89"),
        ("Mobil: 86123456.", Kind.PHONE, "86123456"),
        ("Skriv til emma.nielsen@gmail.com.", Kind.EMAIL, "emma.nielsen@gmail.com"),
        ("mail: k+bua@skole.randers.dk", Kind.EMAIL, "k+bua@skole.randers.dk"),
        ("Hun bor på Søndergade 12 med mor.", Kind.ADDRESS, "Søndergade 12"),
        ("Adresse: Vestervej 4, 2. tv", Kind.ADDRESS, "Vestervej 4, 2. tv"),
        ("De bor på Jens Baggesens Vej 3.", Kind.ADDRESS, "Jens Baggesens Vej 3"),
        ("Adresse H.C. Andersens Boulevard 12", Kind.ADDRESS, "H.C. Andersens Boulevard 12"),
        ("De bor på Skovbrynet 8 i byen.", Kind.ADDRESS, "Skovbrynet 8"),
        ("Familien bor i 8900 Randers C.", Kind.POSTCODE, "8900 Randers C"),
        ("Familien bor i 8000 Aarhus.", Kind.POSTCODE, "8000 Aarhus"),
        ("Pigen er født 3. marts 2014.", Kind.BIRTH_DATE, "3. marts 2014"),
        ("Dreng, f. 03.03.2014, med uro.", Kind.BIRTH_DATE, "03.03.2014"),
        ("fødselsdato 2014-03-03", Kind.BIRTH_DATE, "2014-03-03"),
        ("Hun er født på Regionshospitalet Randers den 9. oktober 2012.", Kind.BIRTH_DATE, "9. oktober 2012"),
        ("Han fylder 12 den 3. marts.", Kind.BIRTH_DATE, "3. marts"),
        ("Eleven Emma Nielsen har fravær.", Kind.FULL_NAME, "Emma Nielsen"),
        ("Mads Peter Jensen er 10 år.", Kind.FULL_NAME, "Mads Peter Jensen"),
        ("Far er Per Hansen.", Kind.FULL_NAME, "Per Hansen"),
        ("Pigen hedder Aisha Khalid.", Kind.FULL_NAME, "Aisha Khalid"),
        ("Mor (Kamila Nowak) taler lidt dansk.", Kind.FULL_NAME, "Kamila Nowak"),
        ("Emma Nielsens mor er bekymret.", Kind.FULL_NAME, "Emma Nielsens"),
    ],
)
def test_directly_identifying_data_blocks(text: str, kind: Kind, matched: str) -> None:
    findings = check_text(text)
    assert [(f.kind, f.matched) for f in findings if f.severity is Severity.BLOCK] == [(kind, matched)]
    assert not may_send(findings)


def test_cpr_numbers_that_fail_the_old_modulus_11_check_are_blocked_all_the_same() -> None:
    assert stdnum_cpr.checksum("0103141234") != 0
    assert stdnum_cpr.checksum("2110625629") == 0
    assert found("cpr 010314-1234 og 211062-5629", Kind.CPR) == ["010314-1234", "211062-5629"]


def test_a_cpr_shaped_number_without_a_real_date_is_not_a_cpr_number() -> None:
    assert found("løbenummer 310214-1234 og 321299-0000", Kind.CPR) == []  # 31 February, day 32


# --- warned --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "matched"),
    [
        ("Emma har svært ved at komme i skole.", Kind.FIRST_NAME, "Emma"),
        ("Hun siger, at Mads driller hende.", Kind.FIRST_NAME, "Mads"),
        ("Noahs forældre er bekymrede.", Kind.FIRST_NAME, "Noahs"),
        ("Hun går på Vestre Skole.", Kind.INSTITUTION, "Vestre Skole"),
        ("Han gik i Børnehaven Solsikken.", Kind.INSTITUTION, "Børnehaven Solsikken"),
        ("Elev på Randers Realskole.", Kind.INSTITUTION, "Randers Realskole"),
        ("Han går på Bakkeskolen.", Kind.INSTITUTION, "Bakkeskolen"),
        ("Sagen har sagsnr. 2023-1234.", Kind.CASE_NUMBER, "sagsnr. 2023-1234"),
        ("Vores j.nr. 27.12.04-A08-1-24 gælder.", Kind.CASE_NUMBER, "j.nr. 27.12.04-A08-1-24"),
        ("Sagen hos familien Jensen er lukket.", Kind.SURNAME, "Jensen"),
    ],
)
def test_indirectly_identifying_data_warns_but_may_be_sent(text: str, kind: Kind, matched: str) -> None:
    findings = check_text(text)
    assert [(f.kind, f.matched) for f in findings] == [(kind, matched)]
    assert findings[0].severity is Severity.WARN
    assert verdict(findings) is Verdict.WARN and may_send(findings)


# --- never flagged -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "En pige på 11 år, 11-årig, 14-årig dreng.",
        "SDQ 18/40, SCAS total 42, MFQ 41, ADHD-RS 38, RCADS t-score 72, EDE-Q 3,8, YGTSS 28/50.",
        "Screenet i marts 2024, igen 03/2024 og 3/24; samtale 12.03.2024 kl. 10.00.",
        "Går i 5.B, i 7. klasse, i 0. klasse og i 1.g.",
        "Vægt 32 kg, højde 163 cm, BMI 15,9, fødselsvægt 1.450 g.",
        "Fravær 15 % i uge 12; igen i uge 22 23 24 og 25.",
        "Mødet er kl. 13.30-14.15, hver 14. dag.",
        "Siden 2023 og i skoleåret 2023 2024 og 2024/25.",
        "Diagnoser F90.0, DF84.0, F32.1 og F43.1.",
        "ADOS-2, WISC-V, Vineland-3, CY-BOCS, CRIES-8, Cool Kids, PALS og De Utrolige År.",
        "Mor og Far er uenige. Hans mor fortæller. Per uge har hun 2 dages fravær. Sine forældre er skilt.",
        "August 2023 startede hun i ny klasse.",
        "Han er født for tidligt i uge 30 og født i Tyrkiet; hun er født i 2015 og screenet 12.03.2024.",
        "Han har boet i Danmark 3 år. Ring til Akuttelefonen 1813 eller 112.",
        "Vi arbejder ud fra Dan Hughes' PACE og Jesper Juuls tanker, f.eks. om ligeværd.",
        "Skolen har prøvet meget. Folkeskolen og Specialskolen har ventelister.",
        "Randers Kommune og Region Midtjylland samarbejder med Aarhus Universitetshospital.",
    ],
)
def test_what_clinicians_legitimately_write_is_never_flagged(text: str) -> None:
    assert check_text(text) == []


# --- findings, masking, verdicts -----------------------------------------------------------------------


def test_overlapping_candidates_keep_the_most_specific_kind() -> None:
    assert kinds("De bor på Jens Baggesens Vej 3.") == [Kind.ADDRESS]  # not the full name "Jens Baggesens"
    assert kinds("Sagen har sagsnr. 12345678.") == [Kind.CASE_NUMBER]  # not a phone number
    assert kinds("Skriv til Emma.Nielsen@skole.dk") == [Kind.EMAIL]  # not the first name


def test_masking_keeps_the_ends_only() -> None:
    assert mask("0103141234") == "01******34"
    assert mask("Emma Nielsen") == "Em********en"
    assert mask("Vestre") == "V****e"
    assert mask("Emma") == "E***"
    assert mask("") == ""


def test_a_finding_never_shows_its_raw_text_by_accident() -> None:
    (finding,) = check_text("CPR 010314-1234")
    assert finding.masked == "01*******34"
    assert "010314" not in repr(finding) and "010314" not in finding.masked
    assert finding.name == "CPR-nummer" and finding.explanation and finding.hint


def test_verdicts() -> None:
    assert verdict([]) is Verdict.CLEAN and may_send([])
    warn = Finding(Kind.FIRST_NAME, 0, 4, "Emma")
    block = Finding(Kind.CPR, 5, 16, "010314-1234")
    assert verdict([warn]) is Verdict.WARN and may_send([warn])
    assert verdict([warn, block]) is Verdict.BLOCK and not may_send([warn, block])


def test_the_first_name_list_leaves_out_common_danish_words() -> None:
    names = first_names()
    assert {"emma", "mads", "noah", "freja"} <= names
    assert not {"mor", "far", "bo", "per", "hans", "sine", "line", "august"} & names


# --- the corpus ----------------------------------------------------------------------------------------


def test_the_corpus_is_large_and_labelled() -> None:
    assert len(CORPUS) >= 200
    counts = Counter(item.kind for case in CORPUS for item in case.items)
    assert all(counts[kind] >= 25 for kind in BLOCK_KINDS), counts
    assert sum(case.clean for case in CORPUS) >= 100


def test_the_corpus_marks_parse_to_spans() -> None:
    case = parse("Bor på {address:Søndergade 12}, ring {phone:12 34 56 78}.")
    assert case.text == "Bor på Søndergade 12, ring 12 34 56 78."
    assert [case.text[i.start : i.end] for i in case.items] == ["Søndergade 12", "12 34 56 78"]


def blocked_share(kind: str) -> float:
    """The share of the corpus's items of `kind` that a BLOCK finding covers."""
    items = [(case, item) for case in CORPUS for item in case.items if item.kind == kind]
    hits = sum(
        any(f.severity is Severity.BLOCK and f.start < item.end and item.start < f.end for f in findings)
        for case, item in items
        for findings in [check_text(case.text)]
    )
    return hits / len(items)


@pytest.mark.parametrize("kind", ["cpr", "email"])
def test_every_cpr_number_and_email_address_in_the_corpus_is_blocked(kind: str) -> None:
    assert blocked_share(kind) == 1.0


@pytest.mark.parametrize("kind", ["phone", "address", "postcode", "birth_date", "full_name"])
def test_at_least_95_percent_of_phones_addresses_birth_dates_and_names_are_blocked(kind: str) -> None:
    assert blocked_share(kind) >= 0.95


def test_at_most_5_percent_of_clean_texts_are_blocked() -> None:
    clean = [case for case in CORPUS if case.clean]
    blocked = [case.text for case in clean if not may_send(check_text(case.text))]
    assert len(blocked) / len(clean) <= 0.05, blocked


def test_warnings_in_the_corpus_are_found() -> None:
    warned: list[Case] = [case for case in CORPUS if case.clean and case.items]
    assert warned and all(check_text(case.text) for case in warned)


# --- robustness ----------------------------------------------------------------------------------------

DANISH_ALPHABET = st.sampled_from([*"0123456789 -.,/:+@()\n\tæøåÆØÅ'xX*", "Emma", "Nielsen", "vej"])
FRAGMENTS = st.sampled_from(
    [
        "født ",
        "f. ",
        "sagsnr. ",
        "bor på ",
        "Vestre ",
        "Skole",
        "Søndergade ",
        "hedder ",
        "Mor (",
        "+45 ",
        "@",
        "marts ",
        "Jens Baggesens Vej ",
        "Familien Jensen",
    ]
)


def assert_well_formed(text: str, findings: list[Finding]) -> None:
    previous_end = 0
    for finding in findings:
        assert 0 <= previous_end <= finding.start < finding.end <= len(text)
        assert finding.matched == text[finding.start : finding.end]
        previous_end = finding.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_checked_without_error(text: str) -> None:
    assert_well_formed(text, check_text(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(DANISH_ALPHABET, FRAGMENTS, st.integers(0, 99_999_999).map(str)), max_size=60))
def test_texts_built_from_the_guards_own_cues_are_checked_without_error(parts: list[str]) -> None:
    text = "".join(parts)
    assert_well_formed(text, check_text(text))


def test_a_one_megabyte_adversarial_text_completes() -> None:
    """Linearity: pathological inputs finish (the time per size is measured in bench/anonymity_corpus.py)."""
    rng = random.Random(7)
    corpus_text = " ".join(case.text for case in CORPUS)
    parts: list[str] = []
    while sum(map(len, parts)) < 1_000_000:
        parts.append(corpus_text[: rng.randint(100, 3000)])
        parts.append("".join(rng.choice("0123456789 -.") for _ in range(rng.randint(10, 500))))
    text = "".join(parts)[:1_000_000]
    assert_well_formed(text, check_text(text))
    for pathological in (
        "A" + "a" * 200_000,
        "Emma " * 40_000,
        "a@" * 100_000,
        "født " * 40_000,
        "1." * 100_000,
    ):
        assert_well_formed(pathological, check_text(pathological))
