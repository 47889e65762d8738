"""Does a post carry a pupil's personal data? A warning before it is stored, not a block.

The forum is read by staff of other schools, so what makes a pupil recognisable or reachable does not belong
in it: a BSN (nine digits that pass the 11-proef), a phone number, an e-mail address, a date of birth next
to a name. The member can rephrase or post anyway; a moderator then sees what was found (``Finding.text``).

A warning that fires on every other post teaches people to click it away, so false positives are kept low:
a year alone, "groep 7", a time, a BRIN code, a school year, a chapter number, an address in a link, or an
event date ("op 12-03-2025 hadden we een studiedag") are no findings. A date only counts next to a name when
its year is one a pupil could be born in.

Pure text rules, no database: ``check`` runs on every preview and every post.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

BSN = "bsn"
PHONE = "phone"
EMAIL = "email"
BIRTHDATE_NAME = "birthdate_name"
KINDS = (BSN, PHONE, EMAIL, BIRTHDATE_NAME)


@dataclass(frozen=True)
class Finding:
    """Something in a text that could identify a pupil: its ``kind`` (one of ``KINDS``) and the ``text``
    as written, for the moderator."""

    kind: str
    text: str


@dataclass(frozen=True)
class _Match:
    kind: str
    start: int
    end: int
    text: str

    def overlaps(self, other: _Match) -> bool:
        return self.start < other.end and other.start < self.end


# --- BSN ---------------------------------------------------------------------------------------------------

# Nine digits, or 3-3-3 / 4-2-3 with one kind of separator. Not glued to a word, a longer number or an
# address (``/artikel/111222333``, ``?id=…``); ``_in_longer_number`` looks a little further.
_BSN = re.compile(r"(?<![\w.,/=#&+-])(\d{9}|\d{3}([ .])\d{3}\2\d{3}|\d{4}([ .])\d{2}\3\d{3})(?![\w/-])")
# Nine digits after these are an amount or an organisation's number (an RSIN passes the 11-proef too).
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?:€|\beur|\beuro|\brsin|\bkvk|\bbtw|\brekening|\biban)\W{0,3}(?:nummer|nr\.?)?\W{0,3}$", re.I
)


def is_bsn(digits: str) -> bool:
    """The 11-proef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is divisible by 11; nine digits, not all zeros."""
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def _in_longer_number(text: str, start: int, end: int, separator: str) -> bool:
    """Are the nine digits part of a longer number? A group of up to four digits joined by the same
    separator says so ("1 111 222 333", "111 222 333 44"), and so does a decimal comma or point
    ("111222333,50"); a number after a plain space is another number ("BSN 111222333 2 keer gebeld")."""
    joints = re.escape(separator + ".,")
    before = re.search(rf"(?<!\d)\d{{1,4}}[{joints}]$", text[max(0, start - 6) : start])
    after = re.match(rf"[{joints}]\d{{1,4}}(?!\d)", text[end : end + 6])
    return bool(before or after)


def _bsns(text: str) -> list[_Match]:
    found = []
    for match in _BSN.finditer(text):
        written = match.group(1)
        start, end = match.span(1)
        if (
            is_bsn(re.sub(r"\D", "", written))
            and not _in_longer_number(text, start, end, match.group(2) or match.group(3) or "")
            and not _NOT_A_PERSON_BEFORE.search(text[max(0, start - 20) : start])
        ):
            found.append(_Match(BSN, start, end, written))
    return found


# --- phone numbers -----------------------------------------------------------------------------------------

# The trunk 0 or the country code (+31, 0031, with "(0)" as some write it), then the nine digits of the
# national number, with at most single spaces or hyphens between them. Shape rules follow in ``_is_phone``.
_PHONE = re.compile(
    r"(?<![\w+/=#&.,-])"
    r"(?P<prefix>(?:\+|00)31[ -]?(?:\(0\)[ -]?)?|0)"
    r"(?P<number>\d(?:[ -]?\d){8})"
    r"(?![\w/-])(?![.,:]\d)"
)
# 01-05 and 07: geographic; 06: mobile (06-1…5 and 06-8); 085 and 088: company numbers. Not 0800/0900
# (public information lines) or 066/067/097 (pagers, dial-up, machines).
_DIALLABLE = re.compile(r"^(?:[1-57]|6[1-58]|8[58])")


def _is_phone(number: str) -> bool:
    """Nine digits after the 0 that start like a Dutch number, in groups a person would write: at most five,
    none of one digit after the first (``0 6 1 2 3 …`` is a list of digits, not a number)."""
    groups = re.split(r"[ -]", number)
    digits = "".join(groups)
    return bool(_DIALLABLE.match(digits)) and len(groups) <= 5 and all(len(group) > 1 for group in groups[1:])


def _phones(text: str) -> list[_Match]:
    return [
        _Match(PHONE, match.start(), match.end(), match.group(0))
        for match in _PHONE.finditer(text)
        if _is_phone(match.group("number"))
    ]


# An IBAN's digits are not a phone number or a BSN ("NL91 ABNA 0417 1643 00").
_IBAN = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d{2,4}){2,5}\b")


def _ibans(text: str) -> list[_Match]:
    return [_Match("iban", match.start(), match.end(), "") for match in _IBAN.finditer(text)]


# --- e-mail addresses --------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+%-])[\w.+%-]+@(?:[\w-]+\.)+[^\W\d_]{2,}(?![\w-])")
# A school's shared mailboxes are on its website already: not a pupil's or a parent's address.
ROLE_MAILBOXES = frozenset(
    {
        *("info", "administratie", "secretariaat", "contact", "receptie", "office", "directie", "helpdesk"),
        *("support", "noreply", "no-reply", "redactie", "communicatie", "leerlingzaken", "zorg", "post"),
    }
)


def _emails(text: str) -> list[_Match]:
    """Every address in the text, a school's shared mailboxes too (their digits are no phone number)."""
    return [_Match(EMAIL, match.start(), match.end(), match.group(0)) for match in _EMAIL.finditer(text)]


def _is_personal(email: _Match) -> bool:
    return email.text.split("@", 1)[0].lower() not in ROLE_MAILBOXES


# --- dates of birth ----------------------------------------------------------------------------------------

_MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "february", "feb"), 2),
    **dict.fromkeys(("maart", "march", "mrt", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("augustus", "august", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = re.compile(
    r"(?<![\w./-])(?:"
    r"(?P<d>\d{1,2})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"  # 3-3-2011, 03/03/11
    r"|(?P<dot_d>\d{1,2})\.(?P<dot_m>\d{1,2})\.(?P<dot_y>\d{4})"  # 3.3.2011 (not 1.2.11: a chapter)
    r"|(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})"  # 2011-03-03
    rf"|(?P<wd>\d{{1,2}})\s+(?P<wm>{_MONTH_NAMES})\.?(?:\s+(?P<wy>\d{{4}}|'\d{{2}}))?"  # 3 maart (2011)
    r")(?![\w/-])(?![.,:]\d)",
    re.IGNORECASE,
)
_BIRTH_WORDS = re.compile(
    r"\b(?:geboren|geb\.|geboortedatum|geboortedag|born|date of birth|birthdate|d\.o\.b\.|dob)(?!\w)",
    re.IGNORECASE,
)
# Pupils are 3 to 25 years old: an event date this year or last year next to a colleague's name is no
# date of birth.
YOUNGEST, OLDEST = 3, 25
NEAR_WORDS = 3  # "within a few words": Sem (3 maart 2013), Ahmed is op 12-03-2012 geboren
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A full stop ends a sentence before a capital, not in "geb. 3 maart" or "12.03.2013".
_SENTENCE_END = re.compile(r"[!?;]\s|\.\s+(?=[A-ZÀ-ÖØ-Þ])|\n")
# Capitalised words that are not a person's name: sentence openers, days and months, holidays, school words.
NOT_NAMES = frozenset(
    {
        *("de", "het", "een", "die", "dat", "deze", "dit", "wie", "wat", "waar", "wanneer", "hoe", "waarom"),
        *("ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "mijn", "onze", "ons", "zijn", "haar"),
        *("op", "in", "aan", "bij", "met", "voor", "na", "naar", "van", "om", "over", "tot", "tijdens", "sinds"),
        *("vanaf", "per", "uit", "door", "tussen", "rond", "rondom", "tegen", "zonder", "behalve", "volgens"),
        *("en", "of", "maar", "want", "dus", "als", "omdat", "toen", "daarna", "daarom", "ook", "nog", "al"),
        *("er", "hier", "daar", "nu", "dan", "vandaag", "gisteren", "morgen", "vorige", "volgende", "afgelopen"),
        *("ja", "nee", "graag", "hallo", "hoi", "beste", "dag", "groet", "groeten", "dank", "bedankt", "fijn"),
        *("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", *_MONTHS),
        *("kerst", "kerstmis", "pasen", "pinksteren", "ramadan", "suikerfeest", "offerfeest", "sinterklaas"),
        *("koningsdag", "bevrijdingsdag", "carnaval", "herfstvakantie", "kerstvakantie", "voorjaarsvakantie"),
        *("meivakantie", "zomervakantie", "leerling", "leerlingen", "ouder", "ouders", "moeder", "vader"),
        *("klas", "groep", "school", "team", "juf", "meester", "mentor", "docent", "leerkracht", "directeur"),
        *("meneer", "mevrouw", "studiedag", "ouderavond", "toets", "rapport", "les", "week", "jaar"),
        *("the", "a", "an", "on", "at", "since", "from", "until", "we", "our", "my", "his", "her", "their"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"),
    }
)


@dataclass(frozen=True)
class _Date:
    start: int
    end: int
    year: int | None


def _full_year(written: str, today: date) -> int:
    """A two-digit year as the most recent year it can be (``'11`` is 2011, ``95`` is 1995)."""
    year = int(written.lstrip("'"))
    if year >= 100:
        return year
    century = today.year - today.year % 100
    return century + year if century + year <= today.year else century - 100 + year


def _as_date(match: re.Match[str], today: date) -> _Date | None:
    """The date a match names, or ``None`` when it names none (day 32, month 13, 30 February)."""
    if match.group("d"):
        day, month, year = int(match.group("d")), int(match.group("m")), _full_year(match.group("y"), today)
    elif match.group("dot_d"):
        day, month, year = int(match.group("dot_d")), int(match.group("dot_m")), int(match.group("dot_y"))
    elif match.group("iso_y"):
        day, month, year = int(match.group("iso_d")), int(match.group("iso_m")), int(match.group("iso_y"))
    else:
        day, month = int(match.group("wd")), _MONTHS[match.group("wm").lower()]
        year = _full_year(match.group("wy"), today) if match.group("wy") else None
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: "29 februari" without a year is a date
    except ValueError:
        return None
    # "3 maart." ends the date and the sentence: the full stop belongs to the sentence.
    return _Date(match.start(), match.end() - match.group(0).endswith("."), year)


class _Sentences:
    """Where the sentences of a text begin and end (a line break ends one too), found once per text: a
    timetable may hold hundreds of dates. Around a date only ``REACH`` characters count, so a long text
    without a full stop costs no more per date than a short one."""

    REACH = 100

    def __init__(self, text: str) -> None:
        marks = list(_SENTENCE_END.finditer(text))
        self._starts = [mark.start() for mark in marks]
        self._ends = [mark.end() for mark in marks]
        self._length = len(text)

    def around(self, when: _Date) -> tuple[int, int]:
        before = bisect_right(self._ends, when.start)
        after = bisect_left(self._starts, when.end)
        begin = self._ends[before - 1] if before else 0
        finish = self._starts[after] if after < len(self._starts) else self._length
        return max(begin, when.start - self.REACH), min(finish, when.end + self.REACH)


def _near_words(text: str, when: _Date, sentences: _Sentences) -> list[re.Match[str]]:
    """The few words before and after a date, within its sentence."""
    begin, finish = sentences.around(when)
    before = list(_WORD.finditer(text, begin, when.start))[-NEAR_WORDS:]
    after = list(_WORD.finditer(text, when.end, finish))[:NEAR_WORDS]
    return before + after


def _is_name(word: str) -> bool:
    """A capitalised word that is not an abbreviation (BSN, MBO) or a word of the ``NOT_NAMES`` list."""
    return word[0].isupper() and not word.isupper() and len(word) > 1 and word.lower() not in NOT_NAMES


def _in_reach(text: str, word: re.Match[str], when: _Date) -> bool:
    """Is the word a few words from the date, in the same sentence ("geboren op 3 maart",
    "geboortedatum: 03-03-2013", "die op 3 maart 2013 is geboren")?"""
    between = text[word.end() : when.start] if word.end() <= when.start else text[when.end : word.start()]
    return len(_WORD.findall(between)) <= NEAR_WORDS and not _SENTENCE_END.search(between)


def _birth_word(text: str, when: _Date, sentences: _Sentences) -> re.Match[str] | None:
    begin, finish = sentences.around(when)
    return next((word for word in _BIRTH_WORDS.finditer(text, begin, finish) if _in_reach(text, word, when)), None)


def _name(text: str, when: _Date, sentences: _Sentences) -> re.Match[str] | None:
    return next((word for word in _near_words(text, when, sentences) if _is_name(word.group(0))), None)


def _pupil_year(when: _Date, today: date) -> bool:
    return when.year is not None and today.year - OLDEST <= when.year <= today.year - YOUNGEST


def _birthdates(text: str, dates: list[_Date], today: date) -> list[_Match]:
    """Dates said to be a birth date ("geboren op …", "geb. …"), and dates with a pupil's birth year next
    to a capitalised name. The finding's text runs from the word or name to the date, the name included
    when there is one ("Sem, geboren 3 maart 2013")."""
    found = []
    sentences = _Sentences(text)
    for when in dates:
        birth_word, name = _birth_word(text, when, sentences), _name(text, when, sentences)
        if birth_word is None and not (name is not None and _pupil_year(when, today)):
            continue
        words = [word for word in (birth_word, name) if word is not None]
        start, end = min(when.start, *(w.start() for w in words)), max(when.end, *(w.end() for w in words))
        found.append(_Match(BIRTHDATE_NAME, start, end, text[start:end]))
    return found


# --- together ----------------------------------------------------------------------------------------------


def _without_overlaps(first: list[_Match], later: list[_Match]) -> list[_Match]:
    """``later`` minus what lies on text ``first`` already explained (a date is not a phone number)."""
    return [match for match in later if not any(match.overlaps(taken) for taken in first)]


def check(text: str, *, today: date | None = None) -> list[Finding]:
    """What in ``text`` could identify a pupil, in the order it appears, each finding once.

    Dates and e-mail addresses are read first, so their digits are not taken for a phone number or a BSN;
    a phone number's nine digits are not a BSN either. ``today`` fixes the clock for the birth-year rule.
    """
    if not text:
        return []
    today = today or date.today()
    dates = [when for when in (_as_date(match, today) for match in _DATES.finditer(text)) if when is not None]
    emails = _emails(text)
    taken = [_Match("date", when.start, when.end, "") for when in dates] + emails + _ibans(text)
    phones = _without_overlaps(taken, _phones(text))
    bsns = _without_overlaps(taken + phones, _bsns(text))
    matches = sorted(
        [*filter(_is_personal, emails), *phones, *bsns, *_birthdates(text, dates, today)],
        key=lambda m: (m.start, m.kind),
    )
    return list(dict.fromkeys(Finding(match.kind, match.text) for match in matches))


def explain(kind: str) -> str:
    """Why a finding of this kind is risky on a forum other schools read, in one plain Dutch sentence."""
    reasons = {
        BSN: _("Dit lijkt een burgerservicenummer: het persoonlijke nummer van een leerling hoort nooit op het forum."),
        PHONE: _(
            "Dit lijkt een telefoonnummer: daarmee kan iedereen die het forum leest, ook op andere scholen, een "
            "leerling of ouder bereiken."
        ),
        EMAIL: _(
            "Dit lijkt een e-mailadres: daarmee kan iedereen die het forum leest, ook op andere scholen, een "
            "leerling of ouder bereiken."
        ),
        BIRTHDATE_NAME: _(
            "Een geboortedatum naast een naam maakt een leerling herkenbaar, ook voor lezers van andere scholen."
        ),
    }
    return reasons.get(kind) or _("Dit kan een leerling herkenbaar maken voor lezers van andere scholen.")
