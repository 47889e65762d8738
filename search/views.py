"""The site search (a first version; issue 3 builds the full search)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page


def search(request):
    """Searches live pages in the active language. Odd input gives an empty page, never an error."""
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query, operator="and")
        )
    page_obj = Paginator(results, 10).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"search_query": query, "page_obj": page_obj})
