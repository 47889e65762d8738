"""Editors publish through the moderation workflow, with preview and scheduling."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from library.models import ResourcePage


def _login(client, email, group):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email=email, password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user


def _form(page, **extra):
    data = {
        "title": page.title,
        "slug": page.slug,
        "resource_type": page.resource_type,
        "summary": "Aangepaste samenvatting.",
        "body": streamfield([]),
        "dimension": page.dimension,
        "evidence": page.evidence,
        "theme_links": inline_formset(
            [{"id": link.pk, "theme": link.theme_id} for link in page.theme_links.all()],
            initial=page.theme_links.count(),
        ),
        "audience_links": inline_formset([]),
        "attachments": inline_formset([]),
    }
    data.update(extra)
    return nested_form_data(data)


@pytest.mark.django_db
def test_editor_submits_and_moderator_approves(client, make_resource):
    page = make_resource(title="Les over drill", live=False)
    _login(client, "editor@example.org", "Editors")
    response = client.post(f"/admin/pages/{page.pk}/edit/", {**_form(page), "action-submit": "Submit"})
    assert response.status_code == 302
    page = ResourcePage.objects.get(pk=page.pk)
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"

    # The editor cannot publish it alone; a moderator approves it from the edit view.
    client.logout()
    _login(client, "moderator@example.org", "Moderators")
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**_form(page), "action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    assert response.status_code == 302
    page = ResourcePage.objects.get(pk=page.pk)
    assert page.live
    assert page.summary == "Aangepaste samenvatting."


@pytest.mark.django_db
def test_scheduled_publication_waits_for_its_date(client, make_resource):
    from django.contrib.auth import get_user_model

    page = make_resource(title="Later zichtbaar", live=False)
    admin = get_user_model().objects.create_superuser(email="admin@example.org", password="x" * 12)
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")
    go_live = (timezone.now() + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", {**_form(page, go_live_at=go_live), "action-publish": "Publish"}
    )
    assert response.status_code == 302
    page = ResourcePage.objects.get(pk=page.pk)
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None
    assert client.get("/bibliotheek/").context["page_obj"].paginator.count == 0
