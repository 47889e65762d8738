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


# --- Sharing material (issue 10, part 1) ---------------------------------------------------------------------

SHARES_PER_DAY = 10


def _sharing_schools(user):
    """The schools a member can share for (library.sharing.SHARING_ROLES)."""
    from community.models import School
    from library.sharing import SHARING_ROLES

    return School.objects.filter(memberships__user=user, memberships__role__in=SHARING_ROLES).order_by("name", "pk")


def _library_index():
    from wagtail.models import Locale

    from library.models import LibraryIndexPage

    index = LibraryIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return index or LibraryIndexPage.objects.live().filter(locale=Locale.get_default()).first()


@login_required
def share(request: HttpRequest) -> HttpResponse:
    """The form to share material from a school; on success the member sees their shared material."""
    from datetime import timedelta

    from django.utils import timezone
    from django.utils.translation import get_language

    from library import sharing
    from library.forms import ShareForm
    from library.models import Submission

    schools = _sharing_schools(request.user)
    index = _library_index()
    if index is None:
        raise Http404
    if not schools:  # evaluates the query once; the form reuses its rows
        return render(request, "library/share_no_school.html", status=403)
    form = ShareForm(request.POST or None, request.FILES or None, schools=schools, locale=index.locale)
    status = 200
    if request.method == "POST":
        recent = Submission.objects.filter(
            submitted_by=request.user, created_at__gte=timezone.now() - timedelta(days=1)
        ).count()
        if recent >= SHARES_PER_DAY:
            form.is_valid()
            form.add_error(
                None, _("Je deelde vandaag al %(n)s keer materiaal. Morgen kun je weer delen.") % {"n": recent}
            )
            form.file_lost = bool(request.FILES.get("file"))
        if form.is_valid():
            sharing.share(
                user=request.user,
                index=index,
                data=form.cleaned_data,
                uploaded=form.cleaned_data.get("file"),
                language=get_language(),
            )
            messages.success(
                request,
                _(
                    "Dank je wel! De redactie bekijkt je materiaal. Je krijgt een e-mail als het in de bibliotheek staat."
                ),
            )
            return redirect("library:shared_mine")
        status = 400
    return render(request, "library/share.html", {"form": form, "index": index}, status=status)


@login_required
def shared_mine(request: HttpRequest) -> HttpResponse:
    """The member's shared material and where each stands."""
    from library.models import Submission

    submissions = (
        Submission.objects.filter(submitted_by=request.user)
        .select_related("page", "school")
        .order_by("-created_at", "-pk")
    )
    return render(
        request,
        "library/shared_mine.html",
        {"submissions": submissions, "can_share": _sharing_schools(request.user).exists()},
    )
