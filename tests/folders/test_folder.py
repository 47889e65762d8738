"""Mijn map as a member uses it: keep an item from its page, see it in the folder, put it on lists in their own
order, share a list with the school, and nobody else ever sees or changes any of it."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from folders import services
from folders.models import MAX_ITEMS, FolderList, ListEntry, SavedItem
from forum.models import TrustLevel, Visibility
from tests.forum import factories as forum_factories

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _save(client, **data):
    return client.post(reverse("folders:save"), {"kind": "page", **data})


def test_a_visitor_is_asked_to_log_in_and_a_member_keeps_the_item_from_its_page(client, member, lesson):
    html = client.get(lesson.url).content.decode()
    assert "Log in om dit in Mijn map te bewaren" in html and 'action="/mijn-map/bewaren/"' not in html

    client.force_login(member)
    html = client.get(lesson.url).content.decode()
    assert "Bewaar in Mijn map" in html
    response = _save(client, id=lesson.pk, next=lesson.url)
    assert response.status_code == 302 and response["Location"] == lesson.url
    assert "Haal uit Mijn map" in client.get(lesson.url).content.decode()  # the button says what it does now

    _save(client, id=lesson.pk)  # twice: still once in the folder
    assert SavedItem.objects.filter(owner=member).count() == 1
    folder = client.get(reverse("folders:folder")).content.decode()
    assert "Praten over messen" in folder and "Een les voor de mentor." in folder

    _save(client, id=lesson.pk, action="remove")
    assert not SavedItem.objects.filter(owner=member).exists()


def test_saving_without_a_reload_answers_in_json(client, member, lesson):
    client.force_login(member)
    data = client.post(
        reverse("folders:save"), {"kind": "page", "id": lesson.pk}, HTTP_ACCEPT="application/json"
    ).json()
    assert data == {"saved": True, "message": "Bewaard in Mijn map.", "label": "Haal uit Mijn map", "action": "remove"}


def test_only_what_a_member_may_read_can_be_kept(client, member, lesson, tree):
    client.force_login(member)
    assert _save(client, id=999999).status_code == 404
    assert _save(client, id="abc").status_code == 404
    assert _save(client, id=tree["home"].pk).status_code == 404  # the home page is not a library item
    assert client.post(reverse("folders:save"), {"kind": "user", "id": member.pk}).status_code == 404
    lesson.unpublish()
    assert _save(client, id=lesson.pk).status_code == 404
    assert client.get(reverse("folders:save")).status_code == 405
    assert not SavedItem.objects.exists()


def test_a_forum_thread_is_kept_and_someone_elses_waiting_one_is_not(client, member, settings):
    settings.FORUM_RATE_LIMITS = False
    author = forum_factories.member(trust_level=TrustLevel.MEMBER, display_name="Sanne Bakker")
    category = forum_factories.category(name="Verzuim", slug="verzuim")
    shown = forum_factories.thread(category=category, author=author, title="Elke vrijdag afwezig", replies=3)
    waiting = forum_factories.thread(
        category=category, author=author, title="Nog niet goedgekeurd", state=Visibility.PENDING
    )
    client.force_login(member)
    assert "Bewaar in Mijn map" in client.get(shown.get_absolute_url()).content.decode()
    assert client.post(reverse("folders:save"), {"kind": "thread", "id": shown.pk}).status_code == 302
    assert client.post(reverse("folders:save"), {"kind": "thread", "id": waiting.pk}).status_code == 404
    folder = client.get(reverse("folders:folder") + "?kind=forum").content.decode()
    assert "Elke vrijdag afwezig" in folder and "Verzuim · 3 reacties" in folder


def test_an_item_taken_off_the_site_says_so_and_can_still_be_removed(client, member, lesson):
    client.force_login(member)
    _save(client, id=lesson.pk)
    lesson.unpublish()
    html = client.get(reverse("folders:folder")).content.decode()
    assert "Niet meer beschikbaar" in html and "Praten over messen" not in html
    item = SavedItem.objects.get(owner=member)
    assert client.post(reverse("folders:item_remove", args=[item.pk])).status_code == 302
    assert not SavedItem.objects.exists()


def test_the_folder_shows_the_english_translation_to_an_english_reader(client, member, lesson, tree, locales):
    from demo import builders

    en = locales[1]
    builders.translate_page(tree["home"], locale=en, strings={})
    builders.translate_page(tree["library"], locale=en, strings={"Bibliotheek": "Library"}, slug="library")
    builders.translate_page(lesson, locale=en, strings={"Praten over messen": "Talking about knives"})
    client.force_login(member)
    _save(client, id=lesson.pk)
    with translation.override("en"):
        url = reverse("folders:folder")
    html = client.get(url).content.decode()
    assert "Talking about knives" in html and "Praten over messen" not in html


def test_the_folder_is_full_at_its_limit(client, member, lesson, settings, monkeypatch):
    monkeypatch.setattr(services, "MAX_ITEMS", 0)
    client.force_login(member)
    response = _save(client, id=lesson.pk, next=lesson.url)
    assert response.status_code == 302
    assert "Je map is vol" in client.get(lesson.url).content.decode()
    assert MAX_ITEMS == 2000


# --- lists ---------------------------------------------------------------------------------------------------


@pytest.fixture
def saved(member, make_resource):
    items = []
    for n, title in enumerate(["Eerste les", "Tweede les", "Derde les"]):
        page = make_resource(slug=f"les-{n}", title=title)
        items.append(services.item_save(owner=member, page_id=page.pk)[0])
    return items


def _titles(html: str, titles) -> list[str]:
    return sorted(titles, key=html.index)


def test_a_list_is_made_filled_and_put_in_order(client, member, saved):
    client.force_login(member)
    response = client.post(reverse("folders:list_create"), {"name": "  Mentorles   week 12 "})
    made = FolderList.objects.get(owner=member)
    assert made.name == "Mentorles week 12"
    assert response["Location"] == reverse("folders:list", args=[made.pk])
    for item in saved:
        client.post(reverse("folders:list_add", args=[item.pk]), {"list": made.pk})
    client.post(reverse("folders:list_add", args=[saved[0].pk]), {"list": made.pk})  # again: once on the list
    assert ListEntry.objects.filter(folder_list=made).count() == 3

    titles = ["Eerste les", "Tweede les", "Derde les"]
    assert _titles(client.get(made and reverse("folders:list", args=[made.pk])).content.decode(), titles) == titles
    third = ListEntry.objects.get(folder_list=made, item=saved[2])
    client.post(reverse("folders:list_move", args=[made.pk]), {"entry": third.pk, "direction": "up"})
    client.post(reverse("folders:list_move", args=[made.pk]), {"entry": third.pk, "direction": "up"})
    client.post(reverse("folders:list_move", args=[made.pk]), {"entry": third.pk, "direction": "up"})  # at the top
    html = client.get(reverse("folders:list", args=[made.pk])).content.decode()
    assert _titles(html, titles) == ["Derde les", "Eerste les", "Tweede les"]

    first = ListEntry.objects.get(folder_list=made, item=saved[0])
    client.post(reverse("folders:list_remove", args=[made.pk]), {"entry": first.pk})
    assert SavedItem.objects.filter(pk=saved[0].pk).exists()  # off the list, still in the folder
    folder = client.get(reverse("folders:folder")).content.decode()
    assert "Op je lijst" in folder and "Mentorles week 12" in folder


def test_a_bad_list_name_is_explained_and_kept(client, member, saved):
    client.force_login(member)
    FolderList.objects.create(owner=member, name="Teamoverleg")
    response = client.post(reverse("folders:list_create"), {"name": "teamoverleg"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Je hebt al een lijst die zo heet" in html and 'value="teamoverleg"' in html
    long = "x" * 130
    html = client.post(reverse("folders:list_create"), {"name": long}).content.decode()
    assert "hoogstens 120 tekens hebben; deze heeft er 130" in html and long in html
    assert "Geef de lijst een naam." in client.post(reverse("folders:list_create"), {"name": "   "}).content.decode()
    assert FolderList.objects.filter(owner=member).count() == 1


def test_list_names_are_escaped(client, member, colleague, school):
    client.force_login(member)
    client.post(reverse("folders:list_create"), {"name": XSS})
    made = FolderList.objects.get(owner=member)
    made = services.list_share(owner=member, list_id=made.pk, school=school)
    for url in (reverse("folders:folder"), reverse("folders:list", args=[made.pk])):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "&lt;script&gt;" in html
    client.force_login(colleague)
    html = client.get(reverse("folders:shared", args=[made.share_token])).content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_rename_and_delete_a_list(client, member, saved):
    client.force_login(member)
    made = services.list_create(owner=member, name="Week 12")
    services.list_add(owner=member, list_id=made.pk, item_id=saved[0].pk)
    FolderList.objects.create(owner=member, name="Week 13")
    response = client.post(reverse("folders:list_rename", args=[made.pk]), {"name": "WEEK 13"})
    assert response.status_code == 400 and 'value="WEEK 13"' in response.content.decode()
    client.post(reverse("folders:list_rename", args=[made.pk]), {"name": "Week 12 en 14"})
    assert FolderList.objects.get(pk=made.pk).name == "Week 12 en 14"
    assert "verwijderen?" in client.get(reverse("folders:list_delete", args=[made.pk])).content.decode()
    client.post(reverse("folders:list_delete", args=[made.pk]))
    assert not FolderList.objects.filter(pk=made.pk).exists()
    assert SavedItem.objects.filter(pk=saved[0].pk).exists()


# --- sharing and privacy ---------------------------------------------------------------------------------------


def test_a_shared_list_is_read_by_colleagues_of_that_school_only(client, member, colleague, outsider, school, saved):
    made = services.list_create(owner=member, name="Mentorles week 12")
    services.list_add(owner=member, list_id=made.pk, item_id=saved[1].pk)
    client.force_login(member)
    client.post(reverse("folders:list_share", args=[made.pk]), {"school": school.pk})
    made.refresh_from_db()
    link = reverse("folders:shared", args=[made.share_token])
    assert link in client.get(reverse("folders:list", args=[made.pk])).content.decode()

    client.force_login(colleague)
    html = client.get(link).content.decode()
    assert "Tweede les" in html and "Bram Jansen" in html and "Het Dijkcollege" in html
    assert "Haal van de lijst" not in html and "Omhoog" not in html  # read only

    client.force_login(outsider)
    assert client.get(link).status_code == 404
    client.logout()
    assert client.get(link).status_code == 302  # log in first

    client.force_login(member)
    client.post(reverse("folders:list_unshare", args=[made.pk]))
    client.force_login(colleague)
    assert client.get(link).status_code == 404  # the old link stopped working


def test_a_list_cannot_be_shared_with_a_school_one_is_not_in(client, member, other_school, saved):
    made = services.list_create(owner=member, name="Week 12")
    client.force_login(member)
    assert client.post(reverse("folders:list_share", args=[made.pk]), {"school": other_school.pk}).status_code == 404
    assert not FolderList.objects.get(pk=made.pk).is_shared


def test_someone_elses_folder_items_and_lists_are_404(client, member, outsider, saved):
    made = services.list_create(owner=member, name="Week 12")
    entry_ok = services.list_add(owner=member, list_id=made.pk, item_id=saved[0].pk)
    assert entry_ok
    entry = ListEntry.objects.get(folder_list=made)
    client.force_login(outsider)
    gets = [reverse("folders:list", args=[made.pk]), reverse("folders:list_delete", args=[made.pk])]
    posts = [
        (reverse("folders:item_remove", args=[saved[0].pk]), {}),
        (reverse("folders:list_add", args=[saved[0].pk]), {"list": made.pk}),
        (reverse("folders:list_rename", args=[made.pk]), {"name": "Van mij"}),
        (reverse("folders:list_delete", args=[made.pk]), {}),
        (reverse("folders:list_move", args=[made.pk]), {"entry": entry.pk, "direction": "down"}),
        (reverse("folders:list_remove", args=[made.pk]), {"entry": entry.pk}),
        (reverse("folders:list_share", args=[made.pk]), {"school": 1}),
        (reverse("folders:list_unshare", args=[made.pk]), {}),
    ]
    for url in gets:
        assert client.get(url).status_code == 404, url
    for url, data in posts:
        assert client.post(url, data).status_code == 404, url
    own = services.list_create(owner=outsider, name="Eigen lijst")
    assert client.post(reverse("folders:list_add", args=[saved[0].pk]), {"list": own.pk}).status_code == 404
    assert "Eerste les" not in client.get(reverse("folders:folder")).content.decode()
    made.refresh_from_db()
    assert made.name == "Week 12" and ListEntry.objects.filter(folder_list=made).count() == 1


def test_a_shared_list_leaves_out_what_the_colleague_may_not_read(client, member, colleague, school, saved):
    made = services.list_create(owner=member, name="Week 12")
    for item in saved:
        services.list_add(owner=member, list_id=made.pk, item_id=item.pk)
    made = services.list_share(owner=member, list_id=made.pk, school=school)
    saved[0].page.unpublish()
    client.force_login(colleague)
    html = client.get(reverse("folders:shared", args=[made.share_token])).content.decode()
    assert "Eerste les" not in html and "Niet meer beschikbaar" not in html and "Derde les" in html


# --- queries ---------------------------------------------------------------------------------------------------


def _queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as seen:
        assert client.get(url).status_code == 200
    return len(seen.captured_queries)


def test_folder_and_list_queries_do_not_grow_with_items(client, member, make_resource, settings):
    settings.FORUM_RATE_LIMITS = False
    author = forum_factories.member(trust_level=TrustLevel.MEMBER, display_name="Sanne Bakker")
    category = forum_factories.category(name="Verzuim", slug="verzuim")
    made = services.list_create(owner=member, name="Alles")

    def add(n):
        for i in range(n):
            page = make_resource(title=f"Les {i}")
            thread = forum_factories.thread(category=category, author=author, title=f"Vraag {i}")
            for fields in ({"page_id": page.pk}, {"thread_id": thread.pk}):
                item, _ = services.item_save(owner=member, **fields)
                services.list_add(owner=member, list_id=made.pk, item_id=item.pk)

    client.force_login(member)
    add(2)
    few = (_queries(client, reverse("folders:folder")), _queries(client, reverse("folders:list", args=[made.pk])))
    add(10)
    many = (_queries(client, reverse("folders:folder")), _queries(client, reverse("folders:list", args=[made.pk])))
    assert few == many


def test_an_untranslated_item_is_shown_as_saved_and_marked_dutch(client, member, lesson, tree, locales):
    from demo import builders

    builders.translate_page(tree["home"], locale=locales[1], strings={})
    client.force_login(member)
    _save(client, id=lesson.pk)
    with translation.override("en"):
        url = reverse("folders:folder")
    html = client.get(url).content.decode()
    assert "Praten over messen" in html and "(in Dutch)" in html


def test_a_long_list_goes_over_pages_and_a_move_comes_back_where_the_item_went(client, member, make_resource):
    from folders.selectors import LIST_PER_PAGE

    made = services.list_create(owner=member, name="Alles")
    for n in range(LIST_PER_PAGE + 1):
        page = make_resource(slug=f"les-{n}", title=f"Les nummer {n}")
        item, _ = services.item_save(owner=member, page_id=page.pk)
        services.list_add(owner=member, list_id=made.pk, item_id=item.pk)
    client.force_login(member)
    url = reverse("folders:list", args=[made.pk])
    first = client.get(url).content.decode()
    assert f"{LIST_PER_PAGE + 1} items, in jouw volgorde." in first
    assert f"Les nummer {LIST_PER_PAGE - 1}<" in first and f"Les nummer {LIST_PER_PAGE}<" not in first
    second = client.get(url + "?page=2").content.decode()
    assert f"Les nummer {LIST_PER_PAGE}<" in second and "Omhoog" in second and "Omlaag" not in second

    last = ListEntry.objects.get(folder_list=made, item__page__title=f"Les nummer {LIST_PER_PAGE}")
    response = client.post(reverse("folders:list_move", args=[made.pk]), {"entry": last.pk, "direction": "up"})
    assert response["Location"] == f"{url}#item-{last.pk}"  # moved onto page 1
    assert f"Les nummer {LIST_PER_PAGE}<" in client.get(url).content.decode()
