"""Template tags for the site shell: language switcher, hreflang links and films that degrade offline."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.models import Locale, Page, Site

from core.caching import cached

register = template.Library()


@register.simple_tag(takes_context=True)
def page_translations(context):
    """One entry per site language: where that language's version of this page lives.

    Goes to the live translation of the current page; when there is none, to that language's home page,
    flagged so the switcher can say so.
    """
    request = context.get("request")
    page = context.get("page") or context.get("self")
    current = get_language() or settings.LANGUAGE_CODE
    entries = []
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    home_urls = _home_urls(request) if len(translations) < len(settings.LANGUAGES) else {}
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        fallback = target is None
        if target is not None:
            url = target.get_url(request=request)
        else:
            url = home_urls.get(code) or f"/{'' if code == settings.LANGUAGE_CODE else code + '/'}"
        entries.append({"code": code, "name": name, "url": url, "current": code == current, "fallback": fallback})
    return entries


def _site_key(request) -> str:
    site = Site.find_for_request(request) if request is not None else None
    return str(site.pk if site else 0)


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
def embed_or_link(url, max_width=800):
    """The provider's player when it can be fetched (or is cached); otherwise None, and the template shows a link."""
    if not url:
        return None
    try:
        return embeds.get_embed(url, max_width=max_width)
    except EmbedException:
        return None
    except Exception:  # noqa: BLE001 - a network error must never break the page
        return None


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
    return {"home": True, "home_url": nav["home_url"], "items": entries}


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
