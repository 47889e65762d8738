"""The Dutch and English message catalogues: complete, not fuzzy, placeholders intact, in step with the source.

No database and no `makemessages` run (too slow): the catalogues are parsed with polib, and the strings the
templates and the Python code mark for translation are collected here and looked up in both catalogues.
After changing interface strings run `make messages`, translate the new English entries and fill the Dutch
ones (msgstr = msgid).
"""

import ast
import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from django.utils.translation.template import templatize

BASE_DIR = Path(settings.BASE_DIR)
LANGUAGES = ["nl", "en"]
CATALOGUES = {lang: BASE_DIR / "locale" / lang / "LC_MESSAGES" / "django.po" for lang in LANGUAGES}
TEMPLATE_DIR = BASE_DIR / "templates"
# The directories `make messages` skips (besides hidden ones), as in its --ignore options.
IGNORED_DIRS = {".venv", "node_modules", "staticfiles", "locale", "__pycache__", "media"}

# %(name)s / %(name)d, %s / %d / %i / %f, and {name} / {0} / {}; a literal %% is not a placeholder.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")

# English msgstr that may equal the Dutch msgid: the two languages share these words.
SAME_IN_ENGLISH = {
    "%(name)s, %(school)s",
    "Account",
    "BRIN",  # the Dutch school number, named so in English too
    "Browser",
    "Item",
    "item",
    "Blended",
    "E-mail",
    "Expert",
    "expert",
    "expert: %(organisation)s",
    "Forum",
    "School",
    "Moderator",
    "Document",
    "document",
    "E-learning",
    "Film",
    "Filter",
    "Online",
    "school",
    "Sector",
    "sector",
    "slug",
    "Status",
    "Team",
    "Training",
    "Transcript",
    "transcript",
    "%(m)d min",
    "“%(statement)s”: %(score)s",
}


def _catalogue(lang: str) -> polib.POFile:
    return polib.pofile(str(CATALOGUES[lang]))


def _entries(lang: str) -> list[polib.POEntry]:
    return [e for e in _catalogue(lang) if not e.obsolete]


def _keys(lang: str) -> set[tuple[str | None, str]]:
    return {(e.msgctxt, e.msgid) for e in _entries(lang)}


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text.replace("%%", "")))


def _pairs(entry: polib.POEntry) -> list[tuple[str, str, str]]:
    """(label, source, translation) for each form of an entry: msgstr[0] pairs with msgid, the rest with the plural."""
    if entry.msgid_plural:
        return [
            (f"msgstr[{n}]", entry.msgid if n == 0 else entry.msgid_plural, text)
            for n, text in sorted(entry.msgstr_plural.items())
        ]
    return [("msgstr", entry.msgid, entry.msgstr)]


def _walk(suffixes: tuple[str, ...], root: Path = BASE_DIR):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in IGNORED_DIRS and not d.startswith(".")]
        for name in filenames:
            if name.endswith(suffixes):
                yield Path(dirpath) / name


# Strings in templates -----------------------------------------------------------------------------------------

TRANSLATE_TAG = re.compile(
    r"""\{%\s*(?:translate|trans)\s+(?P<q>["'])(?P<msgid>.*?)(?P=q)"""
    r"""(?:\s+noop)?(?:\s+context\s+(?P<cq>["'])(?P<ctx>.*?)(?P=cq))?[^%]*%\}""",
    re.DOTALL,
)


def _template_files() -> list[Path]:
    return sorted(_walk((".html", ".txt"), TEMPLATE_DIR))


def _translate_tag_strings() -> set[tuple[str | None, str]]:
    """The literal strings of {% translate "..." %} and {% trans '...' %} in templates/**/*.html."""
    found = set()
    for path in TEMPLATE_DIR.rglob("*.html"):
        for m in TRANSLATE_TAG.finditer(path.read_text(encoding="utf-8")):
            msgid = m.group("msgid")
            if "{{" in msgid or "{%" in msgid:
                continue
            found.add((m.group("ctx"), msgid))
    return found


_STRING = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_TEMPLATIZED_CALL = re.compile(rf"\b(?P<fn>n?p?gettext)\(\s*(?P<args>{_STRING}(?:\s*,\s*{_STRING})*)")


def _templatized_strings() -> set[tuple[str | None, str]]:
    """Every msgid of every template as makemessages sees it (Django's templatize), blocktranslate included."""
    found = set()
    for path in _template_files():
        source = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        for m in _TEMPLATIZED_CALL.finditer(source):
            args = [ast.literal_eval(s.lstrip("u")) for s in re.findall(_STRING, m.group("args"))]
            ctx = args.pop(0) if m.group("fn").startswith(("pgettext", "npgettext")) else None
            found.add((ctx, args[0]))
    return found


# Strings in Python code ---------------------------------------------------------------------------------------

# function name -> (index of the context argument or None, index of the msgid argument), as xgettext reads them
_PY_KEYWORDS = {
    "_": (None, 0),
    "gettext": (None, 0),
    "gettext_lazy": (None, 0),
    "gettext_noop": (None, 0),
    "ngettext": (None, 0),
    "ngettext_lazy": (None, 0),
    "pgettext": (0, 1),
    "pgettext_lazy": (0, 1),
    "npgettext": (0, 1),
    "npgettext_lazy": (0, 1),
}


def _python_strings() -> set[tuple[str | None, str]]:
    found = set()
    for path in _walk((".py",)):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name not in _PY_KEYWORDS:
                continue
            ctx_at, msgid_at = _PY_KEYWORDS[name]
            args = node.args
            if len(args) <= msgid_at or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[: msgid_at + 1]
            ):
                continue
            found.add((args[ctx_at].value if ctx_at is not None else None, args[msgid_at].value))
    return found


# The catalogues themselves ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_exists_with_a_proper_header(lang):
    po = _catalogue(lang)
    assert not po.metadata_is_fuzzy, f"{lang}: the header is marked fuzzy, so msgfmt would skip it"
    assert po.metadata.get("Language") == lang
    assert po.metadata.get("Plural-Forms", "").startswith("nplurals=2;")
    assert "charset=UTF-8" in po.metadata.get("Content-Type", "")
    assert len(_entries(lang)) > 300


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated(lang):
    open_entries = [e.msgid for e in _entries(lang) if not all(text for _, _, text in _pairs(e))]
    assert not open_entries, f"{lang}: {len(open_entries)} untranslated entries, e.g. {open_entries[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_entry_is_fuzzy(lang):
    fuzzy = [e.msgid for e in _entries(lang) if "fuzzy" in e.flags]
    assert not fuzzy, f"{lang}: check and unmark {len(fuzzy)} fuzzy entries, e.g. {fuzzy[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_entries_have_both_forms(lang):
    incomplete = [e.msgid for e in _entries(lang) if e.msgid_plural and sorted(e.msgstr_plural) != [0, 1]]
    assert not incomplete, f"{lang}: plural entries need msgstr[0] and msgstr[1]: {incomplete}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match(lang):
    wrong = [
        f"{e.msgid!r} {label}: {sorted(_placeholders(source))} != {sorted(_placeholders(text))}"
        for e in _entries(lang)
        for label, source, text in _pairs(e)
        if _placeholders(source) != _placeholders(text)
    ]
    assert not wrong, f"{lang}: placeholders differ:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_leading_and_trailing_whitespace_match(lang):
    def ends(text):
        return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]

    wrong = [
        f"{e.msgid!r} {label}"
        for e in _entries(lang)
        for label, source, text in _pairs(e)
        if ends(source) != ends(text)
    ]
    assert not wrong, f"{lang}: leading or trailing whitespace differs: {wrong}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_tags_match(lang):
    def tags(text):
        return sorted(re.findall(r"</?[a-z][^>]*>", text))

    wrong = [
        f"{e.msgid!r} {label}"
        for e in _entries(lang)
        for label, source, text in _pairs(e)
        if tags(source) != tags(text)
    ]
    assert not wrong, f"{lang}: HTML differs between msgid and msgstr: {wrong}"


def test_english_is_not_a_copy_of_the_dutch():
    copied = [
        e.msgid
        for e in _entries("en")
        for _, source, text in _pairs(e)
        if text == source and source not in SAME_IN_ENGLISH
    ]
    assert not copied, (
        f"English msgstr equal to the Dutch msgid (translate them, or add true cognates to SAME_IN_ENGLISH): {copied}"
    )


def test_both_catalogues_hold_the_same_messages():
    assert _keys("nl") == _keys("en")


# In step with the source --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("msgid", ["Toon resultaten", "Naar de inhoud", "Zoeken", "Bewustwording", "Mijn scholen"])
def test_known_strings_are_present(lang, msgid):
    assert (None, msgid) in _keys(lang)


def test_translate_tags_in_templates_are_in_both_catalogues():
    found = _translate_tag_strings()
    assert len(found) > 50, "the {% translate %} regex found too little: has the template syntax changed?"
    for lang in LANGUAGES:
        missing = sorted(msgid for ctx, msgid in found - _keys(lang))
        assert not missing, f"{lang}: not in the catalogue (run `make messages` and translate): {missing}"


def test_every_template_string_is_in_both_catalogues():
    """Also {% blocktranslate %} (with its %(counter)s placeholders) and the e-mail .txt templates."""
    found = _templatized_strings()
    assert len(found) > 100
    assert (None, "%(counter)s item gevonden") in found
    for lang in LANGUAGES:
        missing = sorted(msgid for ctx, msgid in found - _keys(lang))
        assert not missing, f"{lang}: not in the catalogue (run `make messages` and translate): {missing}"


def test_every_python_string_is_in_both_catalogues():
    found = _python_strings()
    assert (None, "Bewustwording") in found
    for lang in LANGUAGES:
        missing = sorted(msgid for ctx, msgid in found - _keys(lang))
        assert not missing, f"{lang}: not in the catalogue (run `make messages` and translate): {missing}"


# Through Django -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compiled_locale(tmp_path_factory):
    """The current .po files compiled into a scratch LOCALE_PATHS (the committed tree has no .mo files)."""
    root = tmp_path_factory.mktemp("locale")
    msgfmt = shutil.which("msgfmt")
    for lang, po_path in CATALOGUES.items():
        mo_path = root / lang / "LC_MESSAGES" / "django.mo"
        mo_path.parent.mkdir(parents=True)
        if msgfmt:
            result = subprocess.run(
                [msgfmt, "--check-format", "--check-header", "-o", str(mo_path), str(po_path)],
                capture_output=True,
                text=True,
                check=False,
            )
            assert result.returncode == 0, f"msgfmt rejects {po_path}:\n{result.stderr}"
        else:
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
    with override_settings(LOCALE_PATHS=[root]):
        yield root
    translation.activate("nl")


def test_english_gettext_through_django(compiled_locale):
    with translation.override("en"):
        assert translation.gettext("Zoeken") == "Search"
        assert translation.gettext("Naar de inhoud") == "Skip to content"
        assert translation.ngettext("%(counter)s item gevonden", "%(counter)s items gevonden", 1) == (
            "%(counter)s item found"
        )
        assert translation.ngettext("%(counter)s item gevonden", "%(counter)s items gevonden", 3) == (
            "%(counter)s items found"
        )
    with translation.override("nl"):
        assert translation.gettext("Zoeken") == "Zoeken"
