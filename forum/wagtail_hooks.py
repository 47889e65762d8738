"""Forum hooks: its menu item, what it adds to the home, theme and library pages and the scan results, and
its search kind. The Wagtail admin parts (queue, log, categories, members) live in ``forum.admin_hooks``."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks

from core.caching import cached
from forum import (
    admin_hooks,  # noqa: F401  (registers the admin menu, views and snippets)
    member_data,
    selectors,
)
from forum import search as forum_search


@hooks.register("site_nav_items")
def forum_nav_item(request):
    url = reverse("forum:index")
    path = getattr(request, "path", "") if request is not None else ""
    return {"title": _("Forum"), "url": url, "active": path.startswith(url)}


@hooks.register("site_account_items")
def forum_notifications_item(request):
    from forum import notifications

    url = reverse("forum:notifications")
    count = notifications.unread_count(request.user)
    return {
        "title": _("Meldingen"),
        "url": url,
        "count": count,
        "count_label": ngettext("ongelezen", "ongelezen", count),
        "active": request.path.startswith(url),
    }


def _ids(threads) -> list[int]:
    return [t.pk for t in threads]


def _threads_in_order(ids: list[int]):
    from forum.models import Thread

    found = {t.pk: t for t in Thread.objects.visible().filter(pk__in=ids).select_related("category")}
    return [found[pk] for pk in ids if pk in found]


@hooks.register("home_page_sections")
def forum_home_section(home_page, request):
    """The latest questions schools asked, with a way to ask one."""
    ids = cached(
        "forum-home-section",
        lambda: [row.thread.pk for row in selectors.thread_listing(per_page=5).rows],
        request=request,
    )
    return {
        "title": _("Op het forum"),
        "template": "forum/home_section.html",
        "threads": _threads_in_order(ids),
        "forum_url": reverse("forum:index"),
        "new_url": reverse("forum:thread_new"),
    }


@hooks.register("theme_page_sections")
def forum_theme_section(theme_page, request):
    """Threads on this theme: "Zo pakten andere scholen het aan"."""
    slug = theme_page.theme.slug
    ids = cached(
        f"forum-theme-section:{slug}", lambda: _ids(selectors.threads_for(theme_slugs=[slug], limit=4)), request=request
    )
    return {
        "title": _("Zo pakten andere scholen het aan"),
        "template": "forum/related_section.html",
        "threads": _threads_in_order(ids),
        "more_url": f"{reverse('forum:index')}?theme={slug}",
        "new_url": f"{reverse('forum:thread_new')}?theme={slug}",
    }


@hooks.register("resource_page_sections")
def forum_resource_section(resource_page, request):
    """On a library item: threads that link it or share its themes."""
    slugs = list(resource_page.theme_links.values_list("theme__slug", flat=True))
    key = resource_page.translation_key

    def compute():
        from wagtail.models import Page

        page_ids = list(Page.objects.filter(translation_key=key).values_list("pk", flat=True))
        linking = selectors.threads_for(page_ids=page_ids, limit=3)
        rest = selectors.threads_for(theme_slugs=slugs, limit=3) if len(linking) < 3 else []
        return list(dict.fromkeys(_ids(linking) + _ids(rest)))[:3]

    ids = cached(f"forum-resource-section:{key}", compute, request=request)
    threads = _threads_in_order(ids)
    return {
        "title": _("Zo pakten andere scholen het aan"),
        "template": "forum/related_section.html",
        "threads": threads,
        "more_url": f"{reverse('forum:index')}?theme={slugs[0]}" if slugs else reverse("forum:index"),
        "new_url": f"{reverse('forum:thread_new')}?theme={slugs[0]}" if slugs else reverse("forum:thread_new"),
    }


@hooks.register("knelpunt_threads")
def forum_knelpunt_threads(knelpunt_keys, scan_page_id, request):
    """For the scan's results: per knelpunt, the latest threads on it and where to ask about it."""
    import hashlib

    keys = sorted({k for k in knelpunt_keys if k})
    if not keys:
        return {}
    digest = hashlib.sha256(",".join(keys).encode()).hexdigest()[:24]
    ids = cached(f"forum-knelpunt-threads:{digest}", lambda: selectors.thread_ids_by_knelpunt(keys), request=request)
    new_url = reverse("forum:thread_new")
    return {
        key: {
            "threads": _threads_in_order(thread_ids),
            "ask_url": f"{new_url}?knelpunt={scan_page_id}:{key}" if scan_page_id else new_url,
        }
        for key, thread_ids in ids.items()
    }


@hooks.register("register_search_kinds")
def forum_search_kind():
    return forum_search.search_kinds()


# What forum keeps about a member: their data download and the deletion of their account (core.member_data).
hooks.register("member_data", member_data.sections, order=30)
hooks.register("member_erase", member_data.erase, order=30)
