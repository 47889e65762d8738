"""Every demo data file is valid (no database): the loader's checks over the real files, and proof they bite."""

import shutil
from pathlib import Path

import pytest

from demo.content import loader
from demo.content.loader import DATA_DIR, ContentError, load, validate

ITEM = "elearning-signalen-ondermijning-herkennen"  # a library item with an English translation
FILM = "film-check-in-bij-de-deur"


def test_every_demo_data_file_is_valid():
    problems = validate()
    assert not problems, "\n".join(problems)


def test_the_loader_reads_the_whole_demo():
    content = load()
    assert len(content.resources) >= 80
    assert {r.type for r in content.resources} == loader.RESOURCE_TYPES
    assert sum(r.en is not None for r in content.resources) * 3 >= len(content.resources)
    assert [s.slug for s in content.scans] == ["weerbare-school", "welbevinden-en-gelijke-kansen"]
    assert len(content.themes) == 11 and content.partner_types and content.schools and content.members
    item = next(r for r in content.resources if r.slug == ITEM)
    assert item.nl.title == "Signalen van ondermijning herkennen"
    assert len(item.nl.body) == len(item.en.body) == 4
    assert item.nl.body[0].startswith("In deze module volg je drie leerlingen") and "\n" not in item.nl.body[0]
    film = next(r for r in content.resources if r.slug == FILM)
    assert film.nl.transcript.splitlines()[0] == "JUF: Goedemorgen, Sem. Welke kleur is het vandaag?"


def test_the_loaders_allowed_values_are_the_models_choices():
    from community.models import Membership, School
    from core.models import Audience, Dimension, Theme
    from library.models import EvidenceLevel, ResourceFormat, ResourceType

    assert loader.RESOURCE_TYPES == set(ResourceType.values)
    assert loader.DIMENSIONS == set(Dimension.values)
    assert loader.FORMATS == set(ResourceFormat.values)
    assert loader.EVIDENCE == set(EvidenceLevel.values)
    assert loader.ICONS == {value for value, _label in Theme.ICONS}
    assert loader.AUDIENCE_KINDS == set(Audience.Kind.values)
    assert loader.SECTORS == set(School.Sector.values)
    assert loader.MEMBER_ROLES == set(Membership.Role.values)


def test_paragraphs_are_separated_by_blank_lines_and_their_lines_joined():
    assert loader._paragraphs("\nOne line\nand the next.\n\n  \nSecond.\n") == ("One line and the next.", "Second.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bel 06-12345678 of mail", "06-12345678"),
        ("bereikbaar op 020 123 4567.", "020 123 4567"),
        ("(+31 6 1234 5678)", "+31 6 1234 5678"),
        ("Veilig Thuis: 0800-2000", "0800-2000"),
        ("Bij acuut gevaar bel je 112.", None),
        ("in schooljaar 2024-2025", None),
        ("op 01-02-2025 om 09.00-10.30 uur", None),
        ("30 minuten, 3 van de 4 leerlingen", None),
    ],
)
def test_the_phone_number_pattern(text, found):
    match = loader.PHONE.search(text)
    assert (match.group() if match else None) == found


@pytest.fixture
def data(tmp_path) -> Path:
    """A copy of the demo data to break."""
    return Path(shutil.copytree(DATA_DIR, tmp_path / "data"))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BREAKAGES = {
    "unknown theme": (
        f"resources/{ITEM}.nl.md",
        "themes: [criminaliteit-en-ondermijning,",
        "themes: [criminaliteit,",
        f"{ITEM}.nl.md: unknown theme 'criminaliteit'",
    ),
    "unknown audience": (f"resources/{ITEM}.nl.md", "audiences: [vo,", "audiences: [havo,", "unknown audience 'havo'"),
    "unknown type": (f"resources/{ITEM}.nl.md", "type: elearning", "type: webinar", "unknown type 'webinar'"),
    "e-mail address in a text": (
        f"resources/{ITEM}.en.md",
        "In this module you follow",
        "Write to j.jansen@school.nl. In this module you follow",
        f"{ITEM}.en.md: an e-mail address in the text ('j.jansen@school.nl')",
    ),
    "phone number in a scan": (
        "scans/weerbare-school.yaml",
        "Houd een korte interviewronde",
        "Bel 06-12345678 en houd een korte interviewronde",
        "weerbare-school.yaml: a phone number in the text ('06-12345678')",
    ),
    "typo in a key": (f"resources/{ITEM}.en.md", "summary:", "sumary:", f"{ITEM}.en.md: unknown key 'sumary'"),
    "language-independent field in the English file": (
        f"resources/{ITEM}.en.md",
        "title:",
        "dimension: bewustwording\ntitle:",
        f"{ITEM}.en.md: unknown key 'dimension'",
    ),
    "missing required field": (f"resources/{ITEM}.nl.md", "provider: Alliantie WIJschool\n", "", "missing provider"),
    "English promised but missing": (
        f"resources/{FILM}.en.md",
        None,
        None,
        f"{FILM}.nl.md: there is no English file {FILM}.en.md",
    ),
    "English paragraphs out of step": (
        f"resources/{ITEM}.en.md",
        "You learn the difference between a single sign and a pattern.",
        "One more paragraph.\n\nYou learn the difference between a single sign and a pattern.",
        f"{ITEM}.en.md: 5 paragraphs, the Dutch file has 4",
    ),
    "film without a transcript": (
        f"resources/{FILM}.nl.md",
        "transcript: |-",
        "old_transcript: |-",
        "a film needs a transcript",
    ),
    "item not in the index": ("resources/index.yaml", f"  - {ITEM}\n", "", f"{ITEM} is not listed"),
    "scan links an unknown resource": (
        "scans/weerbare-school.yaml",
        "resource: interviewronde-wat-speelt-er",
        "resource: interviewronde",
        "unknown resource 'interviewronde'",
    ),
    "scan item misses a level": (
        "scans/weerbare-school.yaml",
        "    - We halen het beeld actief op",
        "    # We halen het beeld actief op",
        "zicht-op-jeugdcriminaliteit: levels_nl needs 4 different levels",
    ),
    "scan text in one language only": (
        "scans/weerbare-school.yaml",
        "    short_term_en: Hold a short round",
        "    short_term_fr: Hold a short round",
        "unknown key 'short_term_fr'",
    ),
    "real e-mail domain for a demo account": (
        "schools.yaml",
        "ib.devlieger@example.org",
        "ib.devlieger@devlieger.nl",
        "schools.yaml: ib.devlieger@devlieger.nl: demo accounts use example.org addresses only",
    ),
    "broken YAML": ("taxonomy.yaml", "themes:\n", "themes: [\n", "taxonomy.yaml: cannot read"),
}


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_a_broken_file_is_reported_by_name(data, breakage):
    relative, old, new, expected = breakage
    path = data / relative
    if old is None:
        path.unlink()
    else:
        _edit(path, old, new)
    problems = validate(data)
    assert any(expected in problem for problem in problems), "\n".join(problems)


def test_loading_broken_data_fails_with_every_problem(data):
    _edit(data / f"resources/{ITEM}.nl.md", "dimension: bewustwording", "dimension: bewust")
    _edit(data / "partner_types.yaml", "- slug: wijkagent", "- slug: Wijk Agent")
    with pytest.raises(ContentError) as raised:
        load(data)
    message = str(raised.value)
    assert "unknown dimension 'bewust'" in message and "'Wijk Agent' is not a slug" in message
    assert "unknown partner 'wijkagent'" in message  # and the scans that link it
