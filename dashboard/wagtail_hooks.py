"""Mijn WIJschool's link in the header, first of a member's own links."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks


@hooks.register("site_account_items", order=-10)
def dashboard_item(request):
    url = reverse("dashboard:home")
    return {"title": _("Mijn WIJschool"), "url": url, "active": request.path == url}
