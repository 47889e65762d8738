"""What alerts adds to the rest of the site: its part of the forum's daily digest, the member's data, and the
editors' list of announced changes with how many members heard of each (read-only)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from alerts import member_data
from alerts.digest import ChangeDigest
from alerts.models import ChangeNote
from core.permissions import RefusedActionsPolicy


@hooks.register("forum_digest_sources")
def change_digest():
    return ChangeDigest()


class ChangeNoteViewSet(ModelViewSet):
    model = ChangeNote
    icon = "history"
    menu_label = gettext_lazy("Wijzigingen gemeld")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["page", "note", "published_at", "published_by", "notifies", "recipients", "notified_at"]
    list_filter = ["notifies"]
    search_fields = ["note", "page__title"]
    ordering = ["-published_at"]
    form_fields = ["note"]
    inspect_view_enabled = True
    inspect_view_fields = ["page", "note", "published_at", "published_by", "notifies", "recipients", "notified_at"]
    copy_view_enabled = False

    def get_queryset(self, request):
        return ChangeNote.objects.select_related("page", "published_by")


# Changes are written by publishing an item with a note; nobody adds, edits or deletes them in the admin.
register_permission_policy(
    ChangeNote, RefusedActionsPolicy(ChangeNote, refused={"add", "change", "delete"}), exact_class=True
)


@hooks.register("register_admin_viewset")
def register_change_note_viewset():
    return ChangeNoteViewSet("alerts_change_note", url_prefix="bibliotheek/wijzigingen")


hooks.register("member_data", member_data.sections, order=12)
hooks.register("member_erase", member_data.erase, order=12)
