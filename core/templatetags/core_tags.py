"""Template tags for the site shell: language switcher, hreflang links, menu and durations."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Locale, Page, Site

from core.caching import cached

register = template.Library()


# Query parameters a language switch leaves behind: the page number of a list means nothing in the other
# language (a different number of items), so the other language starts at its first page.
_DROPPED_PARAMS = frozenset({"page"})
# Parameters whose values are taxonomy slugs: mapped to the slug of the same row in the other language
# (by translation_key), so the filter still applies there even where an editor gave another slug.
_TAXONOMY_PARAMS = {"theme": "Theme", "audience": "Audience"}


@register.simple_tag(takes_context=True)
def page_translations(context):
    """One entry per site language: where that language's version of what is shown lives.

    A Wagtail page goes to its live translation; where there is none, to the notice page that says so and
    leads on (``core.views.untranslated``), flagged ``fallback`` so no hreflang link points there. A Django
    view (the search, the scan, accounts) goes to the same view in the other language. Either way the query
    string comes along: the library's filters and the search query, with taxonomy slugs mapped to the other
    language and the page number dropped. Anything else (a page not found) goes to that language's home.
    """
    request = context.get("request")
    page = context.get("page") or context.get("self") or context.get("translations_of")
    current = get_language() or settings.LANGUAGE_CODE
    if isinstance(page, Page) and page.pk:
        targets = _page_targets(page, request)
    else:
        targets = _view_targets(request)
    home_urls = _home_urls(request) if targets is None or None in targets.values() else {}
    entries = []
    for code, name in settings.LANGUAGES:
        target = (targets or {}).get(code)
        if target is not None:
            url, fallback = target
            if not fallback:
                url += _carried_query(request, current, code)
        else:
            url, fallback = home_urls.get(code) or f"/{'' if code == settings.LANGUAGE_CODE else code + '/'}", True
        entries.append({"code": code, "name": name, "url": url, "current": code == current, "fallback": fallback})
    return entries


def _page_targets(page, request) -> dict:
    """Per language: (URL, fallback). A page without a live translation leads to the untranslated notice."""
    translations = {}
    for translated in page.get_translations(inclusive=True).live().select_related("locale"):
        translations[translated.locale.language_code] = translated
    if not page.live:  # a preview of a draft: in its own language the switcher stays on it
        translations.setdefault(get_language() or settings.LANGUAGE_CODE, page)
    targets = {}
    for code, _name in settings.LANGUAGES:
        translated = translations.get(code)
        url = translated.get_url(request=request) if translated is not None else None
        if url:
            targets[code] = (url, False)
        else:
            with translation.override(code):
                targets[code] = (reverse("untranslated", args=[page.pk]), True)
    return targets


def _view_targets(request) -> dict | None:
    """The same Django view in each language (URL arguments kept), or None when this is no such view."""
    match = getattr(request, "resolver_match", None) if request is not None else None
    if match is None or match.url_name in (None, "wagtail_serve", "untranslated"):
        return None
    targets = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                targets[code] = (reverse(match.view_name, args=match.args, kwargs=match.kwargs), False)
            except NoReverseMatch:
                targets[code] = None
    if len({target for target in targets.values() if target is not None}) < 2:
        return None  # a URL outside the language prefix (the admin, a preview): each language's home instead
    return targets


def _carried_query(request, source: str, target: str) -> str:
    """The request's query string for the target language's URL: '?...' or ''."""
    if request is None or not request.GET:
        return ""
    items = [(key, value) for key, values in request.GET.lists() if key not in _DROPPED_PARAMS for value in values]
    if source != target and any(key in _TAXONOMY_PARAMS for key, _value in items):
        slugs = _taxonomy_slugs(request)
        items = [
            (key, slugs.get((_TAXONOMY_PARAMS[key], source, value), {}).get(target, value))
            if key in _TAXONOMY_PARAMS
            else (key, value)
            for key, value in items
        ]
    return "?" + urlencode(items) if items else ""


def _taxonomy_slugs(request) -> dict:
    """(model, language, slug) -> {language: slug of the same theme or audience}; cached for the content
    generation. Slugs are synchronised across languages (decision 0002), so this is mostly the identity; it
    makes the switch right where a translation was given another slug all the same."""

    def compute():
        from core.models import Audience, Theme

        mapping = {}
        for model in (Theme, Audience):
            rows = list(model.objects.values_list("translation_key", "locale__language_code", "slug"))
            by_key: dict = {}
            for key, language, slug in rows:
                by_key.setdefault(key, {})[language] = slug
            for key, language, slug in rows:
                mapping[(model.__name__, language, slug)] = by_key[key]
        return mapping

    return cached("taxonomy-slugs", compute, request=request)


def _site_key(request) -> str:
    """The id of the site serving this request, as part of a cache key. Wagtail's ``Site.find_for_request``
    reads the sites table on every request; which host belongs to which site is cached for the content
    generation instead (saving or deleting a site bumps it, core.signals)."""
    if request is None:
        return "0"
    if not hasattr(request, "_wijschool_site_key"):

        def compute() -> str:
            site = Site.find_for_request(request)
            return str(site.pk if site else 0)

        try:
            request.get_host()  # Django's check of the host against ALLOWED_HOSTS
        except DisallowedHost:  # a host Django refuses (its 400 page): looked up, not given a cache entry
            request._wijschool_site_key = compute()
        else:
            # The key holds what Wagtail's lookup reads: the host name without its port, and the port.
            hostname = split_domain_port(request._get_raw_host())[0]
            request._wijschool_site_key = cached(f"site-for:{hostname}:{request.get_port()}", compute, request=request)
    return request._wijschool_site_key


def _home_urls(request) -> dict[str, str]:
    """Each language's home page URL (cached for the content generation: finding the homes reads the tree)."""

    def compute():
        root = Page.get_first_root_node()
        urls = {}
        for home in Page.objects.child_of(root).live().select_related("locale"):
            urls.setdefault(home.locale.language_code, home.get_url(request=request))
        return urls

    return cached(f"home-urls:{_site_key(request)}", compute, request=request)


@register.simple_tag
def active_locale():
    return Locale.get_active()


@register.simple_tag(takes_context=True)
def site_nav(context):
    """Menu items: the live pages marked 'show in menus' directly under the home page of the active language.
    Which pages, their titles and addresses are cached for the content generation (core.caching)."""
    request = context.get("request")
    language = get_language() or settings.LANGUAGE_CODE

    def compute():
        locale = Locale.get_active()
        root = Page.get_first_root_node()
        home = Page.objects.child_of(root).filter(locale=locale).live().first()
        if home is None:
            return None
        items = home.get_children().live().in_menu().filter(locale=locale)
        return {
            "home_url": home.get_url(request=request),
            "items": [{"title": i.title, "url": i.get_url(request=request), "path": i.path} for i in items],
        }

    nav = cached(f"site-nav:{language}:{_site_key(request)}", compute, request=request)
    if nav is None:
        return {"home": None, "items": []}
    current = context.get("page")
    current_path = getattr(current, "path", "") if current else ""
    entries = [
        {"title": item["title"], "url": item["url"], "active": bool(current_path.startswith(item["path"]))}
        for item in nav["items"]
    ]
    # Features that are views, not pages (the forum), add their own item through the ``site_nav_items`` hook:
    # each answer is {"title", "url", "active"} or None.
    for fn in hooks.get_hooks("site_nav_items"):
        item = fn(request=request)
        if item:
            entries.append(item)
    return {"home": True, "home_url": nav["home_url"], "items": entries}


@register.simple_tag(takes_context=True)
def site_account_items(context):
    """Links next to "Mijn scholen" for a signed-in person, from the features (the forum's notifications with
    their unread count), through the ``site_account_items`` hook: each answer is {"title", "url", "count"}."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    return [item for fn in hooks.get_hooks("site_account_items") if (item := fn(request=request))]


@register.simple_tag(takes_context=True)
def object_tools(context, obj):
    """Buttons the features offer for a page or an object shown on its own (Mijn map's "Bewaar in Mijn map"),
    through the ``object_tools`` hook: each answer is HTML its feature rendered with a template, or ""."""
    request = context.get("request")
    if request is None or obj is None:
        return ""
    parts = [str(part) for fn in hooks.get_hooks("object_tools") if (part := fn(request=request, obj=obj))]
    return mark_safe("".join(parts))  # noqa: S308 - each part is a rendered template (escaped there)


@register.filter
def minutes(value):
    """Human duration: 45 → '45 min', 90 → '1 u 30 min'."""
    from django.utils.translation import gettext as _

    try:
        value = int(value)
    except (TypeError, ValueError):
        return ""
    hours, mins = divmod(value, 60)
    if hours and mins:
        return _("%(h)d u %(m)d min") % {"h": hours, "m": mins}
    if hours:
        return _("%(h)d u") % {"h": hours}
    return _("%(m)d min") % {"m": mins}
