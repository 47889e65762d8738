"""The moderation rules: flags and the automatic hide, what moderators may do to posts, threads and members, trust
growing with approved posts, and that nobody but a moderator can do any of it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from forum import moderation, services, state
from forum.models import (
    Flag,
    ForumProfile,
    ModerationAction,
    ModerationLogEntry,
    Notification,
    Post,
    PostRevision,
    Subscription,
    Thread,
    TrustLevel,
    Visibility,
)
from tests.forum import factories

pytestmark = pytest.mark.django_db


class Recorder:
    """Stands in for forum.notifications: records who would have been told what."""

    def __init__(self):
        self.notices: list[dict] = []
        self.approved: list[int] = []
        self.published: list[int] = []

    def moderation_notice(self, *, user, message, thread=None, post=None):
        self.notices.append({"user": user.pk, "message": message, "thread": thread, "post": post})

    def post_approved(self, post):
        self.approved.append(post.pk)

    def post_published(self, post):
        self.published.append(post.pk)

    def messages_for(self, user) -> list[str]:
        return [n["message"] for n in self.notices if n["user"] == user.pk]


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.FORUM_RATE_LIMITS = False


@pytest.fixture
def notices(monkeypatch):
    from forum import notifications

    recorder = Recorder()
    for name in ("moderation_notice", "post_approved", "post_published"):
        monkeypatch.setattr(notifications, name, getattr(recorder, name))
    return recorder


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what the action put off until its transaction commits (the notices, the search update)."""

    def run(function, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(**kwargs)

    return run


@pytest.fixture
def category(locales):
    return factories.category(name="Wapens", slug="wapens")


@pytest.fixture
def author(db):
    return factories.member(display_name="Femke de Vries")


@pytest.fixture
def moderator(db):
    user = factories.member(trust_level=TrustLevel.TRUSTED, display_name="Moderator Mo")
    user.groups.add(Group.objects.get(name=state.MODERATOR_GROUP))
    return user


@pytest.fixture
def thread(category, author):
    return factories.thread(category=category, author=author, title="Een leerling met een mes in de klas", replies=1)


@pytest.fixture
def reply(thread):
    return factories.reply(thread=thread, author=factories.member(display_name="Joris"), body="Bij ons werkte dit.")


def _flag(post, n=1, reason=Flag.Reason.UNKIND):
    return [moderation.flag_create(post=post, user=factories.member(), reason=reason) for _ in range(n)]


# --- flags ---------------------------------------------------------------------------------------------------


def test_a_post_is_hidden_when_enough_different_members_flag_it(thread, reply, notices, commit):
    _flag(reply, state.FLAG_THRESHOLD - 1)
    reply.refresh_from_db()
    assert reply.state == Visibility.VISIBLE and reply.flag_count == state.FLAG_THRESHOLD - 1
    assert notices.notices == []

    flagger = factories.member()
    commit(moderation.flag_create, post=reply, user=flagger, reason=Flag.Reason.SPAM, note="Reclame voor een cursus")
    reply.refresh_from_db()
    thread.refresh_from_db()
    assert reply.state == Visibility.HIDDEN and reply.hidden_by_flags
    assert reply.flag_count == state.FLAG_THRESHOLD
    assert thread.reply_count == 1  # the other reply; the hidden one no longer counts
    entry = ModerationLogEntry.objects.get(action=ModerationAction.AUTO_HIDE)
    assert entry.moderator is None and entry.post == reply and entry.member == reply.author
    assert entry.detail["flags"] == state.FLAG_THRESHOLD and set(entry.detail["reasons"]) == {"unkind", "spam"}
    [message] = notices.messages_for(reply.author)
    assert "voorlopig verborgen" in message and thread.title in message
    assert Thread.objects.visible().filter(pk=thread.pk).exists()  # a reply hidden: the thread stays


def test_the_same_member_flags_a_post_once(reply):
    member = factories.member()
    moderation.flag_create(post=reply, user=member, reason=Flag.Reason.OFF_TOPIC)
    with pytest.raises(moderation.ModerationError) as refused:
        moderation.flag_create(post=reply, user=member, reason=Flag.Reason.SPAM)
    assert refused.value.code == "duplicate" and "al gemeld" in refused.value.message
    assert Flag.objects.filter(post=reply).count() == 1
    # One member flagging again and again never reaches the threshold.
    reply.refresh_from_db()
    assert reply.flag_count == 1 and reply.state == Visibility.VISIBLE


def test_the_error_is_a_forum_error_the_views_already_catch(reply):
    with pytest.raises(services.ForumError):
        moderation.flag_create(post=reply, user=reply.author, reason=Flag.Reason.SPAM)


def test_members_cannot_flag_their_own_post(reply):
    with pytest.raises(moderation.ModerationError) as refused:
        moderation.flag_create(post=reply, user=reply.author, reason=Flag.Reason.SPAM)
    assert refused.value.code == "own"
    assert not Flag.objects.exists()


@pytest.mark.parametrize("post_state", [Visibility.HIDDEN, Visibility.DELETED, Visibility.PENDING])
def test_a_post_the_public_cannot_see_cannot_be_flagged(thread, post_state):
    post = factories.reply(thread=thread, author=factories.member(), state=post_state)
    with pytest.raises(moderation.ModerationError) as refused:
        moderation.flag_create(post=post, user=factories.member(), reason=Flag.Reason.SPAM)
    assert refused.value.code == "gone"


def test_a_post_in_a_hidden_thread_cannot_be_flagged(thread, reply):
    Thread.objects.filter(pk=thread.pk).update(state=Visibility.HIDDEN)
    with pytest.raises(moderation.ModerationError):
        moderation.flag_create(post=reply, user=factories.member(), reason=Flag.Reason.SPAM)


def test_an_unknown_reason_and_a_blocked_member_are_refused(reply, moderator):
    with pytest.raises(moderation.ModerationError):
        moderation.flag_create(post=reply, user=factories.member(), reason="boring")
    blocked = factories.member()
    moderation.member_block(member=blocked, moderator=moderator, reason="Spam")
    with pytest.raises(moderation.ModerationError) as refused:
        moderation.flag_create(post=reply, user=blocked, reason=Flag.Reason.SPAM)
    assert refused.value.code == "blocked"


def test_anonymous_visitors_cannot_flag(reply):
    with pytest.raises(PermissionDenied):
        moderation.flag_create(post=reply, user=AnonymousUser(), reason=Flag.Reason.SPAM)


def test_hiding_the_question_hides_the_thread_from_the_listings(thread, notices, commit):
    question = thread.posts.get(number=1)
    for _member in range(state.FLAG_THRESHOLD):
        commit(moderation.flag_create, post=question, user=factories.member(), reason=Flag.Reason.PUPIL_DATA)
    thread.refresh_from_db()
    assert thread.state == Visibility.HIDDEN
    assert not Thread.objects.visible().filter(pk=thread.pk).exists()


def test_restore_clears_the_flags_and_brings_post_and_counters_back(thread, reply, moderator, notices, commit):
    _flag(reply, state.FLAG_THRESHOLD)
    commit(moderation.post_restore, post=reply, moderator=moderator, reason="Kritisch, maar niet onaardig")
    reply.refresh_from_db()
    thread.refresh_from_db()
    assert reply.state == Visibility.VISIBLE and not reply.hidden_by_flags and reply.flag_count == 0
    assert not Flag.objects.filter(post=reply, resolved_at__isnull=True).exists()
    assert thread.reply_count == 2
    entry = ModerationLogEntry.objects.get(action=ModerationAction.RESTORE)
    assert entry.moderator == moderator and entry.reason == "Kritisch, maar niet onaardig"
    assert entry.detail["state"] == ["hidden", "visible"] and entry.detail["flags"] == state.FLAG_THRESHOLD
    assert any("weer voor iedereen zichtbaar" in m for m in notices.messages_for(reply.author))
    # Handled flags no longer count: the next flags start from zero, and earlier flaggers cannot flag again.
    _flag(reply, state.FLAG_THRESHOLD - 1)
    reply.refresh_from_db()
    assert reply.state == Visibility.VISIBLE and reply.flag_count == state.FLAG_THRESHOLD - 1


def test_restoring_an_auto_hidden_question_restores_its_thread(thread, moderator, notices):
    question = thread.posts.get(number=1)
    _flag(question, state.FLAG_THRESHOLD)
    moderation.post_restore(post=question, moderator=moderator)
    thread.refresh_from_db()
    assert thread.state == Visibility.VISIBLE


def test_dismissing_flags_keeps_the_post_and_brings_an_auto_hidden_one_back(reply, moderator, notices):
    _flag(reply, 1)
    moderation.flags_dismiss(post=reply, moderator=moderator)
    reply.refresh_from_db()
    assert reply.state == Visibility.VISIBLE and reply.flag_count == 0
    assert ModerationLogEntry.objects.get(action=ModerationAction.DISMISS_FLAGS).detail["flags"] == 1
    _flag(reply, state.FLAG_THRESHOLD)
    moderation.flags_dismiss(post=reply, moderator=moderator, reason="Geen spam")
    reply.refresh_from_db()
    assert reply.state == Visibility.VISIBLE and not reply.hidden_by_flags


def test_flagging_is_rate_limited_per_member_and_per_address(settings, real_cache, thread):
    settings.FORUM_RATE_LIMITS = True
    newcomer = factories.member(trust_level=TrustLevel.NEW)
    posts = [factories.reply(thread=thread, author=factories.member()) for _ in range(7)]
    limit = moderation.FLAG_RATE_PER_MEMBER[TrustLevel.NEW]
    for post in posts[:limit]:
        moderation.flag_create(post=post, user=newcomer, reason=Flag.Reason.SPAM)
    with pytest.raises(moderation.ModerationError) as refused:
        moderation.flag_create(post=posts[limit], user=newcomer, reason=Flag.Reason.SPAM)
    assert refused.value.code == "rate_member"
    assert Flag.objects.filter(user=newcomer).count() == limit

    settings_limit = moderation.FLAG_RATE_PER_ADDRESS
    moderation.FLAG_RATE_PER_ADDRESS = 2
    try:
        moderation.flag_create(post=posts[0], user=factories.member(), reason=Flag.Reason.SPAM, ip="203.0.113.9")
        moderation.flag_create(post=posts[1], user=factories.member(), reason=Flag.Reason.SPAM, ip="203.0.113.9")
        with pytest.raises(moderation.ModerationError) as refused:
            moderation.flag_create(post=posts[2], user=factories.member(), reason=Flag.Reason.SPAM, ip="203.0.113.9")
        assert refused.value.code == "rate_address"
        moderation.flag_create(post=posts[2], user=factories.member(), reason=Flag.Reason.SPAM, ip="198.51.100.4")
    finally:
        moderation.FLAG_RATE_PER_ADDRESS = settings_limit


# --- approval and trust --------------------------------------------------------------------------------------


def test_approving_counts_towards_trust_and_a_new_member_becomes_a_member_at_three(thread, moderator, notices, commit):
    newcomer = factories.member(trust_level=TrustLevel.NEW)
    waiting = [factories.reply(thread=thread, author=newcomer, state=Visibility.PENDING) for _ in range(3)]
    for number, post in enumerate(waiting, start=1):
        commit(moderation.post_approve, post=post, moderator=moderator)
        profile = ForumProfile.objects.get(user=newcomer)
        assert profile.approved_posts == number
        expected = TrustLevel.MEMBER if number >= state.TRUST_AFTER_APPROVED else TrustLevel.NEW
        assert profile.trust_level == expected
    assert all(Post.objects.get(pk=p.pk).state == Visibility.VISIBLE for p in waiting)
    thread.refresh_from_db()
    assert thread.reply_count == 4
    assert notices.approved == [p.pk for p in waiting] and notices.published == [p.pk for p in waiting]
    last = ModerationLogEntry.objects.filter(action=ModerationAction.APPROVE).first()
    assert last.detail["trust_level"] == [TrustLevel.NEW, TrustLevel.MEMBER]
    assert not services.needs_approval(ForumProfile.objects.get(user=newcomer))


def test_approving_the_question_of_a_waiting_thread_publishes_the_thread(category, moderator, notices, commit):
    newcomer = factories.member(trust_level=TrustLevel.NEW)
    waiting = factories.thread(category=category, author=newcomer, state=Visibility.PENDING)
    Post.objects.filter(thread=waiting).update(state=Visibility.PENDING)
    commit(moderation.post_approve, post=waiting.posts.get(), moderator=moderator)
    waiting.refresh_from_db()
    assert waiting.state == Visibility.VISIBLE and Thread.objects.visible().filter(pk=waiting.pk).exists()


def test_only_waiting_posts_can_be_approved_or_rejected(reply, moderator):
    with pytest.raises(moderation.ModerationError):
        moderation.post_approve(post=reply, moderator=moderator)
    with pytest.raises(moderation.ModerationError):
        moderation.post_reject(post=reply, moderator=moderator, reason="Niet nodig")


def test_rejecting_needs_a_reason_and_tells_the_author_calmly(thread, moderator, notices, commit):
    newcomer = factories.member(trust_level=TrustLevel.NEW)
    waiting = factories.reply(thread=thread, author=newcomer, state=Visibility.PENDING, body="Bel me op 0612345678")
    with pytest.raises(moderation.ModerationError) as refused:
        moderation.post_reject(post=waiting, moderator=moderator, reason="   ")
    assert refused.value.code == "reason"
    commit(moderation.post_reject, post=waiting, moderator=moderator, reason="Er staat een telefoonnummer in.")
    waiting.refresh_from_db()
    assert waiting.state == Visibility.DELETED and waiting.body == "Bel me op 0612345678"
    [message] = notices.messages_for(newcomer)
    assert "niet geplaatst" in message and "Er staat een telefoonnummer in." in message
    entry = ModerationLogEntry.objects.get(post=waiting)
    assert entry.action == ModerationAction.DELETE and entry.detail["rejected"] is True
    assert ForumProfile.objects.get(user=newcomer).approved_posts == 0


# --- hide, delete, edit --------------------------------------------------------------------------------------


@pytest.mark.parametrize("action", [moderation.post_hide, moderation.post_delete])
def test_hiding_and_deleting_need_a_reason(reply, moderator, action):
    with pytest.raises(moderation.ModerationError) as refused:
        action(post=reply, moderator=moderator, reason="")
    assert refused.value.code == "reason"
    reply.refresh_from_db()
    assert reply.state == Visibility.VISIBLE
    assert not ModerationLogEntry.objects.exists()


def test_a_reason_longer_than_the_log_keeps_is_refused(reply, moderator):
    with pytest.raises(moderation.ModerationError):
        moderation.post_hide(post=reply, moderator=moderator, reason="x" * (moderation.REASON_MAX + 1))


def test_hide_and_delete_are_logged_with_before_and_after_and_tell_the_author(
    thread, reply, moderator, notices, commit
):
    commit(moderation.post_hide, post=reply, moderator=moderator, reason="Onvriendelijk tegen een collega")
    reply.refresh_from_db()
    thread.refresh_from_db()
    assert reply.state == Visibility.HIDDEN and thread.reply_count == 1
    commit(moderation.post_delete, post=reply, moderator=moderator, reason="Na overleg verwijderd")
    reply.refresh_from_db()
    assert reply.state == Visibility.DELETED and reply.body == "Bij ons werkte dit."  # kept for the log
    hide, delete = ModerationLogEntry.objects.order_by("created_at", "pk")
    assert (hide.action, hide.detail["state"]) == (ModerationAction.HIDE, ["visible", "hidden"])
    assert (delete.action, delete.detail["state"]) == (ModerationAction.DELETE, ["hidden", "deleted"])
    messages = notices.messages_for(reply.author)
    assert "verborgen" in messages[0] and "Onvriendelijk tegen een collega" in messages[0]
    assert "verwijderd" in messages[1] and "Na overleg verwijderd" in messages[1]
    with pytest.raises(moderation.ModerationError):
        moderation.post_delete(post=reply, moderator=moderator, reason="Nog eens")


def test_deleting_the_question_deletes_the_thread(thread, moderator, notices):
    moderation.post_delete(post=thread.posts.get(number=1), moderator=moderator, reason="Dubbel gesteld")
    thread.refresh_from_db()
    assert thread.state == Visibility.DELETED


def test_a_moderator_edit_keeps_the_earlier_text_with_who_and_why(reply, moderator, notices, commit):
    before = reply.body
    with pytest.raises(moderation.ModerationError) as refused:
        moderation.post_edit_moderator(post=reply, moderator=moderator, body="Andere tekst", reason="")
    assert refused.value.code == "reason"
    commit(
        moderation.post_edit_moderator,
        post=reply,
        moderator=moderator,
        body="Bij ons werkte dit. <script>alert(1)</script>",
        reason="Naam van een leerling weggehaald",
    )
    reply.refresh_from_db()
    revision = PostRevision.objects.get(post=reply)
    assert revision.body == before and revision.edited_by == moderator
    assert revision.reason == "Naam van een leerling weggehaald"
    assert reply.edited_at is not None and reply.body.startswith("Bij ons werkte dit.")
    assert "<script" not in reply.html
    entry = ModerationLogEntry.objects.get(action=ModerationAction.EDIT)
    assert entry.detail["revision"] == revision.pk and entry.detail["before"] == before
    assert "aangepast" in notices.messages_for(reply.author)[0]


def test_a_moderator_edit_of_a_new_members_post_keeps_links_unclickable(thread, moderator, notices):
    pytest.importorskip("forum.markdown")
    newcomer = factories.member(trust_level=TrustLevel.NEW)
    post = factories.reply(thread=thread, author=newcomer)
    moderation.post_edit_moderator(
        post=post, moderator=moderator, body="Zie https://voorbeeld.example/tips", reason="Typfout"
    )
    post.refresh_from_db()
    assert "<a " not in post.html and "voorbeeld.example/tips" in post.html


def test_an_empty_or_unchanged_edit_is_refused(reply, moderator):
    with pytest.raises(moderation.ModerationError):
        moderation.post_edit_moderator(post=reply, moderator=moderator, body="  ", reason="Leeg")
    with pytest.raises(moderation.ModerationError):
        moderation.post_edit_moderator(post=reply, moderator=moderator, body=reply.body, reason="Niets")
    assert not PostRevision.objects.exists()


# --- threads -------------------------------------------------------------------------------------------------


def test_a_locked_thread_takes_no_replies(thread, moderator, notices, commit):
    commit(moderation.thread_lock, thread=thread, moderator=moderator, reason="Alles is gezegd")
    thread.refresh_from_db()
    assert thread.is_locked
    with pytest.raises(services.ForumError) as refused:
        services.post_create(author=factories.member(), thread=thread, body="Nog één ding")
    assert refused.value.code == "locked"
    assert "gesloten" in notices.messages_for(thread.author)[0]
    with pytest.raises(moderation.ModerationError):
        moderation.thread_lock(thread=thread, moderator=moderator)
    moderation.thread_unlock(thread=thread, moderator=moderator)
    thread.refresh_from_db()
    assert not thread.is_locked
    actions = list(ModerationLogEntry.objects.order_by("pk").values_list("action", flat=True))
    assert actions == [ModerationAction.LOCK, ModerationAction.UNLOCK]


def test_moving_a_thread_needs_a_reason_and_logs_both_categories(thread, moderator, notices, commit, locales):
    other = factories.category(name="Polarisatie", slug="polarisatie")
    with pytest.raises(moderation.ModerationError):
        moderation.thread_move(thread=thread, moderator=moderator, category=other, reason="")
    commit(moderation.thread_move, thread=thread, moderator=moderator, category=other, reason="Past beter daar")
    thread.refresh_from_db()
    assert thread.category == other
    entry = ModerationLogEntry.objects.get(action=ModerationAction.MOVE)
    assert entry.detail["category"] == ["wapens", "polarisatie"]
    assert "Polarisatie" in notices.messages_for(thread.author)[0]
    with pytest.raises(moderation.ModerationError):
        moderation.thread_move(thread=thread, moderator=moderator, category=other, reason="Nog eens")


def test_moving_to_a_translated_category_uses_the_category_of_the_default_language(thread, moderator, locales):
    from wagtail.models import Locale

    dutch = factories.category(name="Samenwerken", slug="samenwerken")
    english = dutch.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Working together"
    english.save()
    moderation.thread_move(thread=thread, moderator=moderator, category=english, reason="Andere categorie")
    thread.refresh_from_db()
    assert thread.category == dutch


def test_merging_renumbers_after_the_target_and_keeps_the_counters_right(category, author, moderator, notices):
    now = timezone.now()
    target = factories.thread(category=category, author=author, title="Hoe praat je met de klas?", replies=1)
    Post.objects.filter(thread=target).update(created_at=now - timedelta(days=1))
    late = factories.reply(thread=target, author=factories.member())  # the latest post of all
    source = factories.thread(category=category, author=factories.member(), title="Gesprek na het nieuws", replies=2)
    Post.objects.filter(thread=source).update(created_at=now - timedelta(days=3))
    watcher = factories.member()
    Subscription.objects.create(user=watcher, thread=source, level="watching")
    moved = list(source.posts.order_by("number").values_list("pk", flat=True))

    with pytest.raises(moderation.ModerationError):
        moderation.thread_merge(thread=source, moderator=moderator, into=target, reason="")
    with pytest.raises(moderation.ModerationError):
        moderation.thread_merge(thread=source, moderator=moderator, into=source, reason="Zelfde")
    moderation.thread_merge(thread=source, moderator=moderator, into=target, reason="Dezelfde vraag")

    target.refresh_from_db()
    source.refresh_from_db()
    numbers = dict(Post.objects.filter(pk__in=moved).values_list("pk", "number"))
    assert [numbers[pk] for pk in moved] == [4, 5, 6]  # after the target's 1, 2, 3, in their order
    assert list(target.posts.order_by("number").values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6]
    assert target.last_number == 6 and target.reply_count == 5
    assert target.last_activity_at == Post.objects.get(pk=late.pk).created_at  # not the older moved posts
    assert source.merged_into == target and source.reply_count == 0
    assert not Thread.objects.visible().filter(pk=source.pk).exists()
    assert Subscription.objects.filter(user=watcher, thread=target).exists()
    entry = ModerationLogEntry.objects.get(action=ModerationAction.MERGE)
    assert entry.thread == source and entry.detail["into"] == target.pk and entry.detail["numbers"] == [4, 6]
    if _markdown_available():  # a reply after the merge gets the next number
        reply = services.post_create(author=factories.member(), thread=target, body="Goed dat dit samen staat.")
        assert reply.number == 7
    with pytest.raises(moderation.ModerationError):
        moderation.thread_merge(thread=source, moderator=moderator, into=target, reason="Nog eens")
    other = factories.thread(category=category, author=author)
    with pytest.raises(moderation.ModerationError):
        moderation.thread_merge(thread=other, moderator=moderator, into=source, reason="In een samengevoegde")


def _markdown_available() -> bool:
    try:
        import forum.markdown  # noqa: F401
        import forum.pupildata  # noqa: F401
    except ImportError:
        return False
    return True


def test_hiding_restoring_and_deleting_a_thread(thread, moderator, notices):
    moderation.thread_hide(thread=thread, moderator=moderator, reason="Loopt uit de hand")
    thread.refresh_from_db()
    assert thread.state == Visibility.HIDDEN and not Thread.objects.visible().filter(pk=thread.pk).exists()
    assert thread.posts.get(number=1).state == Visibility.VISIBLE  # the posts keep their own state
    moderation.thread_restore(thread=thread, moderator=moderator)
    thread.refresh_from_db()
    assert thread.state == Visibility.VISIBLE
    with pytest.raises(moderation.ModerationError):
        moderation.thread_delete(thread=thread, moderator=moderator, reason="")
    moderation.thread_delete(thread=thread, moderator=moderator, reason="Op verzoek van de school")
    thread.refresh_from_db()
    assert thread.state == Visibility.DELETED
    actions = list(ModerationLogEntry.objects.order_by("pk").values_list("action", flat=True))
    assert actions == [ModerationAction.HIDE, ModerationAction.RESTORE, ModerationAction.DELETE]


def test_restoring_a_thread_whose_question_the_flags_hid_brings_the_question_back(thread, moderator, notices):
    question = thread.posts.get(number=1)
    _flag(question, state.FLAG_THRESHOLD)
    moderation.thread_restore(thread=thread, moderator=moderator)
    question.refresh_from_db()
    assert question.state == Visibility.VISIBLE and not question.hidden_by_flags


# --- members -------------------------------------------------------------------------------------------------


def test_a_blocked_member_cannot_reply_until_unblocked(thread, moderator, notices, commit):
    member = factories.member()
    with pytest.raises(moderation.ModerationError):
        moderation.member_block(member=member, moderator=moderator, reason="")
    moderation.member_block(member=member, moderator=moderator, reason="Herhaaldelijk spam")
    profile = ForumProfile.objects.get(user=member)
    assert profile.is_blocked and profile.blocked_reason == "Herhaaldelijk spam"
    assert "Herhaaldelijk spam" in notices.messages_for(member)[0]
    with pytest.raises(services.ForumError) as refused:
        services.post_create(author=member, thread=thread, body="Toch nog even")
    assert refused.value.code == "blocked"
    with pytest.raises(moderation.ModerationError):
        moderation.member_block(member=member, moderator=moderator, reason="Nog eens")
    commit(moderation.member_unblock, member=member, moderator=moderator)
    profile.refresh_from_db()
    assert not profile.is_blocked and profile.blocked_reason == ""
    block, unblock = ModerationLogEntry.objects.order_by("pk")
    assert (block.action, block.member, block.reason) == (ModerationAction.BLOCK, member, "Herhaaldelijk spam")
    assert unblock.action == ModerationAction.UNBLOCK and unblock.detail["blocked_reason"] == "Herhaaldelijk spam"


def test_moderators_cannot_block_themselves_or_each_other(moderator):
    with pytest.raises(moderation.ModerationError):
        moderation.member_block(member=moderator, moderator=moderator, reason="Oeps")
    colleague = factories.member()
    colleague.groups.add(Group.objects.get(name=state.MODERATOR_GROUP))
    with pytest.raises(moderation.ModerationError):
        moderation.member_block(member=colleague, moderator=moderator, reason="Oneens")


def test_marking_an_expert_is_logged(category, moderator):
    editor = factories.member()
    editor.groups.add(Group.objects.get(name="Editors"))
    expert = factories.member(display_name="Sanne (WIJcoach)")
    profile = ForumProfile.objects.get(user=expert)
    with pytest.raises(moderation.ModerationError):
        moderation.member_set_expert(profile=profile, editor=editor, is_expert=True, organisation="")
    moderation.member_set_expert(
        profile=profile, editor=editor, is_expert=True, organisation="WIJcoach", categories=[category]
    )
    profile.refresh_from_db()
    assert profile.is_expert and profile.expert_organisation == "WIJcoach"
    assert list(profile.expert_categories.all()) == [category]
    entry = ModerationLogEntry.objects.get(action=ModerationAction.MARK_EXPERT)
    assert entry.moderator == editor and entry.member == expert
    assert entry.detail["after"] == {"is_expert": True, "organisation": "WIJcoach", "categories": ["wapens"]}
    # Saving without a change writes no line.
    moderation.member_set_expert(
        profile=profile, editor=editor, is_expert=True, organisation="WIJcoach", categories=[category]
    )
    assert ModerationLogEntry.objects.filter(action=ModerationAction.MARK_EXPERT).count() == 1
    with pytest.raises(PermissionDenied):
        moderation.member_set_expert(profile=profile, editor=factories.member(), is_expert=False)


# --- who may moderate ----------------------------------------------------------------------------------------


def _every_action(thread, reply, category):
    member = reply.author
    return [
        lambda user: moderation.post_approve(post=reply, moderator=user),
        lambda user: moderation.post_reject(post=reply, moderator=user, reason="r"),
        lambda user: moderation.post_hide(post=reply, moderator=user, reason="r"),
        lambda user: moderation.post_restore(post=reply, moderator=user, reason="r"),
        lambda user: moderation.post_delete(post=reply, moderator=user, reason="r"),
        lambda user: moderation.post_edit_moderator(post=reply, moderator=user, body="b", reason="r"),
        lambda user: moderation.flags_dismiss(post=reply, moderator=user),
        lambda user: moderation.thread_lock(thread=thread, moderator=user),
        lambda user: moderation.thread_unlock(thread=thread, moderator=user),
        lambda user: moderation.thread_move(thread=thread, moderator=user, category=category, reason="r"),
        lambda user: moderation.thread_merge(thread=thread, moderator=user, into=thread, reason="r"),
        lambda user: moderation.thread_hide(thread=thread, moderator=user, reason="r"),
        lambda user: moderation.thread_restore(thread=thread, moderator=user),
        lambda user: moderation.thread_delete(thread=thread, moderator=user, reason="r"),
        lambda user: moderation.member_block(member=member, moderator=user, reason="r"),
        lambda user: moderation.member_unblock(member=member, moderator=user),
    ]


def test_nobody_but_a_moderator_can_moderate(thread, reply, category):
    editor = factories.member()
    editor.groups.add(Group.objects.get(name="Editors"))
    for user in (factories.member(trust_level=TrustLevel.TRUSTED), editor, AnonymousUser()):
        for action in _every_action(thread, reply, category):
            with pytest.raises(PermissionDenied):
                action(user)
    assert not ModerationLogEntry.objects.exists()
    reply.refresh_from_db()
    thread.refresh_from_db()
    assert reply.state == Visibility.VISIBLE and thread.state == Visibility.VISIBLE and not thread.is_locked


def test_a_member_of_the_group_moderators_moderates_without_being_a_superuser(reply, moderator, notices):
    assert not moderator.is_superuser
    moderation.post_hide(post=reply, moderator=moderator, reason="Spam")
    assert Post.objects.get(pk=reply.pk).state == Visibility.HIDDEN


def test_the_author_gets_a_notice_on_the_site(reply, moderator, django_capture_on_commit_callbacks):
    """With the real forum.notifications: the calm notice is a notification of kind "moderation"."""
    with django_capture_on_commit_callbacks(execute=True):
        moderation.post_hide(post=reply, moderator=moderator, reason="Persoonsgegevens van een leerling")
    notice = Notification.objects.get(user=reply.author, kind=Notification.Kind.MODERATION)
    assert notice.post == reply and "Persoonsgegevens van een leerling" in notice.message
