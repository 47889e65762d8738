"""The demo texts in ``demo/data/``, read into typed records and checked. No Django: the checks run without a database.

``load()`` gives everything ``manage.py load_demo`` builds and raises ``ContentError`` when a file is broken;
``validate()`` lists every problem (tests/demo/test_data_files.py runs it over the real files). The layout of the
files and the rules they follow are in demo/data/README.md.
"""

from __future__ import annotations

import functools
import re
import types
import typing
from dataclasses import MISSING, dataclass, fields, is_dataclass
from pathlib import Path

import frontmatter
import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it: same result, faster
LANGUAGES = ("nl", "en")  # Dutch is the source language, English the translation.

# The values the models accept (tests/demo/test_data_files.py keeps these in step with the model choices).
RESOURCE_TYPES = frozenset({"elearning", "film", "lesson", "knowledge", "exercise", "training", "intervention"})
WITH_SOLVES = frozenset({"training", "intervention"})  # ResourcePage.solves: "for trainings and interventions"
DIMENSIONS = frozenset({"bewustwording", "bereidheid", "bekwaamheid"})
FORMATS = frozenset({"online", "klassikaal", "teamsessie", "individueel", "blended"})
EVIDENCE = frozenset({"effective", "promising", "practice", "unknown"})
OBLIGATIONS = frozenset({"", "legal_duty", "good_practice"})
ICONS = frozenset(
    {"shield", "knife", "link", "home", "megaphone", "split", "people", "heart", "scale", "calendar", "lock"}
)
AUDIENCE_KINDS = frozenset({"sector", "role"})
SECTORS = frozenset({"po", "so", "vo", "mbo"})
MEMBER_ROLES = frozenset({"member", "coordinator", "coach"})
SCALES = (4, 5)
MAX_TITLE, MAX_SUMMARY, MAX_LEVEL = 255, 400, 140

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number: + or 0, then at least seven more digits, optionally split by spaces or dashes (06-12345678,
# 020 123 4567, +31 6 1234 5678, 0800-2000). Not 112, years (2024-2025), dates (01-02-2025) or times (09.00).
PHONE = re.compile(r"(?<![\w+])(?!\d\d?-\d\d?-\d{2,4}(?!\w))(?:\+|0)\d(?:[ -]?\d){6,}(?!\w)")
# Demo accounts use reserved domains only (RFC 2606), so no mail can reach a real person.
DEMO_EMAIL = re.compile(r"^[\w.+-]+@(?:example\.(?:org|com|net)|[\w-]+\.example)$")


class ContentError(ValueError):
    """The demo data has problems; ``problems`` lists them, one line each, naming the file."""

    def __init__(self, problems: list[str]):
        super().__init__("Demo data has problems:\n" + "\n".join(f"- {p}" for p in problems))
        self.problems = problems


# --- the records --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    slug: str
    icon: str
    name_nl: str
    name_en: str
    intro_nl: str
    intro_en: str


@dataclass(frozen=True)
class Audience:
    slug: str
    kind: str
    name_nl: str
    name_en: str


@dataclass(frozen=True)
class PartnerType:
    slug: str
    name_nl: str
    name_en: str
    role_nl: str
    role_en: str
    when_nl: str
    when_en: str


@dataclass(frozen=True)
class ResourceText:
    """The texts of a library item in one language: one Markdown file (front matter and paragraphs)."""

    title: str
    summary: str
    body: tuple[str, ...]
    solves: str = ""
    transcript: str = ""
    legal_basis: str = ""


@dataclass(frozen=True)
class Resource:
    """A library item: the language-independent fields (from the Dutch file) and its texts per language."""

    slug: str
    type: str
    themes: tuple[str, ...]
    dimension: str
    format: str
    provider: str
    evidence: str
    languages: tuple[str, ...]
    nl: ResourceText
    en: ResourceText | None = None
    audiences: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    duration_minutes: int | None = None
    embed_url: str = ""
    obligation: str = ""

    def as_dict(self) -> dict:
        """The item as the old ``demo.content.resources.RESOURCES`` entry (``title_nl``, ``body_en``, ...)."""
        data = {
            "slug": self.slug,
            "type": self.type,
            "themes": list(self.themes),
            "audiences": list(self.audiences),
            "dimension": self.dimension,
            "duration_minutes": self.duration_minutes,
            "format": self.format,
            "provider": self.provider,
            "evidence": self.evidence,
            "keywords": list(self.keywords),
        }
        if self.embed_url:
            data["embed_url"] = self.embed_url
        for lang in LANGUAGES:
            text = getattr(self, lang)
            data[f"title_{lang}"] = text.title if text else None
            data[f"summary_{lang}"] = text.summary if text else None
            data[f"body_{lang}"] = list(text.body) if text else None
            if self.type == "film":
                data[f"transcript_{lang}"] = (text.transcript or None) if text else None
            if self.type in WITH_SOLVES:
                data[f"solves_{lang}"] = (text.solves or None) if text else None
        return data


@dataclass(frozen=True)
class ScanLink:
    """Recommend a library item or a partner type while the team's mean on the item is below ``below``."""

    below: float
    resource: str = ""
    partner: str = ""

    def as_dict(self) -> dict:
        return (
            {"resource": self.resource, "below": self.below}
            if self.resource
            else {"partner": self.partner, "below": self.below}
        )


@dataclass(frozen=True)
class ScanItem:
    key: str
    statement_nl: str
    statement_en: str
    levels_nl: tuple[str, ...]
    levels_en: tuple[str, ...]
    question_nl: str = ""
    question_en: str = ""
    allow_unknown: bool = True
    legal_duty: bool = False
    legal_note_nl: str = ""
    legal_note_en: str = ""
    short_term_nl: str = ""
    short_term_en: str = ""
    long_term_nl: str = ""
    long_term_en: str = ""
    links: tuple[ScanLink, ...] = ()


@dataclass(frozen=True)
class ScanPart:
    key: str
    title_nl: str
    title_en: str
    description_nl: str
    description_en: str
    items: tuple[ScanItem, ...]
    core_dimension: str = ""


@dataclass(frozen=True)
class Scan:
    slug: str
    theme: str
    scale: int
    title_nl: str
    title_en: str
    intro_nl: str
    intro_en: str
    dimensions: tuple[ScanPart, ...]

    def as_dict(self) -> dict:
        """The scan as the dict ``demo.builders.scan_page`` and ``scan_strings`` take (``title_nl``, ``items`` ...)."""
        return _plain(self)


@dataclass(frozen=True)
class School:
    name: str
    brin: str
    gemeente: str
    sector: str


@dataclass(frozen=True)
class Member:
    email: str
    first_name: str
    last_name: str
    school_brin: str
    role: str


@dataclass(frozen=True)
class Content:
    themes: tuple[Theme, ...]
    audiences: tuple[Audience, ...]
    partner_types: tuple[PartnerType, ...]
    resources: tuple[Resource, ...]
    scans: tuple[Scan, ...]
    schools: tuple[School, ...]
    members: tuple[Member, ...]


def _plain(value):
    """Records as dicts and tuples as lists, as the builders take them."""
    if isinstance(value, ScanLink):
        return value.as_dict()
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


# --- reading ------------------------------------------------------------------------------------------------


_BAD = object()  # a value that did not convert (its problem is noted)
_hints = functools.cache(typing.get_type_hints)


def _convert(hint, value, where: str, problems: list[str]):
    """``value`` (from YAML) as ``hint`` says, or ``_BAD`` with a problem noted. Texts lose outer white space."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):  # X | None
        return None if value is None else _convert(args[0], value, where, problems)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            problems.append(f"{where}: expected a list")
            return _BAD
        items = tuple(_convert(args[0], v, f"{where}[{n}]", problems) for n, v in enumerate(value))
        if "" in items:
            problems.append(f"{where}: an empty entry")
        return _BAD if _BAD in items else items
    if is_dataclass(hint):
        return value if isinstance(value, hint) else _record(hint, value, where, problems)
    if hint is float:  # an int stays an int: the scan stores str(below), and 3 must stay "3"
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, hint)
    if not ok:
        problems.append(f"{where}: expected {hint.__name__}, got {type(value).__name__} {value!r}")
        return _BAD
    return value.strip() if isinstance(value, str) else value


def _record(cls, data, where: str, problems: list[str]):
    """A ``cls`` from a mapping, or ``_BAD``. Fields without a default are required; a required text is not empty."""
    if not isinstance(data, dict):
        problems.append(f"{where}: expected a mapping, got {type(data).__name__}")
        return _BAD
    hints = _hints(cls)
    known = {f.name: f for f in fields(cls)}
    problems.extend(f"{where}: unknown key {key!r}" for key in data if key not in known)
    values = {}
    for name, f in known.items():
        value = data.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if f.default is MISSING:
                problems.append(f"{where}: missing {name}")
                values[name] = _BAD
            continue
        values[name] = _convert(hints[name], value, f"{where}: {name}", problems)
    return _BAD if _BAD in values.values() else cls(**values)


def _yaml(path: Path, where: str, problems: list[str]):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, ValueError, yaml.YAMLError) as error:
        problems.append(f"{where}: cannot read: {error}")
        return None


def _lists(path: Path, where: str, keys: tuple[str, ...], problems: list[str]) -> dict[str, list]:
    """A YAML file of top-level lists, as ``{key: list}``; a missing or broken list is noted and left empty."""
    data = _yaml(path, where, problems)
    if not isinstance(data, dict):
        if data is not None:
            problems.append(f"{where}: expected the keys {', '.join(keys)}")
        data = {}
    problems.extend(f"{where}: unknown key {key!r}" for key in data if key not in keys)
    lists = {}
    for key in keys:
        lists[key] = data.get(key)
        if not isinstance(lists[key], list):
            problems.append(f"{where}: expected a list under {key!r}")
            lists[key] = []
    return lists


def _rows(cls, rows: list, where: str, problems: list[str]) -> tuple:
    made = (_record(cls, row, f"{where}[{n}]", problems) for n, row in enumerate(rows))
    return tuple(row for row in made if row is not _BAD)


def _merge(front: dict, own: dict, where: str, problems: list[str]) -> dict:
    """Front matter plus the values the loader sets itself (slug from the file name, body): those keys are not the file's."""
    problems.extend(f"{where}: unknown key {key!r}" for key in front if key in own)
    return front | own


def _paragraphs(text: str) -> tuple[str, ...]:
    """A Markdown body as paragraphs: blank lines separate them, the lines of one paragraph join with a space."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return tuple(
        " ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks if block.strip()
    )


def _markdown(path: Path, problems: list[str]) -> tuple[dict, tuple[str, ...]] | None:
    """A Markdown file's front matter and paragraphs."""
    try:
        post = frontmatter.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError, yaml.YAMLError) as error:  # TypeError: front matter not a mapping
        problems.append(f"resources/{path.name}: cannot read: {error}")
        return None
    return dict(post.metadata), _paragraphs(post.content)


_TEXT_KEYS = {f.name for f in fields(ResourceText)} - {"body"}


def _resource(folder: Path, slug: str, problems: list[str]):
    """A library item from ``<slug>.nl.md`` (texts and the other fields) and ``<slug>.en.md`` (texts), or ``_BAD``."""
    nl_path, en_path = folder / f"{slug}.nl.md", folder / f"{slug}.en.md"
    where = f"resources/{nl_path.name}"
    if not nl_path.exists():
        problems.append(f"resources/index.yaml: {slug} has no file {nl_path.name}")
        return _BAD
    if (parsed := _markdown(nl_path, problems)) is None:
        return _BAD
    front, body = parsed
    texts = {k: v for k, v in front.items() if k in _TEXT_KEYS}
    nl = _record(ResourceText, _merge(texts, {"body": body}, where, problems), where, problems)
    en = None
    if en_path.exists() and (parsed := _markdown(en_path, problems)) is not None:
        at = f"resources/{en_path.name}"
        en = _record(ResourceText, _merge(parsed[0], {"body": parsed[1]}, at, problems), at, problems)
    if nl is _BAD or en is _BAD:
        return _BAD
    meta = {k: v for k, v in front.items() if k not in _TEXT_KEYS}
    return _record(Resource, _merge(meta, {"slug": slug, "nl": nl, "en": en}, where, problems), where, problems)


def _read(root: Path) -> tuple[Content, list[str]]:
    """Everything that parses, and the problems of what does not."""
    problems: list[str] = []
    taxonomy = _lists(root / "taxonomy.yaml", "taxonomy.yaml", ("themes", "audiences"), problems)
    partners = _lists(root / "partner_types.yaml", "partner_types.yaml", ("partner_types",), problems)
    people = _lists(root / "schools.yaml", "schools.yaml", ("schools", "members"), problems)

    folder = root / "resources"
    slugs = _lists(folder / "index.yaml", "resources/index.yaml", ("resources",), problems)["resources"]
    if not all(isinstance(slug, str) for slug in slugs):
        problems.append("resources/index.yaml: expected a list of slugs under 'resources'")
        slugs = [slug for slug in slugs if isinstance(slug, str)]
    _unique(slugs, "resources/index.yaml", problems)
    slugs = list(dict.fromkeys(slugs))
    for path in sorted(folder.glob("*.md")):
        slug, _, lang = path.stem.rpartition(".")
        if not slug or lang not in LANGUAGES:
            problems.append(f"resources/{path.name}: name it <slug>.nl.md or <slug>.en.md")
        elif slug not in slugs:
            problems.append(f"resources/{path.name}: {slug} is not listed in resources/index.yaml")
    resources = tuple(r for r in (_resource(folder, slug, problems) for slug in slugs) if r is not _BAD)

    scans = []
    for path in sorted((root / "scans").glob("*.yaml")):  # in file-name order
        where = f"scans/{path.name}"
        if (data := _yaml(path, where, problems)) is None:
            continue
        if isinstance(data, dict):
            data = _merge(data, {"slug": path.stem}, where, problems)
        if (scan := _record(Scan, data, where, problems)) is not _BAD:
            scans.append(scan)

    content = Content(
        themes=_rows(Theme, taxonomy["themes"], "taxonomy.yaml themes", problems),
        audiences=_rows(Audience, taxonomy["audiences"], "taxonomy.yaml audiences", problems),
        partner_types=_rows(PartnerType, partners["partner_types"], "partner_types.yaml", problems),
        resources=resources,
        scans=tuple(scans),
        schools=_rows(School, people["schools"], "schools.yaml schools", problems),
        members=_rows(Member, people["members"], "schools.yaml members", problems),
    )
    return content, problems


# --- checking -----------------------------------------------------------------------------------------------


def _unique(values, what: str, problems: list[str]) -> None:
    seen = set()
    for value in values:
        if value in seen:
            problems.append(f"{what}: {value} occurs twice")
        seen.add(value)


def _slugs(records, what: str, problems: list[str]) -> set[str]:
    slugs = [r.slug for r in records]
    _unique(slugs, what, problems)
    problems.extend(f"{what}: {s!r} is not a slug (lower case, digits and dashes)" for s in slugs if not SLUG.match(s))
    return set(slugs)


def _texts(value):
    """Every text in a record, for the contact-details check."""
    if isinstance(value, str):
        yield value
    elif is_dataclass(value):
        for f in fields(value):
            yield from _texts(getattr(value, f.name))
    elif isinstance(value, tuple):
        for v in value:
            yield from _texts(v)


def _no_contact_details(record, where: str, problems: list[str]) -> None:
    for text in _texts(record):
        for pattern, what in ((EMAIL, "an e-mail address"), (PHONE, "a phone number")):
            if match := pattern.search(text):
                problems.append(f"{where}: {what} in the text ({match.group()!r}); demo texts name no contacts")


def _check_resource(r: Resource, themes: set, audiences: set, problems: list[str]) -> None:
    where = f"resources/{r.slug}.nl.md"
    if not SLUG.match(r.slug):
        problems.append(f"{where}: {r.slug!r} is not a slug (lower case, digits and dashes)")
    for value, known, what in (
        (r.type, RESOURCE_TYPES, "type"),
        (r.dimension, DIMENSIONS, "dimension"),
        (r.format, FORMATS, "format"),
        (r.evidence, EVIDENCE, "evidence"),
        (r.obligation, OBLIGATIONS, "obligation"),
    ):
        if value not in known:
            problems.append(f"{where}: unknown {what} {value!r} (one of {', '.join(sorted(known))})")
    if not r.themes:
        problems.append(f"{where}: no themes")
    for values, known, what in ((r.themes, themes, "theme"), (r.audiences, audiences, "audience")):
        problems.extend(f"{where}: unknown {what} {v!r}" for v in values if v not in known)
        _unique(values, f"{where}: {what}s", problems)
    if r.duration_minutes is not None and r.duration_minutes <= 0:
        problems.append(f"{where}: duration_minutes must be positive")
    if list(r.languages) not in (["nl"], ["nl", "en"]):
        problems.append(f"{where}: languages is [nl] or [nl, en], not {list(r.languages)}")
    if ("en" in r.languages) != (r.en is not None):
        missing = "there is no" if r.en is None else "languages does not list en, but there is an"
        problems.append(f"{where}: {missing} English file {r.slug}.en.md")
    for lang in LANGUAGES:
        text: ResourceText | None = getattr(r, lang)
        if text is None:
            continue
        at = f"resources/{r.slug}.{lang}.md"
        if len(text.title) > MAX_TITLE or len(text.summary) > MAX_SUMMARY:
            problems.append(f"{at}: title over {MAX_TITLE} or summary over {MAX_SUMMARY} characters")
        if not text.body:
            problems.append(f"{at}: no body paragraphs")
        if (r.type == "film") != bool(text.transcript):
            problems.append(f"{at}: a film needs a transcript, and only a film has one")
        if text.solves and r.type not in WITH_SOLVES:
            problems.append(f"{at}: solves is for trainings and interventions only")
        if text.legal_basis and r.obligation != "legal_duty":
            problems.append(f"{at}: legal_basis is for items with obligation: legal_duty only")
        _no_contact_details(text, at, problems)
    if r.en is not None:
        at = f"resources/{r.slug}.en.md"
        if len(r.en.body) != len(r.nl.body):
            problems.append(f"{at}: {len(r.en.body)} paragraphs, the Dutch file has {len(r.nl.body)}")
        if bool(r.en.solves) != bool(r.nl.solves):
            problems.append(f"{at}: solves in one language only")
        if bool(r.en.legal_basis) != bool(r.nl.legal_basis):
            problems.append(f"{at}: legal_basis in one language only")


def _check_scan(scan: Scan, themes: set, resources: set, partners: set, problems: list[str]) -> None:
    where = f"scans/{scan.slug}.yaml"
    if not SLUG.match(scan.slug):
        problems.append(f"{where}: {scan.slug!r} is not a slug")
    if scan.scale not in SCALES:
        problems.append(f"{where}: scale must be one of {SCALES}")
    if scan.theme not in themes:
        problems.append(f"{where}: unknown theme {scan.theme!r}")
    _unique([p.key for p in scan.dimensions], f"{where}: dimension keys", problems)
    _unique([i.key for p in scan.dimensions for i in p.items], f"{where}: item keys", problems)
    _no_contact_details(scan, where, problems)
    for part in scan.dimensions:
        at = f"{where}: {part.key}"
        if not SLUG.match(part.key):
            problems.append(f"{at}: the key is not a slug")
        if part.core_dimension and part.core_dimension not in DIMENSIONS:
            problems.append(f"{at}: unknown core_dimension {part.core_dimension!r}")
        if not part.items:
            problems.append(f"{at}: no items")
        for item in part.items:
            at = f"{where}: {part.key}/{item.key}"
            if not SLUG.match(item.key):
                problems.append(f"{at}: the key is not a slug")
            for lang in LANGUAGES:
                levels = getattr(item, f"levels_{lang}")
                if len(levels) != scan.scale or len(set(levels)) != len(levels):
                    problems.append(f"{at}: levels_{lang} needs {scan.scale} different levels")
                if any(len(level) > MAX_LEVEL for level in levels):
                    problems.append(f"{at}: a level in levels_{lang} is over {MAX_LEVEL} characters")
            for field in ("question", "legal_note", "short_term", "long_term"):
                if bool(getattr(item, f"{field}_nl")) != bool(getattr(item, f"{field}_en")):
                    problems.append(f"{at}: {field} in one language only")
            if item.legal_duty != bool(item.legal_note_nl):
                problems.append(f"{at}: a legal duty needs a legal note, and only a legal duty has one")
            targets = []
            for link in item.links:
                if bool(link.resource) == bool(link.partner):
                    problems.append(f"{at}: a link names a resource or a partner, not both or neither")
                elif link.resource and link.resource not in resources:
                    problems.append(f"{at}: unknown resource {link.resource!r}")
                elif link.partner and link.partner not in partners:
                    problems.append(f"{at}: unknown partner {link.partner!r}")
                if not 1 < link.below <= scan.scale:
                    problems.append(f"{at}: below {link.below} is outside 1 < below <= {scan.scale}")
                targets.append(f"resource {link.resource}" if link.resource else f"partner {link.partner}")
            _unique(targets, f"{at}: links", problems)


def _check(content: Content) -> list[str]:
    problems: list[str] = []
    themes = _slugs(content.themes, "taxonomy.yaml themes", problems)
    audiences = _slugs(content.audiences, "taxonomy.yaml audiences", problems)
    partners = _slugs(content.partner_types, "partner_types.yaml", problems)
    for theme in content.themes:
        if theme.icon not in ICONS:
            problems.append(f"taxonomy.yaml: {theme.slug}: unknown icon {theme.icon!r}")
        _no_contact_details(theme, f"taxonomy.yaml: {theme.slug}", problems)
    for audience in content.audiences:
        if audience.kind not in AUDIENCE_KINDS:
            problems.append(f"taxonomy.yaml: {audience.slug}: unknown kind {audience.kind!r}")
        _no_contact_details(audience, f"taxonomy.yaml: {audience.slug}", problems)
    for partner in content.partner_types:
        _no_contact_details(partner, f"partner_types.yaml: {partner.slug}", problems)
    for resource in content.resources:
        _check_resource(resource, themes, audiences, problems)
    resources = {r.slug for r in content.resources}
    _unique([s.slug for s in content.scans], "scans", problems)
    for scan in content.scans:
        _check_scan(scan, themes, resources, partners, problems)

    _unique([s.brin for s in content.schools], "schools.yaml schools", problems)
    brins = {s.brin for s in content.schools}
    for school in content.schools:
        if school.sector not in SECTORS:
            problems.append(f"schools.yaml: {school.brin}: unknown sector {school.sector!r}")
    _unique([m.email for m in content.members], "schools.yaml members", problems)
    for member in content.members:
        if not DEMO_EMAIL.match(member.email):
            problems.append(f"schools.yaml: {member.email}: demo accounts use example.org addresses only")
        if member.school_brin not in brins:
            problems.append(f"schools.yaml: {member.email}: unknown school {member.school_brin!r}")
        if member.role not in MEMBER_ROLES:
            problems.append(f"schools.yaml: {member.email}: unknown role {member.role!r}")
    return problems


def validate(root: Path = DATA_DIR) -> list[str]:
    """Every problem in the demo data under ``root``, one line each, naming the file; empty when all is well."""
    content, problems = _read(Path(root))
    return problems + _check(content)


@functools.cache
def load(root: Path = DATA_DIR) -> Content:
    """The demo content under ``root`` (read once per process: the records are immutable); ContentError when
    ``validate`` finds a problem."""
    content, problems = _read(Path(root))
    problems += _check(content)
    if problems:
        raise ContentError(problems)
    return content
