"""The pager every listing shares (library, search, and later the forum): Django's elided page range, as the
links ``templates/components/pagination.html`` renders."""

from __future__ import annotations

from collections.abc import Callable


def page_links(page_obj, url_for: Callable[[int], str], *, on_each_side: int = 2, on_ends: int = 1) -> dict | None:
    """Links for the pager: the first and last pages, ``on_each_side`` around the current one, gaps between.
    ``None`` when everything fits on one page."""
    paginator = page_obj.paginator
    if paginator.num_pages <= 1:
        return None
    items = []
    for number in paginator.get_elided_page_range(page_obj.number, on_each_side=on_each_side, on_ends=on_ends):
        if number == paginator.ELLIPSIS:
            items.append({"gap": True})
        else:
            items.append({"number": number, "url": url_for(number), "current": number == page_obj.number})
    return {
        "count": paginator.num_pages,
        "items": items,
        "previous": url_for(page_obj.previous_page_number()) if page_obj.has_previous() else None,
        "next": url_for(page_obj.next_page_number()) if page_obj.has_next() else None,
    }
