"""Every demo library item, theme, audience, partner type and scan is there in English (issue 12, item 8), and
the English is English: no Dutch text left standing in an English file. No database needed."""

import re

import pytest

from demo.content.loader import load

# Common Dutch words that do not occur in English prose: one of them in an English text means a Dutch sentence
# (or half a translation) was left in place.
DUTCH_WORDS = re.compile(r"\b(het|een|niet|voor|zijn|wordt|leerling|leerlingen|bij|ook|maar|deze|wat|wie)\b", re.I)


@pytest.fixture(scope="module")
def content():
    return load()


def _texts(text) -> dict[str, str]:
    fields = {"title": text.title, "summary": text.summary, "solves": text.solves, "transcript": text.transcript}
    fields.update({f"paragraph {n}": p for n, p in enumerate(text.body, start=1)})
    return {name: value for name, value in fields.items() if value}


def test_every_library_item_has_an_english_translation(content):
    missing = [r.slug for r in content.resources if r.en is None or "en" not in r.languages]
    assert not missing, f"{len(missing)} of {len(content.resources)} items have no English file: {missing}"


def test_the_english_items_translate_every_dutch_text(content):
    problems = []
    for r in content.resources:
        dutch, english = _texts(r.nl), _texts(r.en)
        if set(dutch) != set(english):
            problems.append(f"{r.slug}: Dutch has {sorted(dutch)}, English has {sorted(english)}")
        for name, text in english.items():
            if text == dutch.get(name):
                problems.append(f"{r.slug}.en.md: {name} is the Dutch text")
            elif found := DUTCH_WORDS.findall(text):
                problems.append(f"{r.slug}.en.md: {name} has Dutch words {found}")
        if r.type == "film" and len(r.en.transcript.splitlines()) != len(r.nl.transcript.splitlines()):
            problems.append(f"{r.slug}.en.md: the transcript has another number of turns than the Dutch one")
    assert not problems, "\n".join(problems)


def test_the_taxonomy_partner_types_and_scans_are_there_in_english(content):
    problems = []
    for theme in content.themes:
        if not theme.name_en or not theme.intro_en or theme.intro_en == theme.intro_nl:
            problems.append(f"theme {theme.slug}")
    problems += [f"audience {a.slug}" for a in content.audiences if not a.name_en]
    problems += [f"partner type {p.slug}" for p in content.partner_types if not (p.name_en and p.role_en and p.when_en)]
    for scan in content.scans:
        if not (scan.title_en and scan.intro_en):
            problems.append(f"scan {scan.slug}")
        for part in scan.dimensions:
            problems += [f"scan {scan.slug} item {i.key}" for i in part.items if not (i.statement_en and i.levels_en)]
    assert not problems, problems


def test_the_check_catches_a_dutch_sentence_in_an_english_file():
    assert DUTCH_WORDS.search("Bespreek de uitkomsten met het zorgteam.")
    assert not DUTCH_WORDS.search("Discuss the findings with the care team and the team leaders.")
