"""The pupil-data check: what makes a pupil recognisable is found, ordinary school sentences are not.

Pure tests (no database). Valid BSNs are computed here by an independent oracle (the check digit is the
weighted sum modulo 11), not by the module's own ``is_bsn``. Rules that depend on the year use a fixed
``today``, so the suite gives the same answer next year.
"""

from __future__ import annotations

import time
from datetime import date

import pytest
from django.utils import translation
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from forum.pupildata import KINDS, Finding, check, explain, is_bsn

TODAY = date(2026, 9, 1)


def check_digit(prefix: str) -> int | None:
    """The ninth digit that makes ``prefix`` (eight digits) a BSN, or ``None`` when none does.

    The 11-proef asks 9·d1 + … + 2·d8 − d9 ≡ 0 (mod 11), so d9 is the weighted sum modulo 11, if below 10.
    """
    remainder = sum(weight * int(digit) for weight, digit in zip((9, 8, 7, 6, 5, 4, 3, 2), prefix, strict=True)) % 11
    return remainder if remainder < 10 else None


def valid_bsn(prefix: str) -> str:
    digit = check_digit(prefix)
    assert digit is not None, prefix
    return prefix + str(digit)


def notations(bsn: str) -> list[str]:
    return [
        bsn,
        f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
        f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
        f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
    ]


def kinds(text: str) -> list[str]:
    return [finding.kind for finding in check(text, today=TODAY)]


# --- BSN -----------------------------------------------------------------------------------------------


def test_the_11_proef_on_known_numbers():
    # 111222333: 9+8+7 + 2·(6+5+4) + 3·(3+2) − 3 = 66 = 6 × 11
    assert is_bsn("111222333") and valid_bsn("11122233") == "111222333"
    # 123456782: 9+16+21+24+25+24+21+16 − 2 = 154 = 14 × 11
    assert is_bsn("123456782") and valid_bsn("12345678") == "123456782"
    assert not is_bsn("111222334")
    assert not is_bsn("123456789")
    assert not is_bsn("000000000")  # passes the sum, but is no number
    assert not is_bsn("12345678") and not is_bsn("1234567820") and not is_bsn("12345678x")
    assert not is_bsn("١١١٢٢٢٣٣٣")  # Arabic-Indic digits are digits to Python, not a BSN


@pytest.mark.parametrize("prefix", ["11122233", "12345678", "23456789", "10000000", "98765432", "01234567"])
def test_a_bsn_is_found_in_any_usual_notation(prefix):
    for written in notations(valid_bsn(prefix)):
        assert check(f"Het nummer is {written}.") == [Finding("bsn", written)], written


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_every_number_that_passes_the_11_proef_is_found_and_no_other(prefix):
    digit = check_digit(prefix)
    assume(digit is not None and prefix + str(digit) != "000000000")
    bsn = prefix + str(digit)
    wrong = prefix + str((digit + 1) % 10)
    for written in notations(bsn):
        assert kinds(f"Leerling met BSN {written} is gestart.") == ["bsn"], written
    assert "bsn" not in kinds(f"Leerling met BSN {wrong} is gestart.")


@pytest.mark.parametrize(
    "text",
    [
        "Order 111222334 is binnen.",  # fails the 11-proef
        "Rekening 11122233344 betaald.",  # nine digits inside a longer run
        "Code 1111222333 of 0111222333x",
        "Het getal 1 111 222 333 is groot.",  # a grouped number with one more group in front
        "Het getal 111 222 333 44 is groot.",  # …or after
        "Bedrag 111222333,50 euro",
        "Kosten € 111.222.333 of EUR 111222333",
        "RSIN 111222333, KvK-nummer 111222333, btw-nr. 111222333",
        "Zie https://example.com/artikel/111222333 of ?id=111222333",
        "Ons nummer is 12.345.678 en 1.123.456.782",
        "Bestand scan_111222333.pdf",
    ],
)
def test_numbers_that_are_not_a_bsn(text):
    assert "bsn" not in kinds(text)


def test_a_bsn_next_to_another_number_is_still_a_bsn():
    assert kinds("BSN 111222333 2 keer gebeld") == ["bsn"]
    assert kinds("Bel 0612345678 111222333") == ["phone", "bsn"]


# --- phone numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "06-12345678",
        "0612345678",
        "06 12345678",
        "06 1234 5678",
        "06-12 34 56 78",
        "+31 6 12345678",
        "+31612345678",
        "+31 (0)6 12345678",
        "0031 6 12345678",
        "010-1234567",
        "0201234567",
        "020 123 4567",
        "0513-123456",
        "+31 20 1234567",
        "088 123 4567",
    ],
)
def test_phone_numbers(phone):
    assert check(f"Bel {phone} na schooltijd.", today=TODAY) == [Finding("phone", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "Bel 112 bij nood, of 0800-1234 of 0900-8844.",  # public service numbers
        "De lijst: 0 6 1 2 3 4 5 6 7 8.",  # digits, not a number
        "Op 06-03-2011 12:30 begon de les.",  # a date and a time
        "ISBN 978-90-01-12345-6",
        "IBAN NL91 ABNA 0417 1643 00 of NL91ABNA0417164300",
        "Van 08:30-10:15 en 10:30-12:00 uur",
        "Schooljaar 2024-2025, postcode 3011 AB",
    ],
)
def test_numbers_that_are_not_a_phone_number(text):
    assert "phone" not in kinds(text)


# --- e-mail addresses ----------------------------------------------------------------------------------


def test_email_addresses():
    assert check("Mail moeder.jansen@voorbeeld.nl even.") == [Finding("email", "moeder.jansen@voorbeeld.nl")]
    assert kinds("Of j.de-vries+school@mail.example.com, of ÖZTÜRK@voorbeeld.nl") == ["email", "email"]


def test_a_schools_shared_mailbox_is_no_finding():
    assert check("Mail gerust naar info@school.nl of Administratie@school.nl.") == []


def test_not_an_email_address():
    assert check("Zie @anna, of naam@school en @school.nl", today=TODAY) == []


# --- dates of birth ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sem, geboren 3 maart 2013, zit bij ons in de klas.", "Sem, geboren 3 maart 2013"),
        ("Ahmed (12-03-2012) was weer afwezig.", "Ahmed (12-03-2012"),
        ("Lotte van Dijk 14/5/13 groep 3", "Lotte van Dijk 14/5/13"),
        ("Ahmed is op 12-03-2012 geboren.", "Ahmed is op 12-03-2012 geboren"),
        ("geb. 01-02-2014", "geb. 01-02-2014"),
        ("Geboortedatum: 03-03-2013", "Geboortedatum: 03-03-2013"),
        ("Ze is geboren op 3 maart.", "geboren op 3 maart"),
        ("Mijn zoon (geb. 4/5/15) is net gestart.", "geb. 4/5/15"),
        ("Fatima 2012-06-30 heeft een ontheffing.", "Fatima 2012-06-30"),
        ("İbrahim 3.4.2012 mist veel lessen.", "İbrahim 3.4.2012"),
        ("Daan, 17 okt. 2014, is nieuw.", "Daan, 17 okt. 2014"),
        ("Noor was born on 5 May 2013.", "born on 5 May 2013"),
    ],
)
def test_a_date_of_birth_next_to_a_name(text, found):
    assert check(text, today=TODAY) == [Finding("birthdate_name", found)]


@pytest.mark.parametrize(
    "text",
    [
        "Op 12-03-2025 hadden we een studiedag met Fatima.",  # this year or last: an event, not a birth
        "Op 3 maart sprak ik Ahmed en zijn moeder.",  # no year: a meeting
        "Ze is geboren in 2012 in Marokko.",  # a year alone
        "Het is 3 maart 2013. Ahmed is er niet.",  # another sentence
        "Op 3 maart 2013 gingen we met de hele school naar het museum in Amsterdam.",  # the name is too far
        "Hoofdstuk 1.2.11 van de methode",  # a chapter, not a date
        "Op 31-02-2013 zag ik Sem",  # no such date
        "Sinds 01-09-2013 werken we met een nieuwe methode.",
    ],
)
def test_dates_that_are_no_date_of_birth(text):
    assert check(text, today=TODAY) == []


def test_the_birth_year_rule_follows_the_clock():
    text = "Sem 12-03-2022 in de klas"
    assert check(text, today=date(2024, 9, 1)) == []  # two years old in 2024: no pupil yet
    assert kinds(text) == ["birthdate_name"]  # four in 2026


# --- ordinary teacher sentences ------------------------------------------------------------------------

ORDINARY = [
    "Een leerling uit groep 7 is elke vrijdag afwezig. Wat doen jullie?",
    "Op 12-03-2026 hadden we een studiedag over polarisatie.",
    "De les duurt 45 minuten en begint om 10:30.",
    "Wij hebben 1200 leerlingen en 85 collega's.",
    "Onze BRIN is 12AB en we zitten in de regio Rotterdam.",
    "In 2023 deden we de zelfscan voor het eerst; de score ging van 2,1 naar 2,8.",
    "Bel bij twijfel altijd eerst de leerplichtambtenaar.",
    "Na de herfstvakantie (van 19 tot en met 23 oktober) starten we met de lessenserie.",
    "Groep 5/6 en groep 7/8 doen mee, samen 54 leerlingen.",
    "We werken met de methode van Malmberg, hoofdstuk 3.2.1, bladzijde 112.",
    "De ouderavond is op dinsdag 14 oktober van 19.00 tot 21.00 uur in lokaal 0.12.",
    "Ahmed en Sanne uit groep 8 hebben het project gepresenteerd.",
    "Mail gerust naar info@wijschool.nl als je de materialen wilt.",
    "Het schooljaar 2025-2026 begint op 1 september.",
    "Na het nieuws over de steekpartij hebben we in klas 2B een kringgesprek gehouden.",
    "Onze school heeft 3 locaties en 14 groepen; 1 op de 5 leerlingen heeft een eigen leerlijn.",
    "Kijk op https://www.wijschool.nl/bibliotheek/kringgesprek-voeren/ voor de handleiding.",
    "Het rapportcijfer ging van 5,5 naar 7,2 in 3 maanden.",
    "We zitten in Postbus 12345, 3000 AB Rotterdam.",
    "WIJcoach Fatima kwam op 7 november langs bij de teamvergadering.",
    "Vorig jaar, op 4 februari, hadden we een gastles van wijkagent Jansen.",
    "Voor de toets op 12-06 moeten ze hoofdstuk 4 en 5 leren.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_teacher_sentences_give_no_findings(text):
    assert check(text, today=TODAY) == []
    assert check(text) == []


def test_ordinary_sentences_together_give_no_findings_either():
    assert check("\n\n".join(ORDINARY), today=TODAY) == []


# --- the whole check -----------------------------------------------------------------------------------


def test_findings_come_in_the_order_of_the_text_each_once():
    text = "Sem (BSN 111222333) belt 06-12345678; mail moeder@voorbeeld.nl. Nogmaals: 111222333."
    assert check(text, today=TODAY) == [
        Finding("bsn", "111222333"),
        Finding("phone", "06-12345678"),
        Finding("email", "moeder@voorbeeld.nl"),
    ]


def test_an_empty_text_has_no_findings():
    assert check("") == [] and check("   ") == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_checked_without_error_and_findings_quote_it(text):
    for finding in check(text, today=TODAY):
        assert finding.kind in KINDS and finding.text and finding.text in text


def test_a_long_post_full_of_dates_and_numbers_is_checked_quickly():
    """Twenty thousand characters (the longest post) of the worst kind: dates and numbers, no full stop."""
    for text in ("Sem 12-03-2012 " * 1300, "12-03-2012 0612345678 111222333 " * 650, "geboren 3 maart " * 1250):
        started = time.perf_counter()
        check(text[:20_000], today=TODAY)
        assert time.perf_counter() - started < 2


# --- explanations --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_explained_in_one_plain_sentence(kind):
    with translation.override("nl"):
        why = explain(kind)
    assert 40 < len(why) < 160
    assert why.endswith(".") and why.count(". ") == 0  # one sentence


def test_the_explanations_differ_and_say_why_it_matters_here():
    with translation.override("nl"):
        reasons = {kind: explain(kind) for kind in KINDS}
        assert len(set(reasons.values())) == len(KINDS)
        assert "nooit" in reasons["bsn"] and "forum" in reasons["bsn"]
        assert all("andere scholen" in why for kind, why in reasons.items() if kind != "bsn")
        assert explain("iets anders") and explain("iets anders") not in reasons.values()
