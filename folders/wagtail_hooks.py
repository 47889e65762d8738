"""What Mijn map adds to the rest of the site: the "Bewaar in Mijn map" button on library items, scan pages and
forum threads (the ``object_tools`` hook, asked by core's template tag), and its link in the header."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from folders import member_data, selectors
from forum.models import Thread


def _target(obj) -> tuple[str, int] | None:
    if isinstance(obj, Thread):
        return ("thread", obj.pk) if obj.state == "visible" and not obj.merged_into_id else None
    if isinstance(obj, Page):
        content_type = obj.cached_content_type
        if (content_type.app_label, content_type.model) in selectors.SAVEABLE_PAGE_MODELS and obj.live:
            return "page", obj.pk
    return None


@hooks.register("object_tools")
def save_button(request, obj):
    target = _target(obj)
    if target is None:
        return ""
    kind, pk = target
    user = request.user
    saved = user.is_authenticated and selectors.saved_state(
        user=user, **({"page_id": pk} if kind == "page" else {"thread_id": pk})
    )
    return render_to_string(
        "folders/includes/save_button.html",
        {"kind": kind, "pk": pk, "saved": saved, "next": request.get_full_path()},
        request=request,
    )


@hooks.register("site_account_items")
def folder_item(request):
    url = reverse("folders:folder")
    return {"title": _("Mijn map"), "url": url, "active": request.path.startswith(url)}


# What folders keeps about a member: their data download and the deletion of their account (core.member_data).
hooks.register("member_data", member_data.sections, order=10)
hooks.register("member_erase", member_data.erase, order=10)
