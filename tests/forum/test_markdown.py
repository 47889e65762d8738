"""Posts render safely: no HTML the member typed, no script links, every link nofollow, images as text.

Pure tests (no database): the renderer is a function of the text. What counts as unsafe is read from the
HTML with a real parser, not with string searches, so a harmless ``&lt;script&gt;`` in the text is not
mistaken for a tag and a real attribute cannot hide from the check.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum.markdown import ALLOWED_TAGS, LINK_REL, Rendered, excerpt, quote, render

ALLOWED_ATTRIBUTES = {"a": {"href", "rel"}, "ol": {"start"}, "span": {"class"}}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    handle_startendtag = handle_starttag


def tags(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def problems(html: str) -> list[str]:
    """Everything in ``html`` that could run script, load something or style the page."""
    found = []
    if "<script" in html.lower():
        found.append("a <script")
    for tag, attrs in tags(html):
        if tag not in ALLOWED_TAGS:
            found.append(f"tag {tag}")
        for name in attrs:
            if name.startswith("on") or name not in ALLOWED_ATTRIBUTES.get(tag, ()):
                found.append(f"attribute {name} on {tag}")
        href = attrs.get("href", "").strip().lower()
        if "href" in attrs and not (href.startswith(("http://", "https://", "mailto:", "/", "#", "?"))):
            found.append(f"href {href!r}")
        if tag == "span" and attrs.get("class") != "mention":
            found.append(f"span class {attrs.get('class')!r}")
    return found


ATTACKS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<<script>script>alert(1)<</script>/script>",
    '<img src=x onerror="alert(1)">',
    "<svg onload=alert(1)>",
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    '<a href="javascript:alert(1)">x</a>',
    "<form action=https://evil.example><button>Log in</button></form>",
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik]( javascript:alert(1) )",
    "[klik](&#106;avascript:alert(1))",
    "[klik](&#x6A;avascript&#x3A;alert(1))",
    "[klik](javascript&colon;alert(1))",
    "[klik](<java\tscript:alert(1)>)",
    "[klik](<javascript :alert(1)>)",
    "[klik](vbscript:msgbox(1))",
    "[klik](file:///etc/passwd)",
    "[klik](data:text/html;base64,PHNjcmlwdD4=)",
    "[klik](data:text/html,<script>alert(1)</script>)",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '![x](https://evil.example/x.png"onerror="alert(1))',
    "<javascript:alert(1)>",
    "<data:text/html,alert(1)>",
    "javascript:alert(1)",
    "[x][kwaad]\n\n[kwaad]: javascript:alert(1)",
    "[[binnen](javascript:alert(1))](https://ok.example)",
    '[x](https://ok.example/"onmouseover="alert(1))',
    '[x](https://ok.example "\\" onmouseover=\\"alert(1)")',
    "[a](https://ok.example)<img src=x onerror=alert(1)>",
    "`<script>alert(1)</script>`",
    "```html\n<script>alert(1)</script>\n```",
    'www.example.com/"><script>alert(1)</script>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "| a |\n|---|\n| <td onclick=alert(1)> |",
    "<!-- <script>alert(1)</script> -->",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
]


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("allow_links", [True, False])
def test_attacks_render_harmless(attack, allow_links):
    html = render(attack, allow_links=allow_links).html
    assert problems(html) == [], html


def test_html_the_member_typed_is_shown_as_text():
    html = render("Dit is <b>vet</b> & <script>x</script>").html
    assert html == "<p>Dit is &lt;b&gt;vet&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;</p>"


def test_a_javascript_link_stays_text_not_a_link():
    rendered = render("[klik](javascript:alert(1)) en [ook](JAVASCRIPT:alert(1))")
    assert "<a" not in rendered.html and rendered.links == []
    assert "klik" in rendered.html


# --- links ---------------------------------------------------------------------------------------------


def test_every_link_is_nofollow_ugc_noopener():
    body = (
        "Zie https://voorbeeld.example/les, [de gids](https://gids.example/), <https://auto.example>, "
        "www.voorbeeld.nl, [intern](/bibliotheek/les/), mail.me@example.com en ![poster](https://img.example/p.png)"
    )
    links = [attrs for tag, attrs in tags(render(body).html) if tag == "a"]
    assert len(links) == 7
    assert all(attrs["rel"] == LINK_REL == "nofollow ugc noopener" for attrs in links)


def test_links_are_listed_for_library_cards_in_order_each_once():
    rendered = render(
        "Les: https://site.example/bibliotheek/les/ en [nog eens](https://site.example/bibliotheek/les/), "
        "[intern](/bibliotheek/twee/) en [kwaad](javascript:alert(1))"
    )
    assert rendered.links == ["https://site.example/bibliotheek/les/", "/bibliotheek/twee/"]
    assert rendered.links == list(dict.fromkeys(a["href"] for tag, a in tags(rendered.html) if tag == "a"))


def test_only_web_mail_and_relative_addresses_become_links():
    rendered = render(
        "[a](https://a.example) [b](http://b.example) [c](mailto:c@example.com) [d](/pad) [e](#kop) [f](?p=2) "
        "[g](ftp://g.example) [h](tel:0612345678) [i](relatief/pad)"
    )
    assert rendered.links == ["https://a.example", "http://b.example", "mailto:c@example.com", "/pad", "#kop", "?p=2"]


def test_without_links_the_address_shows_as_text():
    rendered = render("Zie [de gids](https://gids.example/) en https://voorbeeld.example/les", allow_links=False)
    assert "<a" not in rendered.html
    assert rendered.html == "<p>Zie de gids (https://gids.example/) en https://voorbeeld.example/les</p>"
    assert rendered.links == []


def test_without_links_an_autolink_is_not_shown_twice_and_a_label_keeps_its_emphasis():
    html = render("<https://auto.example> en [de **gids**](https://gids.example/)", allow_links=False).html
    assert html == "<p>https://auto.example en de <strong>gids</strong> (https://gids.example/)</p>"


def test_without_links_a_mail_link_shows_the_address_without_its_scheme():
    html = render("[mail ons](mailto:lid@example.com) of lid@example.com", allow_links=False).html
    assert html == "<p>mail ons (lid@example.com) of lid@example.com</p>"


# --- @mentions -----------------------------------------------------------------------------------------


def test_mentions_are_found_outside_code_and_mail_addresses():
    rendered = render("Dank @Anna_B en @anna_b! Mail info@school.example, `@niet` en @jo.")
    assert rendered.mentions == ["anna_b", "jo"]
    assert '<span class="mention">@Anna_B</span>' in rendered.html
    assert "<code>@niet</code>" in rendered.html


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        ("@ab", ["ab"]),
        ("@a", []),
        ("@" + "a" * 40, ["a" * 40]),
        ("@" + "a" * 41, []),
        ("(@anna) en @bert, @cor; @dirk? @eva.", ["anna", "bert", "cor", "dirk", "eva"]),
        ("@Anna @ANNA @anna", ["anna"]),
        ("@zoë", []),
        ("@anna-maria_2 kijkt", ["anna-maria_2"]),
        ("@-anna en @_bert", []),
        ("@@anna", []),
        ("jan@school.example en x@anna", []),
        ("Kijk op @school.nl", []),
        ("twitter.com/@anna", []),
        ("[@anna](https://example.com) en [ook @bert](https://example.com)", []),
        ("`@anna`", []),
        ("```\n@anna\n```", []),
        ("    @anna in een codeblok", []),
        ("> @anna in een citaat", ["anna"]),
        ("**@anna** en _@bert_", ["anna", "bert"]),
        ("@bert eerst, dan @anna, dan @bert", ["bert", "anna"]),
    ],
)
def test_mention_edge_cases(body, mentions):
    assert render(body).mentions == mentions


def test_a_mention_in_a_link_label_stays_no_mention_when_links_are_off():
    rendered = render("[vraag @anna](https://example.com) of @bert", allow_links=False)
    assert rendered.mentions == ["bert"]
    assert rendered.html.count('class="mention"') == 1


# --- what a post cannot do -----------------------------------------------------------------------------


def test_headings_are_demoted_below_the_thread_title():
    html = render("# Groot\n\n## Kleiner\n\n### Drie\n\n#### Vier\n\n##### Vijf\n\n###### Zes\n\nSetext\n===").html
    assert re.findall(r"<(h\d)>", html) == ["h3", "h4", "h5", "h6", "h6", "h6", "h3"]
    assert "<h1" not in html and "<h2" not in html


def test_images_show_their_alt_text_linked_to_the_image():
    rendered = render("![Poster van de les](https://img.example/p.png)")
    assert "<img" not in rendered.html
    assert rendered.html == (
        '<p><a href="https://img.example/p.png" rel="nofollow ugc noopener">Poster van de les</a></p>'
    )
    assert rendered.links == ["https://img.example/p.png"]


def test_without_links_an_image_is_its_alt_text_and_address():
    html = render("![Poster](https://img.example/p.png)", allow_links=False).html
    assert html == "<p>Poster (https://img.example/p.png)</p>"


def test_an_image_without_alt_text_or_with_a_bad_address():
    assert ">afbeelding</a>" in render("![](https://img.example/p.png)").html
    html = render("![alt](data:image/png;base64,AAAA)").html
    assert "<img" not in html and "<a" not in html


def test_tables_keep_their_structure_without_styles():
    html = render("| Groep | Aantal |\n|:--|--:|\n| 7 | 24 |").html
    assert [tag for tag, _ in tags(html)] == ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]
    assert "style" not in html


def test_code_keeps_its_text_but_not_its_class():
    html = render("```python\nprint('<hallo>')\n```").html
    assert html == "<pre><code>print('&lt;hallo&gt;')\n</code></pre>"


def test_a_line_break_stays_a_line_break_and_strikethrough_works():
    assert render("regel een\nregel twee ~~weg~~").html == "<p>regel een<br>\nregel twee <s>weg</s></p>"


def test_an_empty_post_renders_empty():
    assert render("") == render("   \n ") == Rendered(html="", mentions=[], links=[])


# --- quote ---------------------------------------------------------------------------------------------


def test_quote_escapes_the_name_and_quotes_every_line():
    text = quote("**Bold** [x](y)", "Regel een\nRegel twee")
    lines = text.splitlines()
    assert all(line.startswith(">") for line in lines)
    html = render(text).html
    assert "<blockquote>" in html and "<a" not in html and "**Bold**" in html


def test_quote_is_one_blockquote_with_who_wrote_it_first():
    text = quote("Sanne de Vries", "Eerste alinea.\r\n\r\nTweede alinea\nmet een regel erbij.\n")
    assert text == ("> **Sanne de Vries** schreef:\n>\n> Eerste alinea.\n>\n> Tweede alinea\n> met een regel erbij.")
    html = render(text).html
    assert html.count("<blockquote>") == 1
    assert html.startswith("<blockquote>\n<p><strong>Sanne de Vries</strong> schreef:</p>")


@pytest.mark.parametrize(
    "name",
    [
        "# Kop",
        "[klik](https://evil.example)",
        "[klik](javascript:alert(1))",
        "![x](https://evil.example/x.png)",
        "<script>alert(1)</script>",
        "*schuin* _ook_ `code` ~~weg~~",
        "Jan\n\n# Kop\n- lijst",
        "> citaat | tabel |",
        "\\*ontsnapt\\*",
        "1. lijst",
        "&amp; &#60;",
    ],
)
def test_quote_a_name_cannot_inject_markdown(name):
    html = render(quote(name, "De tekst.")).html
    first_paragraph = html.split("</p>", 1)[0]
    strong = re.search(r"<strong>(.*)</strong> schreef:", first_paragraph, re.S)
    assert strong is not None, html
    shown = strong.group(1)
    assert "<" not in shown  # nothing inside the name became markup
    assert shown == " ".join(name.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert problems(html) == []


def test_quote_without_a_name_or_a_body():
    assert quote("", "") == "> **een collega** schreef:"


# --- excerpt -------------------------------------------------------------------------------------------


def test_excerpt_is_plain_text_cut_on_a_word():
    assert excerpt("<p>Een <strong>korte</strong> tekst &amp; meer</p>") == "Een korte tekst & meer"
    long = excerpt("<p>" + "woord " * 100 + "</p>", 40)
    assert len(long) <= 40 and long.endswith("…")


def test_excerpt_keeps_blocks_apart_and_inline_words_whole():
    assert excerpt("<h3>Kop</h3><p>een<br>twee</p><ul><li>drie</li><li>vier</li></ul>") == "Kop een twee drie vier"
    assert excerpt("<p>w<strong>oo</strong>rd</p>") == "woord"


def test_excerpt_cuts_after_a_whole_word_and_never_inside_one():
    text = "<p>De leerling was elke vrijdag afwezig, en niemand wist waarom.</p>"
    assert excerpt(text, 30) == excerpt(text, 29) == "De leerling was elke vrijdag…"
    assert excerpt(text, 38) == "De leerling was elke vrijdag afwezig…"  # no comma before the ellipsis
    assert excerpt(text, 28) == "De leerling was elke…"
    assert excerpt("<p>" + "x" * 50 + "</p>", 10) == "x" * 9 + "…"  # one long word (an address) is cut inside


def test_excerpt_of_a_reply_starts_with_its_own_words_not_the_quote():
    html = render(quote("Sanne", "Wat doen jullie?") + "\n\nWij bellen de ouders dezelfde dag.").html
    assert excerpt(html) == "Wij bellen de ouders dezelfde dag."
    assert excerpt(render(quote("Sanne", "Alleen een citaat.")).html) == "Sanne schreef: Alleen een citaat."


def test_excerpt_of_nothing():
    assert excerpt("") == "" and excerpt("<p> </p>") == ""


# --- properties ----------------------------------------------------------------------------------------

# Characters that build tags, links, entities, emphasis and the words of attacks, so hypothesis reaches the
# interesting corners quickly; ``st.text()`` covers everything else.
MARKDOWN_ALPHABET = st.sampled_from(
    [*"<>\"'=/:()[]!&;#\\ \n\t*_`@~|-.", "javascript:", "data:", "on", "error", "img", "script", "svg", "http"]
)
ANY_TEXT = st.one_of(st.text(), st.lists(MARKDOWN_ALPHABET, max_size=60).map("".join))


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT, st.booleans())
def test_no_text_ever_renders_unsafe(text, allow_links):
    """No ``<script``, no ``javascript:`` (or any other scheme) in an address, no ``on…=`` attribute: for
    any text, with links on or off."""
    assert problems(render(text, allow_links=allow_links).html) == []


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_without_links_there_is_never_a_link(text):
    rendered = render(text, allow_links=False)
    assert "<a" not in rendered.html and rendered.links == []


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_mentions_are_lowercase_each_once_and_shown(text):
    rendered = render(text)
    assert rendered.mentions == list(dict.fromkeys(rendered.mentions))
    assert all(m == m.lower() and f"@{m}" in rendered.html.lower() for m in rendered.mentions)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(min_value=1, max_value=300))
def test_excerpt_never_exceeds_its_length(text, length):
    """Plain text (escaped later by the template, like any text), never longer than asked."""
    cut = excerpt(render(text).html, length)
    assert len(cut) <= length and cut == cut.strip()
