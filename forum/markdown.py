"""Posts in Markdown, rendered safely: markdown-it-py with raw HTML off, then nh3 with an allow-list.

Two layers, because either alone has failed elsewhere: the parser never passes on HTML the member typed
(``html`` off, links only to http, https, mailto or a relative address), and the sanitiser removes whatever
the parser's own output could still carry. Every link gets ``rel="nofollow ugc noopener"``, so the forum lends
no search ranking to spam and a linked page cannot reach back into ours.

What a post may not do, whoever wrote it:

- load anything from elsewhere: an image shows as its alt text, linked to the image (a tracking pixel or a
  shocking picture does not appear in the reader's browser unasked);
- outrank the thread's title: the title is the page's ``h1``, so ``#`` becomes ``h3`` and ``##`` ``h4``;
- carry links while its author is new (``allow_links=False``, against link spam): a link shows as its text
  and its address, both plain text.

The result is stored with the post (``Post.html``) and shown as is; ``mentions`` feed the notifications and
``links`` the library cards under a post.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser

import nh3
from django.utils.translation import gettext as _
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

# --- what may appear in a post -----------------------------------------------------------------------------

ALLOWED_TAGS = frozenset(
    {
        *("p", "br", "hr", "strong", "em", "s", "code", "pre", "blockquote", "ul", "ol", "li"),
        *("h3", "h4", "h5", "h6", "a", "span"),
        *("table", "thead", "tbody", "tr", "th", "td"),
    }
)
# No ``style`` (a table's column alignment is lost: a fair price for no CSS from members), no ``title`` (a
# tooltip only a mouse can read), and no ``class`` except the mention's, which nh3 checks by value.
# ``"*": set()``: without it nh3 keeps its generic ``lang`` and ``title`` on every tag.
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"*": set(), "a": {"href"}, "ol": {"start"}}
ALLOWED_CLASSES = {"span": {"mention"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"

# The one place a post's heading levels are decided: h1 → h3, h2 → h4, deeper ones end at h6.
HEADING_OFFSET = 2

# An @handle: the characters of ``ForumProfile.handle`` (a slug), starting with a letter or digit. Not glued
# to a word or an address before it (``jan@school.nl``, ``site.nl/@jan``), not a domain after it
# (``@school.nl``), and not cut out of a longer word (``@a_very_long…`` beyond 40 is no handle at all).
MENTION = re.compile(r"(?<![\w@./+-])@([A-Za-z0-9][A-Za-z0-9_-]{1,39})(?![\w-]|\.[A-Za-z0-9])")
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)
ELLIPSIS = "…"


@dataclass(frozen=True)
class Rendered:
    """A post rendered: ``html`` is sanitised and safe to show as is; ``mentions`` are the @handles it names
    (lowercase, each once, in order); ``links`` the addresses its links point at, as in ``html``."""

    html: str
    mentions: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


# --- the parser --------------------------------------------------------------------------------------------


def is_safe_href(url: str) -> bool:
    """May a post link here? http, https and mailto, or an address on this site (``/…``, ``#…``, ``?…``).

    Anything else is refused before nh3 sees it, so a ``javascript:`` or ``data:`` link never becomes a link
    at all (markdown-it then shows what was typed as text). The URL arrives normalised by markdown-it:
    entities decoded, spaces and control characters percent-encoded, so ``java&#115;cript:`` and
    ``java\\tscript:`` cannot hide a scheme from this test.
    """
    url = url.strip()
    if not url:
        return False
    scheme = SCHEME.match(url)
    if scheme:
        return scheme.group(1).lower() in URL_SCHEMES
    return url.startswith(("/", "#", "?"))


def _render_mention(self, tokens: list[Token], idx: int, options, env) -> str:
    return f'<span class="mention">@{escapeHtml(tokens[idx].content)}</span>'


def _parser() -> MarkdownIt:
    """CommonMark with linkify, strikethrough and tables; raw HTML off. ``breaks``: a line break typed in
    the reply box stays a line break, as members of any forum expect (and a quote's lines stay apart)."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": True, "breaks": True, "typographer": False})
    md.enable(["linkify", "strikethrough", "table"])
    md.validateLink = is_safe_href
    md.add_render_rule("mention", _render_mention)
    return md


_MD = _parser()


# --- rewriting the token stream ----------------------------------------------------------------------------


def _text(content: str) -> Token:
    return Token("text", "", 0, content=content)


def _demote_heading(token: Token) -> None:
    level = int(token.tag[1])
    token.tag = f"h{min(level + HEADING_OFFSET, 6)}"


def _image_as_link(image: Token) -> list[Token]:
    """An image becomes a link to it with its alt text as the link's text; ``_inline`` then treats it like
    any other link (plain text for a new member). No alt text: the word "afbeelding", so it is not empty."""
    alt = "".join(child.content for child in image.children or ()) or _("afbeelding")
    src = image.attrGet("src")
    if not isinstance(src, str) or not is_safe_href(src):
        return [_text(alt)]
    opening = Token("link_open", "a", 1, attrs={"href": src}, markup="image")
    return [opening, _text(alt), Token("link_close", "a", -1, markup="image")]


def _shown_address(href: str) -> str:
    """A link's address as a reader would type it (no ``mailto:``, percent-encoding decoded)."""
    shown = _MD.normalizeLinkText(href)
    return shown.removeprefix("mailto:")


def _with_mentions(token: Token, mentions: list[str]) -> list[Token]:
    """A text token split around its @handles, each handle a ``mention`` token (rendered as a span)."""
    content = token.content
    parts: list[Token] = []
    position = 0
    for match in MENTION.finditer(content):
        if match.start() > position:
            parts.append(_text(content[position : match.start()]))
        parts.append(Token("mention", "span", 0, content=match.group(1)))
        mentions.append(match.group(1).lower())
        position = match.end()
    if not parts:
        return [token]
    if position < len(content):
        parts.append(_text(content[position:]))
    return parts


def _inline(children: Iterable[Token], *, allow_links: bool, mentions: list[str]) -> list[Token]:
    """One line's tokens with images as links, links as text when not allowed, and @handles marked.

    A handle inside a link's text or in code is not a mention: code is its own token type, and link text is
    skipped here even when the link itself is shown as text.
    """
    flat: list[Token] = []
    for token in children:
        flat.extend(_image_as_link(token) if token.type == "image" else [token])
    out: list[Token] = []
    open_links: list[Token] = []
    for token in flat:
        if token.type == "link_open":
            open_links.append(token)
            if allow_links:
                out.append(token)
        elif token.type == "link_close":
            opening = open_links.pop() if open_links else None
            if allow_links:
                out.append(token)
            elif opening is not None and opening.info != "auto":  # an autolink's text is its address already
                out.append(_text(f" ({_shown_address(str(opening.attrGet('href') or ''))})"))
        elif token.type == "text" and not open_links:
            out.extend(_with_mentions(token, mentions))
        else:
            out.append(token)
    return out


def _rewrite(tokens: list[Token], *, allow_links: bool) -> list[str]:
    """Rewrite the parsed tokens in place for the rules above; the @handles found, in order."""
    mentions: list[str] = []
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            _demote_heading(token)
        elif token.type == "inline" and token.children:
            token.children = _inline(token.children, allow_links=allow_links, mentions=mentions)
    return list(dict.fromkeys(mentions))


def _sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    )


class _Hrefs(HTMLParser):
    """The ``href`` of every ``<a>`` in a fragment, read from the sanitised HTML itself: ``links`` lists what
    a reader can actually click, not what the parser meant to emit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def _hrefs(html: str) -> list[str]:
    parser = _Hrefs()
    parser.feed(html)
    parser.close()
    return list(dict.fromkeys(parser.hrefs))


def render(body: str, *, allow_links: bool = True) -> Rendered:
    """A post's Markdown as safe HTML, with the @handles it mentions and the addresses it links.

    ``allow_links=False`` (a member who is not trusted yet): no ``<a>`` at all; a link shows as its text
    followed by its address, and ``links`` is empty. Whoever needs the addresses anyway (a pasted library
    URL still becomes a card) renders once more with links allowed.
    """
    tokens = _MD.parse(body or "")
    mentions = _rewrite(tokens, allow_links=allow_links)
    html = _sanitise(_MD.renderer.render(tokens, _MD.options, {})).strip()
    return Rendered(html=html, mentions=mentions, links=_hrefs(html) if allow_links else [])


# --- quoting -----------------------------------------------------------------------------------------------

# Every ASCII punctuation character may be backslash-escaped in CommonMark, and escaping all of them is the
# only way to be sure a name cannot open emphasis, a link, a heading, a list or a table.
_MARKDOWN_PUNCTUATION = re.compile(r"([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")


def escape_markdown(text: str) -> str:
    """Text that Markdown shows exactly as written, on one line."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def quote(author_name: str, body: str) -> str:
    """A post as a Markdown quote for the reply box: "**Naam** schreef:", then the post, every line behind
    "> ". The name is escaped: a display name like ``[klik](…)`` or ``# Groot`` stays just a name."""
    name = escape_markdown(author_name) or escape_markdown(_("een collega"))
    lines = [_("**%(name)s** schreef:") % {"name": name}]
    text = (body or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if text:
        lines += ["", *text.split("\n")]
    return "\n".join(f"> {line}" if line.strip() else ">" for line in lines)


# --- excerpts ----------------------------------------------------------------------------------------------


class _PlainText(HTMLParser):
    """The words of an HTML fragment, apart at block boundaries, with what is quoted kept aside."""

    BLOCKS = frozenset(
        {"p", "br", "hr", "li", "ul", "ol", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.own: list[str] = []
        self.every: list[str] = []
        self._quote_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "blockquote":
            self._quote_depth += 1
        if tag in self.BLOCKS:
            self._add(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self._add(" ")
        if tag == "blockquote" and self._quote_depth:
            self._quote_depth -= 1

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _add(self, text: str) -> None:
        self.every.append(text)
        if not self._quote_depth:
            self.own.append(text)


def plain_text(html: str) -> str:
    """A post's words without markup, whitespace collapsed. A reply that opens with a quote starts with its
    own words: the quoted ones only count when there is nothing else."""
    parser = _PlainText()
    parser.feed(html or "")
    parser.close()
    own = " ".join("".join(parser.own).split())
    return own or " ".join("".join(parser.every).split())


def _cut(text: str, length: int) -> str:
    """``text`` in at most ``length`` characters: cut after a whole word, with an ellipsis. A single word
    longer than that (an address) is cut inside."""
    if len(text) <= length:
        return text
    if length < 2:
        return ELLIPSIS[:length]
    kept = text[: length - 1]
    if not text[length - 1].isspace():
        space = kept.rfind(" ")
        if space > 0:
            kept = kept[:space]
    return kept.rstrip(" ,.;:-–—") + ELLIPSIS


def excerpt(html: str, length: int = 200) -> str:
    """Plain text of a post's HTML for listings, mails and search: whitespace collapsed, cut on a word."""
    return _cut(plain_text(html), length)
