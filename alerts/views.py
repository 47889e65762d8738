"""A member's change notices: opening one (marks it read and leads to the item in the reader's language) and
marking them all read. Another member's notice is a 404."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_POST

from alerts import selectors, services
from alerts.models import ChangeNotice


@login_required
@require_GET
def open_notice(request: HttpRequest, notice_id: int) -> HttpResponse:
    notice = get_object_or_404(ChangeNotice.objects.select_related("change__page"), pk=notice_id, user=request.user)
    if notice.read_at is None:
        ChangeNotice.objects.filter(pk=notice.pk).update(read_at=timezone.now())
    return redirect(selectors.item_url(notice, language=get_language()))


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    services.mark_read(user=request.user)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "dashboard:home"
    return redirect(target)
