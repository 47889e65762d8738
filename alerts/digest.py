"""Changes in the forum's daily digest (the ``forum_digest_sources`` hook): a member who chose one mail a day
gets their unread, unmailed change notices in it, under their own heading, with a fixed number of queries per
batch of members."""

from __future__ import annotations

from django.utils.translation import gettext as _

from alerts.models import ChangeNotice
from alerts.tasks import Titles, line, unmailed


class ChangeDigest:
    """One per digest run (the hook makes a new one): ``collect`` keeps the batch's titles for ``section``."""

    def __init__(self):
        self.titles: Titles | None = None

    def pending(self, now, oldest):
        return unmailed(None, now, oldest).values("user_id")

    def collect(self, user_ids, now, oldest) -> dict[int, list]:
        notices = list(unmailed(user_ids, now, oldest).select_related("change").order_by("-created_at", "-pk"))
        per_member: dict[int, list] = {}
        for notice in notices:
            per_member.setdefault(notice.user_id, []).append(notice)
        if notices:
            self.titles = Titles(n.translation_key for n in notices)
        return per_member

    def section(self, items: list[ChangeNotice]) -> dict:
        return {"title": _("Bijgewerkt in wat je bewaart"), "lines": [line(n, self.titles) for n in items]}

    def mark(self, sent, now, oldest, *, failed) -> None:
        if sent:
            unmailed(sent, now, oldest).update(mailed_at=now)
        if failed:
            unmailed(failed, now, oldest).update(mail_failed=True)
