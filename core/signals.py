"""Bumps the content generation (core.caching) whenever what visitors can see changes: pages published,
unpublished, moved or deleted, view restrictions, the themes and audiences pages are tagged with, and the
sites (host names)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.caching import bump
from core.models import Audience, Theme


def _content_changed(sender=None, **kwargs):
    bump()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump()


def connect():
    page_published.connect(_content_changed, dispatch_uid="core-generation-published")
    page_unpublished.connect(_content_changed, dispatch_uid="core-generation-unpublished")
    post_page_move.connect(_content_changed, dispatch_uid="core-generation-moved")
    post_delete.connect(_page_deleted, dispatch_uid="core-generation-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            _content_changed, sender=PageViewRestriction, dispatch_uid=f"core-generation-restriction-{signal}"
        )
        # Themes and audiences are snippets shown on many pages (filters, cards, menus of facets); sites decide
        # which home page and menu a host name gets (core_tags._site_key).
        for model in (Theme, Audience, Site):
            signal.connect(_content_changed, sender=model, dispatch_uid=f"core-generation-{model.__name__}-{signal}")
