"""'Gebruikt in de klas' (issue 10, part 3): a member marks a library item once, with an optional comment,
sector and year group; the item shows how many used it and the latest comments; members flag a comment and
enough flags hide it; editors hide and restore in the admin; the listing sorts by "meest gebruikt"; the item
page's queries stay fixed however many marks it has."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from library.models import ClassroomUse
from library.usage import mark
from tests.community.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(make_resource, themes):
    return make_resource(title="Mentorles over messen", themes=[themes["jongeren-en-wapens"]])


def _use(client, item, **data):
    return client.post(reverse("library:use", args=[item.pk]), {"action": "mark", **data})


def test_a_member_marks_an_item_once_and_colleagues_see_it(client, item):
    teacher = UserFactory()
    client.force_login(teacher)
    response = _use(client, item, comment="Werkte goed in <b>klas 2</b>", sector="vo", year_group="klas 2 havo")
    assert response.status_code == 302 and response["Location"].endswith("#gebruikt-in-de-klas")
    _use(client, item, comment="Tweede keer: nog beter", sector="vo")  # changes the comment, no second mark
    assert ClassroomUse.objects.filter(translation_key=item.translation_key).count() == 1
    client.logout()
    html = client.get(item.url).content.decode()
    assert "1 collega gebruikte dit in de klas." in html
    assert "Tweede keer: nog beter" in html and "Voortgezet onderwijs (vo)" in html
    assert "Log in om te laten weten" in html


def test_comments_are_escaped(client, item):
    mark(user=UserFactory(), page=item, comment="<script>alert(1)</script> ging prima")
    html = client.get(item.url).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; ging prima" in html


def test_bad_input_gets_a_message_and_keeps_what_was_typed(client, item):
    client.force_login(UserFactory())
    response = _use(client, item, comment="x" * 501, sector="hbo", year_group="groep 7")
    assert response.status_code == 400
    html = response.content.decode()
    assert "hoogstens 500 tekens" in html and "Kies een sector uit de lijst." in html
    assert 'value="groep 7"' in html and "x" * 501 in html
    assert not ClassroomUse.objects.exists()


def test_visitors_must_log_in_and_unknown_items_are_404(client, item):
    response = _use(client, item)
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    client.force_login(UserFactory())
    assert client.post(reverse("library:use", args=[999999]), {"action": "mark"}).status_code == 404
    assert client.get(reverse("library:use", args=[item.pk])).status_code == 405


def test_a_member_takes_their_mark_back(client, item):
    teacher = UserFactory()
    mark(user=teacher, page=item, comment="Eerst wel")
    client.force_login(teacher)
    client.post(reverse("library:use", args=[item.pk]), {"action": "unmark"})
    assert not ClassroomUse.objects.exists()


def test_three_flags_hide_a_comment_and_an_editor_restores_it(client, item):
    use, _created = mark(user=UserFactory(), page=item, comment="Dit is reclame voor mijn bedrijf")
    for _ in range(3):
        client.force_login(UserFactory())
        client.post(reverse("library:use_flag", args=[use.pk]))
    use.refresh_from_db()
    assert use.state == ClassroomUse.State.HIDDEN and use.hidden_by_flags and use.flag_count == 3
    client.logout()
    html = client.get(item.url).content.decode()
    assert "reclame voor mijn bedrijf" not in html
    assert "1 collega gebruikte dit in de klas." in html  # the use still counts
    editor = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(editor)
    listing = client.get("/admin/bibliotheek/gebruikt-in-de-klas/")
    assert listing.status_code == 200 and "reclame voor mijn bedrijf" in listing.content.decode()
    response = client.post(f"/admin/bibliotheek/gebruikt-in-de-klas/edit/{use.pk}/", {"state": "visible"})
    assert response.status_code == 302
    client.logout()
    assert "reclame voor mijn bedrijf" in client.get(item.url).content.decode()


def test_a_member_cannot_flag_their_own_comment_or_twice(client, item):
    author = UserFactory()
    use, _created = mark(user=author, page=item, comment="Mijn eigen ervaring")
    client.force_login(author)
    client.post(reverse("library:use_flag", args=[use.pk]))
    reader = UserFactory()
    client.force_login(reader)
    client.post(reverse("library:use_flag", args=[use.pk]))
    client.post(reverse("library:use_flag", args=[use.pk]))
    use.refresh_from_db()
    assert use.flag_count == 1
    assert "Je hebt deze opmerking gemeld." in client.get(item.url).content.decode()


def test_the_listing_sorts_by_most_used(client, make_resource, item):
    other = make_resource(title="Gastles wijkagent")
    make_resource(title="Niemand gebruikte dit")
    for _ in range(2):
        mark(user=UserFactory(), page=other)
    mark(user=UserFactory(), page=item)
    response = client.get("/bibliotheek/?sort=used")
    assert [r.title for r in response.context["page_obj"].object_list][:3] == [
        "Gastles wijkagent",
        "Mentorles over messen",
        "Niemand gebruikte dit",
    ]
    assert "Meest gebruikt in de klas" in response.content.decode()


def test_the_item_page_queries_stay_fixed_with_many_marks(client, item):
    reader = UserFactory()
    mark(user=reader, page=item, comment="Ik ook")
    client.force_login(reader)
    client.get(item.url)
    with CaptureQueriesContext(connection) as few:
        client.get(item.url)
    ClassroomUse.objects.bulk_create(
        [
            ClassroomUse(translation_key=item.translation_key, page=item, user=UserFactory(), comment=f"Opmerking {i}")
            for i in range(30)
        ]
    )
    with CaptureQueriesContext(connection) as many:
        response = client.get(item.url)
    assert (
        "31 collega&#x27;s gebruikten dit in de klas." in response.content.decode()
        or "31 collega's" in response.content.decode()
    )
    assert len(many.captured_queries) == len(few.captured_queries)
