"""What the site stores about one member, gathered for their data download (AVG, issue 10 part 5).

Each app describes what it keeps about a person through the ``member_data`` hook: a function that takes the
user and returns ``DataSection``s. The app that owns the data decides what belongs to the person (their posts,
their folder) and what does not (a colleague's address in an invitation, anonymous scan answers, which are
never tied to an account). ``collect`` asks every app; the JSON download and the readable file are made
from the same sections, so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext
from wagtail import hooks

HOOK = "member_data"


@dataclass
class DataSection:
    key: str  # stable, English: the JSON's key
    title: str  # in the member's language: the readable file's heading
    fields: list[tuple[str, str]]  # (key, label): the columns, in order
    rows: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""  # what the member should know about this part (in their language)

    def as_json(self) -> list[dict[str, Any]]:
        return [{key: _plain(row.get(key)) for key, _label in self.fields} for row in self.rows]

    def table(self) -> list[list[str]]:
        """The rows as text for a person: dates in words, yes and no, lists joined, nothing as a dash."""
        return [[readable(row.get(key)) for key, _label in self.fields] for row in self.rows]

    def with_full_addresses(self, build) -> DataSection:
        """The site's own addresses (a row's ``url``) made whole with ``build`` (``request.build_absolute_uri``):
        the downloaded file is read away from the site."""
        for row in self.rows:
            if isinstance(row.get("url"), str) and row["url"].startswith("/"):
                row["url"] = build(row["url"])
        return self

    @property
    def labels(self) -> list[str]:
        return [label for _key, label in self.fields]


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def readable(value) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if value is True:
        return gettext("ja")
    if value is False:
        return gettext("nee")
    if isinstance(value, datetime):
        return date_format(localtime(value), "DATETIME_FORMAT")
    if isinstance(value, date):
        return date_format(value, "DATE_FORMAT")
    if isinstance(value, list | tuple):
        return "; ".join(readable(item) for item in value)
    return str(value)


def collect(user) -> list[DataSection]:
    """Every app's sections about ``user``, in hook order."""
    sections: list[DataSection] = []
    for describe in hooks.get_hooks(HOOK):
        sections.extend(describe(user))
    return sections


ERASE_HOOK = "member_erase"


def erase(user, *, remove_content: bool) -> dict[str, int]:
    """Ask every app to let go of ``user`` before the account row is deleted: each removes or unlinks what it
    keeps (``remove_content``: the member asked that what they wrote goes too, not only their name) and
    returns counts for the deletion log, never names or text."""
    counts: dict[str, int] = {}
    for forget in hooks.get_hooks(ERASE_HOOK):
        for key, value in (forget(user, remove_content=remove_content) or {}).items():
            counts[key] = counts.get(key, 0) + int(value)
    return counts
