"""A task backend that runs tasks right away, but only after the current transaction commits.

Wagtail 8 updates the search index through django-tasks. The stock immediate backend runs that inside
``post_save``, before ``ClusterableModel.save()`` writes tags and parental many-to-many rows, so a changed
tag stayed unsearchable. Deferring to ``transaction.on_commit`` indexes the page as it was saved.
"""

from django.db import transaction
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id


class OnCommitImmediateBackend(ImmediateBackend):
    """Immediate execution, deferred to the end of the surrounding transaction (at once when there is none)."""

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        task_result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        transaction.on_commit(lambda: self._execute_task(task_result))
        return task_result
