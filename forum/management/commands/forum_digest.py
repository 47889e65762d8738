"""``manage.py forum_digest``: queue the daily forum digest (docker-compose runs it once a day).

It enqueues one task on the background queue; the worker (``manage.py db_worker --backend background``) sends
one mail per member who chose the daily digest. Run it more often and nothing is sent twice: a member gets at
most one digest in 20 hours, and a digest task still waiting for the worker is not queued again.
``--now`` sends the digests in this process instead, without the worker.
"""

from django.core.management.base import BaseCommand

from forum import tasks


class Command(BaseCommand):
    help = "Queue the daily forum digest (one task for every member who chose it)."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Send the digests here and now, not through the worker.")

    def handle(self, *args, now: bool = False, **options):
        if now:
            totals = tasks.send_digests()
            self.stdout.write(
                f"Digests sent: {totals['sent']}, failed: {totals['failed']} ({totals['batches']} batches)."
            )
            return
        if tasks.digest_waiting():
            self.stdout.write("A digest is already waiting for the worker; nothing queued.")
            return
        result = tasks.send_digest_mail.enqueue()
        self.stdout.write(f"Digest queued (task {result.id}).")
