"""A fresh index through the real Wagtail admin views: changed keywords and themes are found at once.

Wagtail 8 enqueues index updates through django-tasks from ``post_save``. The stock immediate backend runs
them right there, before ``ClusterableModel.save()`` writes the page's tags and theme links, so the index
keeps the old ones. ``core.tasks_backend.OnCommitImmediateBackend`` (decision 0003) runs them after the
commit instead.

These are ordinary (rolled-back) database tests: the admin POST is wrapped in
``django_capture_on_commit_callbacks(execute=True)``, which runs the on-commit callbacks the way a real
commit would, once the view has returned. A transactional test would commit for real, but it flushes the
database afterwards and so wipes the migration data (root page, groups) the other tests reuse.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from library.models import ResourcePage

STOCK_IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def _login(client, email, group):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email=email, password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user


def _edit_form(page, *, tags, new_theme):
    """The edit form as the admin posts it: the old theme row deleted, a new one added, new keywords."""
    old_links = list(page.theme_links.all())
    rows = [{"id": link.pk, "theme": link.theme_id, "DELETE": "1"} for link in old_links]
    rows.append({"theme": new_theme.pk})
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "resource_type": page.resource_type,
            "summary": page.summary,
            "body": streamfield([]),
            "dimension": page.dimension,
            "evidence": page.evidence,
            "tags": tags,
            "theme_links": inline_formset(rows, initial=len(old_links)),
            "audience_links": inline_formset([]),
            "attachments": inline_formset([]),
        }
    )


def _titles(client, query):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    return [r["page"].title for r in response.context["outcome"].results]


@pytest.fixture
def published(make_resource, themes, django_capture_on_commit_callbacks):
    """A live resource with the keyword "oudwoord" and the theme "Jongeren en wapens", indexed."""
    with django_capture_on_commit_callbacks(execute=True):
        page = make_resource(
            title="Muziekles",
            summary="Een les over muziek in de klas.",
            tags=["oudwoord"],
            themes=[themes["jongeren-en-wapens"]],
        )
    return ResourcePage.objects.get(pk=page.pk)


def test_before_the_edit_the_old_keyword_and_theme_are_found(client, published):
    assert _titles(client, "oudwoord") == ["Muziekles"]
    assert _titles(client, "wapens") == ["Muziekles"]
    assert _titles(client, "nieuwwoord") == []


def test_publishing_changed_keywords_and_theme_in_the_admin_updates_the_index_at_once(
    client, published, themes, django_capture_on_commit_callbacks
):
    _login(client, "moderator@example.org", "Moderators")
    data = _edit_form(published, tags="nieuwwoord", new_theme=themes["welbevinden"])
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(f"/admin/pages/{published.pk}/edit/", {**data, "action-publish": "Publish"})
    assert response.status_code == 302, response.content[:2000]
    assert callbacks, "the index update should wait for the commit"

    page = ResourcePage.objects.get(pk=published.pk)
    assert list(page.tags.names()) == ["nieuwwoord"]
    assert [t.slug for t in page.themes] == ["welbevinden"]
    assert _titles(client, "nieuwwoord") == ["Muziekles"]
    assert _titles(client, "oudwoord") == []
    assert _titles(client, "welbevinden") == ["Muziekles"]
    assert _titles(client, "wapens") == []


def test_through_the_moderation_workflow_the_live_words_count_until_approval(
    client, published, themes, django_capture_on_commit_callbacks
):
    """An editor submits the change; until a moderator approves it, search keeps answering with the live page."""
    _login(client, "redacteur@example.org", "Editors")
    data = _edit_form(published, tags="nieuwwoord", new_theme=themes["welbevinden"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{published.pk}/edit/", {**data, "action-submit": "Submit"})
    assert response.status_code == 302, response.content[:2000]
    assert _titles(client, "oudwoord") == ["Muziekles"]
    assert _titles(client, "nieuwwoord") == []

    client.logout()
    _login(client, "moderator@example.org", "Moderators")
    page = ResourcePage.objects.get(pk=published.pk)
    # The moderator approves from the edit view, which posts the draft as it stands (the revision's content).
    draft = page.get_latest_revision_as_object()
    # The draft's theme row is not a saved row yet: post it as it is in the revision.
    approve = nested_form_data(
        {
            "title": draft.title,
            "slug": draft.slug,
            "resource_type": draft.resource_type,
            "summary": draft.summary,
            "body": streamfield([]),
            "dimension": draft.dimension,
            "evidence": draft.evidence,
            "tags": "nieuwwoord",
            "theme_links": inline_formset([{"theme": themes["welbevinden"].pk}]),
            "audience_links": inline_formset([]),
            "attachments": inline_formset([]),
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{page.pk}/edit/",
            {**approve, "action-workflow-action": "true", "workflow-action-name": "approve"},
        )
    assert response.status_code == 302, response.content[:2000]
    page = ResourcePage.objects.get(pk=published.pk)
    assert list(page.tags.names()) == ["nieuwwoord"]
    assert _titles(client, "nieuwwoord") == ["Muziekles"]
    assert _titles(client, "oudwoord") == []
    assert _titles(client, "wapens") == []


def test_with_the_stock_immediate_backend_the_index_goes_stale(
    client, published, themes, django_capture_on_commit_callbacks
):
    """Why ``core.tasks_backend`` exists: the same admin edit, indexed inside ``post_save``, keeps the old words.

    If this test starts failing, Wagtail or django-tasks changed how pages are indexed: the on-commit
    backend may no longer be needed (decision 0003).
    """
    _login(client, "moderator@example.org", "Moderators")
    data = _edit_form(published, tags="nieuwwoord", new_theme=themes["welbevinden"])
    with override_settings(TASKS=STOCK_IMMEDIATE):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/admin/pages/{published.pk}/edit/", {**data, "action-publish": "Publish"})
    assert response.status_code == 302, response.content[:2000]

    page = ResourcePage.objects.get(pk=published.pk)
    assert list(page.tags.names()) == ["nieuwwoord"]  # saved in the database ...
    assert _titles(client, "nieuwwoord") == []  # ... but not in the index,
    assert _titles(client, "oudwoord") == ["Muziekles"]  # which still has the old keyword
    assert _titles(client, "wapens") == ["Muziekles"]  # and the old theme.
