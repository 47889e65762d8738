"""Run the background queue's worker inside a test, the way production runs it (``manage.py db_worker``).

The test settings keep the real ``django_tasks_db.DatabaseBackend`` for the "background" queue, so a test that
wants the mail calls ``run_worker()`` after the action: the tasks the action queued run here, in the calling
thread, and their mail lands in this process's ``django.core.mail.outbox``. A browser test does the same after the
live server (a thread of the same process) has handled the request: the rows are committed by then.
"""

from __future__ import annotations

import signal
from unittest import mock

from django.core.management import call_command

_SIGNALS = [s for s in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGQUIT", None)) if s is not None]


def run_worker(queues: str = "mail,default") -> None:
    """Process every task waiting on the background queues, then return (``db_worker --batch``).

    Two things differ from production, both about the test around it: the worker's ``close_old_connections``
    is skipped (it would close the test's connection in the middle of its transaction), and the worker's signal
    handlers are put back afterwards (so that Ctrl-C still stops pytest)."""
    handlers = {s: signal.getsignal(s) for s in _SIGNALS}
    try:
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command(
                "db_worker",
                "--backend=background",  # as an argument: argparse would check the default backend's type too
                queue_name=queues,
                batch=True,
                startup_delay=False,
                reload=False,
                interval=0,
                verbosity=0,
            )
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
