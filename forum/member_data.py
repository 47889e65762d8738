"""What the forum keeps about a member, for their data download (core.member_data): their profile and
settings, what they wrote (with the Markdown as they typed it, every state, also hidden posts), their flags,
what they follow and the notices they got. Thread slugs are ASCII, so a thread's address is built without
reading anything else."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.member_data import DataSection


def sections(user) -> list[DataSection]:
    from forum.models import Flag, ForumProfile, Notification, Post, PostRevision, Subscription

    profile = ForumProfile.objects.filter(user=user).first()
    profile_rows = []
    if profile is not None:
        profile_rows.append(
            {
                "display_name": profile.display_name,
                "handle": profile.handle,
                "trust_level": profile.get_trust_level_display(),
                "is_expert": profile.is_expert,
                "expert_organisation": profile.expert_organisation,
                "email_mode": profile.get_email_mode_display(),
                "language": profile.language,
                "blocked_at": profile.blocked_at,
                "blocked_reason": profile.blocked_reason,
            }
        )
    posts = Post.objects.filter(author=user).select_related("thread", "thread__category").order_by("created_at", "pk")
    return [
        DataSection(
            key="forum_profile",
            title=_("Forumprofiel en e-mailinstelling"),
            fields=[
                ("display_name", _("Naam op het forum")),
                ("handle", _("Gebruikersnaam")),
                ("trust_level", _("Vertrouwen")),
                ("is_expert", _("Expert")),
                ("expert_organisation", _("Organisatie van de expert")),
                ("email_mode", _("E-mail over het forum")),
                ("language", _("Taal van e-mails")),
                ("blocked_at", _("Geblokkeerd op")),
                ("blocked_reason", _("Reden van blokkeren")),
            ],
            rows=profile_rows,
        ),
        DataSection(
            key="forum_posts",
            title=_("Je berichten op het forum"),
            fields=[
                ("thread", _("Draad")),
                ("category", _("Categorie")),
                ("number", _("Nummer")),
                ("url", _("Adres")),
                ("created_at", _("Geplaatst op")),
                ("edited_at", _("Bewerkt op")),
                ("state", _("Zichtbaarheid")),
                ("body", _("Tekst")),
            ],
            rows=[
                {
                    "thread": post.thread.title,
                    "category": post.thread.category.name,
                    "number": post.number,
                    "url": post.get_absolute_url(),
                    "created_at": post.created_at,
                    "edited_at": post.edited_at,
                    "state": post.get_state_display(),
                    "body": post.body,
                }
                for post in posts.iterator(chunk_size=500)
            ],
            note=_("Bericht nummer 1 van een draad is de vraag waarmee je die draad begon."),
        ),
        DataSection(
            key="forum_post_versions",
            title=_("Eerdere versies van je berichten"),
            fields=[
                ("url", _("Bericht")),
                ("edited_at", _("Vervangen op")),
                ("reason", _("Reden")),
                ("body", _("Tekst")),
            ],
            rows=[
                {
                    "url": revision.post.get_absolute_url(),
                    "edited_at": revision.edited_at,
                    "reason": revision.reason,
                    "body": revision.body,
                }
                for revision in PostRevision.objects.filter(post__author=user)
                .select_related("post")
                .order_by("edited_at", "pk")
                .iterator(chunk_size=500)
            ],
        ),
        DataSection(
            key="forum_flags",
            title=_("Berichten die je meldde"),
            fields=[
                ("url", _("Bericht")),
                ("reason", _("Reden")),
                ("note", _("Toelichting")),
                ("created_at", _("Op")),
            ],
            rows=[
                {
                    "url": flag.post.get_absolute_url(),
                    "reason": flag.get_reason_display(),
                    "note": flag.note,
                    "created_at": flag.created_at,
                }
                for flag in Flag.objects.filter(user=user).select_related("post").order_by("created_at", "pk")
            ],
        ),
        DataSection(
            key="forum_following",
            title=_("Wat je volgt op het forum"),
            fields=[
                ("thread", _("Draad")),
                ("category", _("Categorie")),
                ("level", _("Niveau")),
                ("since", _("Sinds")),
            ],
            rows=[
                {
                    "thread": sub.thread.title if sub.thread_id else "",
                    "category": sub.category.name if sub.category_id else "",
                    "level": sub.get_level_display(),
                    "since": sub.created_at,
                }
                for sub in Subscription.objects.filter(user=user)
                .select_related("thread", "category")
                .order_by("created_at", "pk")
            ],
        ),
        DataSection(
            key="forum_notifications",
            title=_("Meldingen die je kreeg"),
            fields=[
                ("kind", _("Soort")),
                ("thread", _("Draad")),
                ("message", _("Bericht van de moderatie")),
                ("created_at", _("Op")),
                ("read_at", _("Gelezen op")),
            ],
            rows=[
                {
                    "kind": note.get_kind_display(),
                    "thread": note.thread.title if note.thread_id else "",
                    "message": note.message,
                    "created_at": note.created_at,
                    "read_at": note.read_at,
                }
                for note in Notification.objects.filter(user=user).select_related("thread").order_by("created_at", "pk")
            ],
        ),
    ]


REMOVED_TITLE = "[verwijderd]"  # what a deleted thread's title becomes when its author asked for their text to go


def erase(user, *, remove_content: bool) -> dict[str, int]:
    """The member's account goes. Their profile, follows, flags and notices go with it (the rows cascade); their
    posts stay, unsigned ("Voormalig lid"), unless they asked for their text to go: then every post they wrote
    is emptied and deleted, earlier versions included, and a thread they started is deleted with its question,
    as when a moderator deletes a question."""
    from django.db import transaction
    from django.db.models import Q
    from django.utils import timezone

    from core import caching
    from forum import state
    from forum.models import ModerationLogEntry, Post, PostRevision, Thread, Visibility

    posts = Post.objects.filter(author=user)
    started = Thread.objects.filter(author=user)
    counts = {"forum_posts": posts.count(), "forum_threads": started.count()}
    if not remove_content:
        # Listings name the last poster: draw them afresh without the name.
        transaction.on_commit(caching.bump)
        return counts
    thread_ids = set(posts.values_list("thread_id", flat=True)) | set(started.values_list("pk", flat=True))
    PostRevision.objects.filter(post__author=user).delete()
    # The log keeps what a moderator's edit changed (and a merged thread's title): that text goes too.
    ModerationLogEntry.objects.filter(Q(post__author=user) | Q(thread__author=user)).update(detail={})
    Post.library_pages.through.objects.filter(post__author=user).delete()
    posts.update(body="", html="", linked_pages=[], pupil_data=[], state=Visibility.DELETED, edited_at=timezone.now())
    started.update(title=REMOVED_TITLE, knelpunt_label="", state=Visibility.DELETED)
    for thread in Thread.objects.filter(pk__in=thread_ids):
        state.after_visibility_change(thread)
    counts["forum_posts_removed"] = counts["forum_posts"]
    return counts
