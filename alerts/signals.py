"""A library item published with a new change note becomes a ``ChangeNote`` (library does not know about this:
alerts listens to Wagtail's ``page_published``)."""

from __future__ import annotations

from wagtail.signals import page_published


def _published(sender, instance, revision=None, **kwargs):
    from alerts import services

    services.change_published(page=instance, revision=revision)


def connect():
    from library.models import ResourcePage

    page_published.connect(_published, sender=ResourcePage, dispatch_uid="alerts-change-published")
