"""'Gebruikt in de klas' on a library item: mark (with a comment), unmark, report a comment. Forms that post
back to the item; without JavaScript everything works, a refused form is shown again with what was typed."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from library import usage
from library.forms import ClassroomUseForm
from library.models import ClassroomUse, ResourcePage

ANCHOR = "#gebruikt-in-de-klas"


def _live_item(page_id: int) -> ResourcePage:
    page = ResourcePage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


@login_required
@require_POST
def use(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _live_item(page_id)
    if request.POST.get("action") == "unmark":
        if usage.unmark(user=request.user, page=page):
            messages.success(request, _("Je markering „Gebruikt in de klas” is weggehaald."))
        return redirect(page.url + ANCHOR)
    form = ClassroomUseForm(request.POST)
    if form.is_valid():
        try:
            _use, created = usage.mark(user=request.user, page=page, **form.cleaned_data)
        except ValidationError as error:
            for name, problems in error.message_dict.items():
                for problem in problems:
                    form.add_error(name if name in form.fields else None, problem)
        else:
            messages.success(
                request,
                _("Bedankt! Je collega's zien nu dat je dit in de klas gebruikte.")
                if created
                else _("Je opmerking is aangepast."),
            )
            return redirect(page.url + ANCHOR)
    return render(request, "library/use_form.html", {"page": page, "form": form}, status=400)


@login_required
@require_POST
def flag(request: HttpRequest, use_id: int) -> HttpResponse:
    item = ClassroomUse.objects.filter(pk=use_id).select_related("page").first()
    if item is None or not item.page.live:
        raise Http404
    try:
        usage.flag(user=request.user, use_id=use_id)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    except PermissionDenied:
        messages.error(request, _("Je eigen opmerking kun je niet melden; je kunt haar wel aanpassen."))
    else:
        messages.success(request, _("Bedankt voor je melding. De redactie kijkt ernaar."))
    return redirect(item.page.url + ANCHOR)
