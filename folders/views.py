"""Mijn map: the member's kept items and lists. Every change is a POST form that works without JavaScript
(static/js/folder-save.js only saves without a reload); every id that is not the member's own is a 404."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.pagination import page_links
from community import selectors as community
from folders import selectors, services
from folders.models import NAME_LENGTH


def _pager(request: HttpRequest, page):
    def url_for(number: int) -> str:
        params = request.GET.copy()
        params["page"] = number
        return f"?{params.urlencode()}"

    return page_links(page, url_for)


def _next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _folder_page(request, *, list_form_errors=None, list_name="", status=200):
    data = selectors.folder(
        user=request.user, kind=request.GET.get("kind", ""), page_number=request.GET.get("page", 1), request=request
    )
    return render(
        request,
        "folders/folder.html",
        {
            "folder": data,
            "here": request.get_full_path(),
            "pages": _pager(request, data.page),
            "list_errors": list_form_errors or [],
            "list_name": list_name,
            "name_length": NAME_LENGTH,
            "kinds": [
                ("", _("Alles"), data.counts["all"]),
                ("library", _("Bibliotheek"), data.counts["library"]),
                ("scan", _("Zelfscans"), data.counts["scan"]),
                ("forum", _("Forum"), data.counts["forum"]),
            ],
        },
        status=status,
    )


@login_required
def folder(request: HttpRequest) -> HttpResponse:
    """Everything the member keeps, newest first, with their lists and a form to start one."""
    return _folder_page(request)


@login_required
@require_POST
def save(request: HttpRequest) -> HttpResponse:
    """Keep a library item, a scan page or a forum thread, or take it out again (``action=remove``)."""
    kind = request.POST.get("kind")
    target_id = _int(request.POST.get("id"))
    if kind == "page":
        target = selectors.saveable_page(target_id)
        fields = {"page_id": target.pk} if target else None
    elif kind == "thread":
        target = selectors.saveable_thread(target_id, user=request.user)
        fields = {"thread_id": target.pk} if target else None
    else:
        target = fields = None
    removing = request.POST.get("action") == "remove"
    if removing and fields is None and kind in ("page", "thread") and target_id is not None:
        fields = {"page_id": target_id} if kind == "page" else {"thread_id": target_id}  # gone since: still removable
    if fields is None:
        raise Http404("nothing to keep")
    back = _next(request, reverse("folders:folder"))
    if removing:
        services.item_remove(owner=request.user, **fields)
        saved, message = False, _("Uit Mijn map gehaald.")
    else:
        try:
            services.item_save(owner=request.user, **fields)
        except services.FolderError as error:
            if _wants_json(request):
                return JsonResponse({"saved": False, "message": error.message}, status=409)
            messages.error(request, error.message)
            return redirect(back)
        saved, message = True, _("Bewaard in Mijn map.")
    if _wants_json(request):
        return JsonResponse(
            {
                "saved": saved,
                "message": message,
                "label": _("Haal uit Mijn map") if saved else _("Bewaar in Mijn map"),
                "action": "remove" if saved else "save",
            }
        )
    messages.success(request, message)
    return redirect(back)


@login_required
@require_POST
def item_remove(request: HttpRequest, pk: int) -> HttpResponse:
    if not services.item_remove(owner=request.user, item_id=pk):
        raise Http404("no such item")
    messages.success(request, _("Uit Mijn map gehaald."))
    return redirect(_next(request, reverse("folders:folder")))


@login_required
@require_POST
def list_add(request: HttpRequest, pk: int) -> HttpResponse:
    list_id = _int(request.POST.get("list"))
    back = _next(request, reverse("folders:folder"))
    if list_id is None:
        messages.error(request, _("Kies een lijst."))
        return redirect(back)
    folder_list = services.list_get(owner=request.user, list_id=list_id)
    if services.list_add(owner=request.user, list_id=list_id, item_id=pk):
        messages.success(request, _("Op de lijst „%(name)s” gezet.") % {"name": folder_list.name})
    else:
        messages.info(request, _("Dat staat al op de lijst „%(name)s”.") % {"name": folder_list.name})
    return redirect(back)


@login_required
@require_POST
def list_create(request: HttpRequest) -> HttpResponse:
    name = request.POST.get("name", "")
    try:
        created = services.list_create(owner=request.user, name=name)
    except services.FolderError as error:
        return _folder_page(request, list_form_errors=[error.message], list_name=name[:500], status=400)
    messages.success(request, _("Lijst „%(name)s” gemaakt.") % {"name": created.name})
    return redirect("folders:list", pk=created.pk)


def _list_page(request, folder_list, *, rename_errors=None, rename_value=None, status=200):
    listing = selectors.list_cards(
        folder_list, user=request.user, request=request, page_number=request.GET.get("page", 1)
    )
    return render(
        request,
        "folders/list.html",
        {
            "folder_list": folder_list,
            "listing": listing,
            "cards": listing.cards,
            "pages": _pager(request, listing.page),
            "schools": [m.school for m in community.membership_list_for_user(user=request.user)],
            "share_url": request.build_absolute_uri(reverse("folders:shared", args=[folder_list.share_token]))
            if folder_list.is_shared
            else "",
            "rename_errors": rename_errors or [],
            "rename_value": folder_list.name if rename_value is None else rename_value,
            "name_length": NAME_LENGTH,
        },
        status=status,
    )


@login_required
def list_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _list_page(request, services.list_get(owner=request.user, list_id=pk))


@login_required
@require_POST
def list_rename(request: HttpRequest, pk: int) -> HttpResponse:
    name = request.POST.get("name", "")
    try:
        services.list_rename(owner=request.user, list_id=pk, name=name)
    except services.FolderError as error:
        folder_list = services.list_get(owner=request.user, list_id=pk)
        return _list_page(request, folder_list, rename_errors=[error.message], rename_value=name[:500], status=400)
    messages.success(request, _("Naam gewijzigd."))
    return redirect("folders:list", pk=pk)


@login_required
def list_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask first (GET), then delete (POST). The items stay in Mijn map."""
    folder_list = services.list_get(owner=request.user, list_id=pk)
    if request.method == "POST":
        name = services.list_delete(owner=request.user, list_id=pk)
        messages.success(request, _("Lijst „%(name)s” verwijderd. De items staan nog in Mijn map.") % {"name": name})
        return redirect("folders:folder")
    return render(request, "folders/list_delete.html", {"folder_list": folder_list})


@login_required
@require_POST
def list_move(request: HttpRequest, pk: int) -> HttpResponse:
    entry_id = _int(request.POST.get("entry"))
    if entry_id is None:
        raise Http404("no such entry")
    services.list_move(owner=request.user, list_id=pk, entry_id=entry_id, direction=request.POST.get("direction", ""))
    page = selectors.entry_page(list_id=pk, entry_id=entry_id)
    query = f"?page={page}" if page > 1 else ""
    return redirect(reverse("folders:list", args=[pk]) + f"{query}#item-{entry_id}")


@login_required
@require_POST
def list_remove(request: HttpRequest, pk: int) -> HttpResponse:
    entry_id = _int(request.POST.get("entry"))
    if entry_id is None or not services.list_remove(owner=request.user, list_id=pk, entry_id=entry_id):
        raise Http404("no such entry")
    messages.success(request, _("Van de lijst gehaald. Het staat nog in Mijn map."))
    return redirect("folders:list", pk=pk)


@login_required
@require_POST
def list_share(request: HttpRequest, pk: int) -> HttpResponse:
    services.list_get(owner=request.user, list_id=pk)  # 404 first for someone else's list
    school_id = _int(request.POST.get("school"))
    membership = community.membership_get_for_user(user=request.user, school_id=school_id or 0)
    shared = services.list_share(owner=request.user, list_id=pk, school=membership.school)
    messages.success(
        request,
        _("Gedeeld met je collega's van %(school)s. Kopieer de link hieronder en stuur hem door.")
        % {"school": shared.shared_with.name},
    )
    return redirect(reverse("folders:list", args=[pk]) + "#delen")


@login_required
@require_POST
def list_unshare(request: HttpRequest, pk: int) -> HttpResponse:
    services.list_unshare(owner=request.user, list_id=pk)
    messages.success(request, _("De lijst is niet meer gedeeld. De oude link werkt niet meer."))
    return redirect(reverse("folders:list", args=[pk]) + "#delen")


@login_required
def shared(request: HttpRequest, token: str) -> HttpResponse:
    """A list a colleague shared with your school: read only. Anyone outside that school gets a 404."""
    folder_list = selectors.shared_list_get(token=token, user=request.user)
    listing = selectors.list_cards(
        folder_list, user=request.user, request=request, page_number=request.GET.get("page", 1)
    )
    return render(
        request,
        "folders/shared.html",
        {
            "folder_list": folder_list,
            # What the reader may not see (the maker's own waiting forum question, a page since taken down) is left out.
            "cards": [c for c in listing.cards if c.available],
            "pages": _pager(request, listing.page),
            "own": folder_list.owner_id == request.user.pk,
        },
    )
