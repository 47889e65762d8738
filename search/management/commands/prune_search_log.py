"""Delete search-log rows older than the retention period (``SEARCH_LOG_RETENTION_DAYS``, default 180 days).

Run daily (cron or a scheduled container: ``python manage.py prune_search_log``); the editors' report only
reads the last weeks, and the log is kept no longer than it is useful.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search.models import SearchQueryLog


class Command(BaseCommand):
    help = "Delete search-log rows older than SEARCH_LOG_RETENTION_DAYS (default 180)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Keep this many days instead (default: {settings.SEARCH_LOG_RETENTION_DAYS}).",
        )

    def handle(self, *args, days=None, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1.")
        deleted = SearchQueryLog.prune(days=days)
        self.stdout.write(f"Deleted {deleted} search-log rows.")
