"""The sitemap (/sitemap.xml): every live, public page in every language, at the site's real address.

Wagtail's own sitemap takes each page's address from the Wagtail ``Site`` record (``localhost:80`` in a fresh
database or a demo) and only lists the default site's root in the default language. Search engines need the
public address, so the location is the page's path on ``settings.SITE_URL``, and the English tree is listed
as well as the Dutch one.
"""

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap


class SiteSitemap(Sitemap):
    def items(self):
        from wagtail.models import Page

        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)  # the home page in every language
        pages = Page.objects.none()
        for home in roots:
            pages = pages | Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        base = settings.SITE_URL.rstrip("/")
        urls = super()._urls(page, protocol, domain)
        for url_info in urls:
            url_info["location"] = base + _path(url_info["location"])
        return urls


def _path(url: str) -> str:
    """The path (and query) of a full or relative address."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
