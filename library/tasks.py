"""The library's mail, sent by the task queue's worker (``manage.py db_worker --backend background``), never in a
request: the status of a member's shared material, and Wagtail's own workflow mails to reviewers."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from library.models import Submission

logger = logging.getLogger(__name__)


@task(backend="background", queue_name="mail")
def mail_submission_status(submission_id: int, status: str) -> bool:
    """Tell the member where their shared material stands, in the language they shared it in. A status that has
    moved on since (the task waited) is not mailed: the newer one is."""
    submission = (
        Submission.objects.filter(pk=submission_id, submitted_by__is_active=True)
        .select_related("page", "submitted_by", "school")
        .first()
    )
    if submission is None or submission.status != status:
        return False
    language = submission.language if submission.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "submission": submission,
            "name": submission.submitted_by.first_name or submission.submitted_by.email,
            "title": submission.page.title,
            "status": submission.get_status_display(),
            "mine_url": f"{settings.SITE_URL}{reverse('library:shared_mine')}",
            "item_url": f"{settings.SITE_URL}{submission.page.url}"
            if submission.page.live and submission.page.url
            else "",
            "site_name": settings.WAGTAIL_SITE_NAME,
            "language": language,
        }
        message = EmailMultiAlternatives(
            subject=" ".join(render_to_string("library/email/submission_subject.txt", context).split()),
            body=render_to_string("library/email/submission.txt", context).strip() + "\n",
            to=[submission.submitted_by.email],
            headers={"Auto-Submitted": "auto-generated"},
        )
        message.attach_alternative(render_to_string("library/email/submission.html", context), "text/html")
    message.send()
    return True


@task(backend="background", queue_name="mail")
def send_workflow_mail(kind: str, state_id: int, user_id: int | None) -> bool:
    """One of Wagtail's workflow mails (a task waits for review, a workflow was submitted, approved or rejected),
    sent as Wagtail would have in the request."""
    from django.contrib.auth import get_user_model
    from wagtail.admin import signal_handlers as wagtail_mail
    from wagtail.models import TaskState, WorkflowState

    notifiers = {
        "task_submitted": wagtail_mail.task_submission_email_notifier,
        "submitted": wagtail_mail.workflow_submission_email_notifier,
        "approved": wagtail_mail.workflow_approval_email_notifier,
        "rejected": wagtail_mail.workflow_rejection_email_notifier,
    }
    model = TaskState if kind == "task_submitted" else WorkflowState
    instance = model.objects.filter(pk=state_id).first()
    if instance is None:
        return False
    if kind == "task_submitted":
        instance = instance.specific
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    return bool(notifiers[kind](instance=instance, user=user))
