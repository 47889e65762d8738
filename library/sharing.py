"""Material a school shares (issue 10, part 1; decision 0021): a member's submission becomes a draft
``ResourcePage`` in the library that enters Wagtail's moderation workflow; its status follows the workflow, and
every change of status is mailed to the member by the task queue.

- ``share(...)``: the draft page (in the language the member wrote in), its file as a document in a collection
  only editors can open until the item is published, the ``Submission``, the workflow started.
- The receivers below move the status: an editor's revision ("in beoordeling"), a rejection with the reviewer's
  comment as the reason ("afgewezen"), a publication ("gepubliceerd": the file moves to the public collection).
- Wagtail's own workflow mails go through the task queue too (``queue_workflow_mail``), so neither a member's
  submission nor an editor's click waits for a mail server; Wagtail's admin mails to a requester without admin
  access are replaced by ours.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Collection, CollectionViewRestriction

from community.models import Membership
from library.models import (
    LibraryIndexPage,
    ResourceAttachment,
    ResourceAudience,
    ResourcePage,
    ResourceTheme,
    Submission,
)

logger = logging.getLogger(__name__)

Status = Submission.Status
# Who shares for a school: its team members and coordinators (a coach only watches).
SHARING_ROLES = (Membership.Role.MEMBER, Membership.Role.COORDINATOR)
REVIEW_COLLECTION = "Gedeeld door scholen, in beoordeling"
REVIEW_GROUPS = ["Editors", "Moderators"]


def body_blocks(text: str) -> list[tuple[str, str]]:
    """A member's plain text as paragraph blocks: every character escaped, a blank line starts a paragraph."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return [("paragraph", "<p>" + escape(p).replace("\n", "<br/>") + "</p>") for p in paragraphs if p]


def review_collection() -> Collection:
    """Where shared files wait: a collection only editors and moderators can open (a view restriction), so a
    file nobody reviewed yet is not served to anyone else."""
    from django.contrib.auth.models import Group

    collection = Collection.objects.filter(name=REVIEW_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=REVIEW_COLLECTION)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=REVIEW_GROUPS))
    return collection


def _unique_slug(index: LibraryIndexPage, title: str) -> str:
    base = slugify(title)[:70] or "materiaal"
    taken = set(ResourcePage.objects.child_of(index).filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def share(*, user, index: LibraryIndexPage, data: dict, uploaded=None, language: str = "nl") -> Submission:
    """Make the draft item from a member's valid ``ShareForm`` data and start the editors' workflow."""
    from wagtail.documents import get_document_model

    school = data["school"]
    page = ResourcePage(
        title=data["title"],
        slug=_unique_slug(index, data["title"]),
        resource_type=data["resource_type"],
        summary=data["summary"],
        body=body_blocks(data.get("body", "")),
        dimension=data["dimension"],
        licence=data["licence"],
        material_url=data.get("link") or "",
        provider=school.name,
        shared_by_school=school,
        shared_by=user,
        live=False,
    )
    for order, theme in enumerate(data["themes"]):
        page.theme_links.add(ResourceTheme(theme=theme, sort_order=order, locale_id=index.locale_id))
    for order, audience in enumerate(data.get("audiences") or []):
        page.audience_links.add(ResourceAudience(audience=audience, sort_order=order, locale_id=index.locale_id))
    if uploaded is not None:
        document = get_document_model().objects.create(
            title=data["title"], file=uploaded, collection=review_collection(), uploaded_by_user=user
        )
        page.attachments.add(ResourceAttachment(document=document, sort_order=0))
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    submission = Submission.objects.create(page=page, submitted_by=user, school=school, language=language)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    else:  # a site without a workflow on the library: the item waits as a draft for an editor all the same
        logger.warning("No workflow on the library: shared item %s waits as a draft.", page.pk)
    _queue_mail(submission, Status.SUBMITTED)
    return submission


def _queue_mail(submission: Submission, status: str) -> None:
    from library import tasks

    transaction.on_commit(lambda: tasks.mail_submission_status.enqueue(submission.pk, status))


def set_status(submission: Submission, status: str, *, reason: str = "") -> bool:
    """Move a submission to ``status`` (once: the same status again changes nothing) and queue the member's
    mail."""
    if submission.status == status and submission.reason == reason:
        return False
    submission.status = status
    submission.reason = reason
    submission.updated_at = timezone.now()
    submission.save(update_fields=["status", "reason", "updated_at"])
    if submission.submitted_by_id:
        _queue_mail(submission, status)
    return True


def _submission_of(page) -> Submission | None:
    from wagtail.models import Page

    if not isinstance(page, Page):
        return None
    return Submission.objects.filter(page_id=page.pk).select_related("page").first()


# --- the workflow moves the status ---------------------------------------------------------------------------


def on_revision_saved(sender, instance, created, **kwargs):
    """An editor (anyone but the member) saved a version of a shared item: it is being reviewed."""
    from django.contrib.contenttypes.models import ContentType

    if not created or instance.content_type_id != ContentType.objects.get_for_model(ResourcePage).pk:
        return
    if not instance.user_id or not str(instance.object_id).isdigit():
        return
    submission = Submission.objects.filter(page_id=int(instance.object_id)).first()
    if submission is None or submission.status != Status.SUBMITTED:
        return
    if instance.user_id and instance.user_id != submission.submitted_by_id:
        set_status(submission, Status.IN_REVIEW)


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    submission = _submission_of(instance.content_object)
    if submission is None:
        return
    task_state = instance.task_states.order_by("-finished_at", "-pk").first()
    comment = (task_state.specific.get_comment() if task_state is not None else "") or ""
    set_status(submission, Status.REJECTED, reason=comment.strip())


def on_resubmitted(sender, instance, user=None, **kwargs):
    """A rejected item sent for review again (after an editor's changes): it is being reviewed, the old reason
    no longer stands."""
    submission = _submission_of(getattr(instance, "workflow_state", None) and instance.workflow_state.content_object)
    if submission is not None and submission.status == Status.REJECTED:
        set_status(submission, Status.IN_REVIEW)


def on_published(sender, instance, **kwargs):
    if not instance.live:
        return  # approved for a go-live date: the scheduler's publication is the one that counts
    submission = _submission_of(instance)
    if submission is None:
        return
    # The file leaves the reviewers' collection: it is public with the item now.
    from wagtail.documents import get_document_model

    document_ids = ResourceAttachment.objects.filter(page_id=instance.pk).values("document_id")
    get_document_model().objects.filter(pk__in=document_ids, collection__name=REVIEW_COLLECTION).update(
        collection=Collection.get_first_root_node()
    )
    if submission.status != Status.PUBLISHED:
        set_status(submission, Status.PUBLISHED)


# --- Wagtail's workflow mails through the task queue ---------------------------------------------------------


def queue_workflow_mail(kind: str):
    """A receiver for one of Wagtail's workflow signals that queues its mail instead of sending it now."""

    def receiver(sender, instance, user=None, **kwargs):
        from library import tasks

        if kind in ("approved", "rejected") and _submission_of(getattr(instance, "content_object", None)):
            requester = instance.requested_by
            if requester is not None and not requester.has_perm("wagtailadmin.access_admin"):
                return  # a member who shared from the site gets our mail, not the admin's
        user_id = user.pk if user is not None else None
        transaction.on_commit(lambda: tasks.send_workflow_mail.enqueue(kind, instance.pk, user_id))

    return receiver


# Wagtail's workflow mail receivers, by the dispatch_uid Wagtail connects them with. Connected first (the library's
# ready() runs before wagtail.admin's), ours take these places and Wagtail's own connect() is then a no-op.
WAGTAIL_MAIL_RECEIVERS = (
    ("task_submitted", "group_approval_task_submitted_email_notification", "task_submitted"),
    ("workflow_submitted", "workflow_state_submitted_email_notification", "submitted"),
    ("workflow_rejected", "workflow_state_rejected_email_notification", "rejected"),
    ("workflow_approved", "workflow_state_approved_email_notification", "approved"),
)


def connect():
    from django.db.models.signals import post_save
    from wagtail import signals
    from wagtail.models import Revision, TaskState, WorkflowState

    post_save.connect(on_revision_saved, sender=Revision, dispatch_uid="library-sharing-revision")
    signals.workflow_rejected.connect(
        on_workflow_rejected, sender=WorkflowState, dispatch_uid="library-sharing-rejected"
    )
    signals.page_published.connect(on_published, sender=ResourcePage, dispatch_uid="library-sharing-published")
    signals.task_submitted.connect(on_resubmitted, sender=TaskState, dispatch_uid="library-sharing-resubmitted")
    for name, uid, kind in WAGTAIL_MAIL_RECEIVERS:
        sender = TaskState if kind == "task_submitted" else WorkflowState
        getattr(signals, name).connect(queue_workflow_mail(kind), sender=sender, dispatch_uid=uid, weak=False)


def submissions_for(user, *, limit: int = 3) -> tuple[list[Submission], int]:
    """The member's latest shared material with its status, and how much they shared: two queries."""
    mine = Submission.objects.filter(submitted_by=user)
    return list(mine.select_related("page").order_by("-created_at", "-pk")[:limit]), mine.count()
