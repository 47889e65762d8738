"""The member's side of forum notifications: the notification list (and opening one), marking them read, the
e-mail and follow preferences, and unsubscribing from the link in every forum mail, which works without logging
in: the personal token in the link is the credential.

URL names (``forum/urls.py``, namespace ``forum``): ``notifications`` (``?open=<id>`` opens one),
``notifications_read``, ``preferences``, ``unsubscribe``.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from common.pagination import page_links
from forum import notifications as notify
from forum import selectors, services
from forum.models import ForumProfile, Notification, NotificationLevel, Subscription, Visibility

NOTIFICATIONS_PER_PAGE = 20
FOLLOWED_THREADS_PER_PAGE = 25
# The choice "not following": replies to one's own posts and mentions still notify.
STOP = "stop"


def _pager(request: HttpRequest, page):
    def url_for(number: int) -> str:
        params = request.GET.copy()
        params["page"] = number
        return f"?{params.urlencode()}"

    return page_links(page, url_for)


def _next_or(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


# --- the notification list -----------------------------------------------------------------------------------


@dataclass
class Entry:
    """One notification as the list shows it."""

    notification: Notification
    sentence: str
    excerpt: str

    @property
    def unread(self) -> bool:
        return self.notification.read_at is None


def _open(request: HttpRequest, raw: str) -> HttpResponse:
    """Open one of the member's notifications: mark it read and go to the post (or thread) it is about."""
    notification = get_object_or_404(
        Notification.objects.select_related("thread"), pk=int(raw) if raw.isdigit() else 0, user=request.user
    )
    notify.mark_read(request.user, notification)
    if notification.post_id:
        return redirect("forum:post", pk=notification.post_id)
    if notification.thread_id:
        return redirect(notification.thread.get_absolute_url())
    return redirect("forum:notifications")


@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    """The member's notifications, newest first, the unread ones marked. Each links to ``?open=<id>``, which
    marks it read and goes on to the post it is about."""
    if "open" in request.GET:
        return _open(request, request.GET["open"])
    rows = (
        Notification.objects.filter(user=request.user)
        .select_related("thread", "post", "actor__forum_profile")
        .defer("post__body")
        .order_by("-created_at", "-pk")
    )
    page = Paginator(rows, NOTIFICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    entries = [Entry(n, notify.describe(n), notify.excerpt(n)) for n in page.object_list]
    return render(
        request,
        "forum/notifications/list.html",
        {"entries": entries, "page": page, "pages": _pager(request, page), "unread": notify.unread_count(request.user)},
    )


@login_required
@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    """Mark every notification read."""
    if notify.mark_all_read(request.user):
        messages.success(request, _("Al je meldingen zijn gemarkeerd als gelezen."))
    return redirect(_next_or(request, reverse("forum:notifications")))


# --- preferences ---------------------------------------------------------------------------------------------


class EmailModeForm(forms.Form):
    email_mode = forms.ChoiceField(
        label=gettext_lazy("E-mail over het forum"),
        choices=ForumProfile.EmailMode.choices,
        widget=forms.RadioSelect,
        help_text=gettext_lazy("Op de site zie je je meldingen altijd, onder Meldingen."),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Taal van e-mails"),
        choices=[("nl", "Nederlands"), ("en", "English")],
        widget=forms.RadioSelect,
        required=False,
    )


LEVEL_CHOICES = [
    *NotificationLevel.choices,
    (STOP, gettext_lazy("Niet meer volgen")),
]


class LevelForm(forms.Form):
    """The level of one followed thread or category (the label names it)."""

    level = forms.ChoiceField(choices=LEVEL_CHOICES)

    def __init__(self, *args, subscription: Subscription, title: str, **kwargs):
        super().__init__(*args, prefix=f"s{subscription.pk}", initial={"level": subscription.level}, **kwargs)
        self.subscription = subscription
        self.title = title
        self.fields["level"].label = _("Meldingen voor “%(title)s”") % {"title": title}


def _followed(request: HttpRequest, user):
    """The member's followed categories (all; in the current language) and a page of followed threads."""
    names = selectors.category_names(request=request)
    categories = [
        LevelForm(subscription=s, title=names.get(s.category.translation_key, s.category).name)
        for s in Subscription.objects.filter(user=user, category__isnull=False).select_related("category")
    ]
    threads = (
        Subscription.objects.filter(user=user, thread__state=Visibility.VISIBLE, thread__merged_into__isnull=True)
        .select_related("thread")
        .order_by("-thread__last_activity_at", "-pk")
    )
    page = Paginator(threads, FOLLOWED_THREADS_PER_PAGE).get_page(request.GET.get("page"))
    thread_forms = [LevelForm(subscription=s, title=s.thread.title) for s in page.object_list]
    return categories, thread_forms, page


def _change_level(request: HttpRequest) -> None:
    """One row of "Wat je volgt": a new level, or stop following."""
    raw = request.POST.get("subscription", "")
    subscription = get_object_or_404(
        Subscription.objects.select_related("thread", "category"),
        pk=int(raw) if raw.isdigit() else 0,
        user=request.user,
    )
    title = subscription.thread.title if subscription.thread_id else subscription.category.name
    form = LevelForm(request.POST, subscription=subscription, title=title)
    if not form.is_valid():
        messages.error(request, _("Kies hoe je op de hoogte wilt blijven."))
        return
    level = form.cleaned_data["level"]
    target = {"thread": subscription.thread} if subscription.thread_id else {"category": subscription.category}
    if level == STOP:
        notify.subscription_remove(request.user, **target)
        messages.success(
            request, _("Je volgt dit niet meer. Reacties op jouw berichten en vermeldingen krijg je nog wel.")
        )
    else:
        notify.subscription_set(request.user, level=level, **target)
        messages.success(request, _("Je meldingen zijn aangepast."))


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    """How the member hears from the forum: e-mail at once, a daily digest or none; and the level of each thread
    and category they follow (or stop following it)."""
    profile = services.profile_for(request.user)
    email_form = EmailModeForm(
        initial={"email_mode": profile.email_mode, "language": profile.language}, auto_id="email-%s"
    )
    if request.method == "POST" and request.POST.get("action") == "email":
        email_form = EmailModeForm(request.POST, auto_id="email-%s")
        if email_form.is_valid():
            profile.email_mode = email_form.cleaned_data["email_mode"]
            profile.language = email_form.cleaned_data.get("language") or profile.language
            ForumProfile.objects.filter(pk=profile.pk).update(email_mode=profile.email_mode, language=profile.language)
            messages.success(request, _("Je e-mailinstelling is opgeslagen."))
            return redirect("forum:preferences")
    elif request.method == "POST" and request.POST.get("action") == "level":
        _change_level(request)
        return redirect(_next_or(request, reverse("forum:preferences")))
    categories, thread_forms, page = _followed(request, request.user)
    return render(
        request,
        "forum/notifications/preferences.html",
        {
            "profile": profile,
            "email_form": email_form,
            "category_forms": categories,
            "thread_forms": thread_forms,
            "page": page,
            "pages": _pager(request, page),
        },
        status=400 if email_form.is_bound and email_form.errors else 200,
    )


# --- unsubscribing from a mail -------------------------------------------------------------------------------


def _no_index(response: HttpResponse) -> HttpResponse:
    response["X-Robots-Tag"] = "noindex"
    # The token is a credential: never send this address on to another site.
    response["Referrer-Policy"] = "no-referrer"
    return response


@csrf_exempt  # RFC 8058: the mail client's one-click POST carries no CSRF token; the token in the URL is the key
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """No more forum mail, from the link in every forum mail, without logging in.

    GET only asks (mail scanners open links to check them; they must not unsubscribe anyone); POST, from the
    button or from the mail client's one-click unsubscribe (body ``List-Unsubscribe=One-Click``), sets the
    member's e-mail to none. On-site notifications stay. An unknown token is a calm 404."""
    profile = ForumProfile.objects.filter(unsubscribe_token=token).first() if 0 < len(token) <= 64 else None
    if profile is None:
        return _no_index(render(request, "forum/notifications/unsubscribe_unknown.html", status=404))
    done = False
    if request.method == "POST":
        if profile.email_mode != ForumProfile.EmailMode.NONE:
            ForumProfile.objects.filter(pk=profile.pk).update(email_mode=ForumProfile.EmailMode.NONE)
            profile.email_mode = ForumProfile.EmailMode.NONE
        done = True
    return _no_index(
        render(
            request,
            "forum/notifications/unsubscribe.html",
            {
                "token": token,
                "done": done,
                "already": not done and profile.email_mode == ForumProfile.EmailMode.NONE,
            },
        )
    )
