"""The self-scan as a school team walks through it: open a round, answer anonymously, see results, plan, export."""

import hashlib
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac

from scan import services
from scan.models import Action, Answer, Respondent, Round, ScanVersion, hash_key
from tests.scan.conftest import item_key

SIGNALEN, CIJFERS, HANDELEN = item_key("signalen"), item_key("cijfers"), item_key("handelen")


def open_round(school, scan_page, user, **kwargs):
    return services.round_open(school=school, scan=scan_page, parts=kwargs.pop("parts", []), opened_by=user, **kwargs)


def answer_url(round_, number):
    return reverse("scan:answer", kwargs={"round_id": round_.pk, "number": number})


def personal_key(client, round_) -> str:
    """The key in the personal resume link the answer page shows (no URL of the answering carries it)."""
    page = client.get(answer_url(round_, 1)).content.decode()
    return re.search(r"/scan/verder/([A-Za-z0-9_-]+)/", page).group(1)


def join(client, round_, role=""):
    response = client.post(reverse("scan:join", kwargs={"token": round_.token}), {"role": role})
    assert response.status_code == 302 and response["Location"] == answer_url(round_, 1)
    return response


def respond(client, round_, values, role=""):
    """One colleague answers through the real pages; returns their personal key."""
    join(client, round_, role)
    key = personal_key(client, round_)
    for number, part in enumerate(round_.parts, start=1):
        data = {k: v for k, v in values.items() if k in _part_items(round_, part)}
        response = client.post(answer_url(round_, number), {**data, "go": "next", "confirm_skip": "1"})
        assert response.status_code == 302, response.content.decode()[:500]
    return key


def _part_items(round_, part):
    return [k for k, meta in round_.version.definition["items"].items() if meta["part"] == part]


def fresh_client():
    from django.test import Client

    return Client()


def answer_round(round_, rows):
    for values in rows:
        respond(fresh_client(), round_, values)


# --- opening a round --------------------------------------------------------------------------------------


def test_coordinator_opens_a_round_through_the_page(client, scan_page, school, coordinator):
    client.force_login(coordinator)
    url = reverse("scan:round_new", kwargs={"school_id": school.pk, "scan_id": scan_page.pk})
    part_key = scan_page.parts[1].id
    response = client.post(url, {"parts": [part_key], "label": "Najaar"})
    round_ = Round.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("scan:round", kwargs={"round_id": round_.pk})
    assert round_.parts == [part_key] and round_.label == "Najaar"
    page = client.get(response["Location"]).content.decode()
    assert round_.token in page and round_.display_code in page


def test_a_member_cannot_open_a_round(client, scan_page, school, member):
    client.force_login(member)
    url = reverse("scan:round_new", kwargs={"school_id": school.pk, "scan_id": scan_page.pk})
    assert client.get(url).status_code == 404
    assert client.post(url, {}).status_code == 404
    assert not Round.objects.exists()


def test_a_closing_date_in_the_past_is_refused_and_the_form_kept(client, scan_page, school, coordinator):
    client.force_login(coordinator)
    url = reverse("scan:round_new", kwargs={"school_id": school.pk, "scan_id": scan_page.pk})
    response = client.post(url, {"label": "Mijn ronde", "closes_on": "2001-01-01"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "De sluitdatum ligt in het verleden" in content and 'value="Mijn ronde"' in content
    assert not Round.objects.exists()


def test_an_unchanged_scan_reuses_its_version_and_an_edit_makes_a_new_one(scan_page, school, coordinator):
    first = open_round(school, scan_page, coordinator)
    second = open_round(school, scan_page, coordinator)
    assert first.version_id == second.version_id
    page = scan_page.get_latest_revision_as_object()
    page.parts[0].value["items"][0]["statement"] = "Wij herkennen signalen van ronselen en uitbuiting."
    page.save_revision().publish()
    third = open_round(school, scan_page.__class__.objects.get(pk=scan_page.pk), coordinator)
    assert third.version.number == 2 and ScanVersion.objects.count() == 2
    old = first.version.definition["items"][SIGNALEN]["fingerprint"]
    assert third.version.definition["items"][SIGNALEN]["fingerprint"] != old
    assert (
        third.version.definition["items"][CIJFERS]["fingerprint"]
        == first.version.definition["items"][CIJFERS]["fingerprint"]
    )


# --- answering ----------------------------------------------------------------------------------------------


def test_a_colleague_answers_stops_and_resumes_in_the_same_browser(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    join_url = reverse("scan:join", kwargs={"token": round_.token})
    join(client, round_, "mentor")
    key = personal_key(client, round_)
    response = client.post(answer_url(round_, 1), {SIGNALEN: "2", CIJFERS: "unknown", "go": "stop"})
    assert response["Location"] == reverse("scan:paused", kwargs={"round_id": round_.pk})
    page = client.get(response["Location"]).content.decode()
    assert f"/scan/verder/{key}/" in page  # the personal resume link is shown
    carry_on = reverse("scan:continue", kwargs={"round_id": round_.pk})
    assert f'href="{carry_on}"' in page  # "carry on now" needs no key in its URL

    page = client.get(join_url).content.decode()
    assert "Verder met mijn antwoorden" in page and f'href="{carry_on}"' in page and key not in page
    client.post(join_url, {"role": ""})  # "start" again in the same browser: no second respondent
    assert Respondent.objects.count() == 1

    assert client.get(carry_on)["Location"] == answer_url(round_, 2)  # the first part with open questions
    response = client.get(reverse("scan:resume", kwargs={"key": key}))
    assert response["Location"] == answer_url(round_, 2)
    response = client.post(answer_url(round_, 2), {HANDELEN: "3", "go": "next"})
    assert response["Location"] == reverse("scan:done", kwargs={"round_id": round_.pk})
    respondent = Respondent.objects.get()
    assert respondent.completed_at is not None and respondent.role == "mentor"
    assert dict(Answer.objects.values_list("item_key", "value")) == {SIGNALEN: 2, CIJFERS: None, HANDELEN: 3}


def test_the_resume_link_works_in_another_browser(scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    key = respond(fresh_client(), round_, {SIGNALEN: "1", CIJFERS: "2", HANDELEN: "4"})
    other = fresh_client()
    assert other.get(answer_url(round_, 1)).status_code == 404  # no cookie yet: the URL alone shows nothing
    response = other.get(reverse("scan:resume", kwargs={"key": key}))
    assert response.status_code == 302 and response["Location"] == reverse("scan:done", kwargs={"round_id": round_.pk})
    assert key not in response["Location"]
    page = other.get(answer_url(round_, 1)).content.decode()
    assert re.search(rf'name="{SIGNALEN}" value="1"[^>]*checked', page)


def test_changing_an_answer_replaces_it(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    respond(client, round_, {SIGNALEN: "1", CIJFERS: "2", HANDELEN: "4"})
    url = answer_url(round_, 1)
    client.post(url, {SIGNALEN: "4", CIJFERS: "2", "go": "next"})
    client.post(url, {SIGNALEN: "4", CIJFERS: "2", "go": "next"})  # a double submission counts once
    assert Answer.objects.filter(item_key=SIGNALEN).count() == 1
    assert Answer.objects.get(item_key=SIGNALEN).value == 4


@pytest.mark.parametrize(
    "tampered",
    [
        {SIGNALEN: "9"},
        {SIGNALEN: "0"},
        {SIGNALEN: "-1"},
        {SIGNALEN: "2.5"},
        {SIGNALEN: "<script>"},
        {SIGNALEN: "2\x00"},
        {HANDELEN: "unknown"},  # 'weet ik niet' is not allowed on this item
    ],
)
def test_tampered_answers_get_a_message_and_change_nothing(client, scan_page, school, coordinator, tampered):
    round_ = open_round(school, scan_page, coordinator)
    respond(client, round_, {SIGNALEN: "1", CIJFERS: "2", HANDELEN: "4"})
    number = 2 if HANDELEN in tampered else 1
    response = client.post(answer_url(round_, number), {**tampered, "go": "next"})
    assert response.status_code == 200
    assert "Kies een van de niveaus" in response.content.decode()
    assert dict(Answer.objects.values_list("item_key", "value")) == {SIGNALEN: 1, CIJFERS: 2, HANDELEN: 4}


def test_an_answer_to_an_item_outside_the_part_is_ignored(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator, parts=[scan_page.parts[0].id])
    respond(client, round_, {SIGNALEN: "1", CIJFERS: "2"})
    client.post(answer_url(round_, 1), {HANDELEN: "1", "stranger": "3", "go": "next"})
    assert set(Answer.objects.values_list("item_key", flat=True)) == {SIGNALEN, CIJFERS}
    assert client.get(answer_url(round_, 2)).status_code == 404


def test_leaving_questions_open_asks_once_then_lets_you_go_on(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    join(client, round_)
    url = answer_url(round_, 1)
    response = client.post(url, {SIGNALEN: "3", "go": "next"})
    assert response.status_code == 200 and "Nog niet beantwoord" in response.content.decode()
    assert Answer.objects.get().value == 3  # what was given is saved all the same
    response = client.post(url, {SIGNALEN: "3", "go": "next", "confirm_skip": "1"})
    assert response["Location"] == answer_url(round_, 2)


def test_a_closed_round_takes_no_answers(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    respond(client, round_, {SIGNALEN: "1", CIJFERS: "2", HANDELEN: "4"})
    services.round_close(round_=round_, user=coordinator)
    response = client.post(answer_url(round_, 1), {SIGNALEN: "4", "go": "next"})
    assert response.status_code == 410 and "gesloten" in response.content.decode()
    assert Answer.objects.get(item_key=SIGNALEN).value == 1
    assert fresh_client().get(reverse("scan:join", kwargs={"token": round_.token})).status_code == 410
    assert fresh_client().post(reverse("scan:join", kwargs={"token": round_.token}), {}).status_code == 410
    assert Respondent.objects.count() == 1


def test_a_passed_closing_date_closes_the_round(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    Round.objects.filter(pk=round_.pk).update(closes_on=timezone.localdate() - timezone.timedelta(days=1))
    assert client.get(reverse("scan:join", kwargs={"token": round_.token})).status_code == 410


@pytest.mark.parametrize("token", ["nope", "x" * 40, "a%00b" * 5, "../../etc"])
def test_unknown_links_and_keys_answer_a_calm_404(client, db, token):
    assert client.get(f"/scan/doe-mee/{token}/").status_code == 404
    assert client.get(f"/scan/antwoord/{token}/deel/1/").status_code == 404
    assert client.get(f"/scan/verder/{token}/").status_code == 404
    assert client.get(f"/scan/antwoord/{token}/pauze/").status_code == 404


def test_answer_pages_without_this_browsers_cookie_are_not_found(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    key = respond(fresh_client(), round_, {SIGNALEN: "1"})
    for name in ("continue", "paused", "done"):
        assert client.get(reverse(f"scan:{name}", kwargs={"round_id": round_.pk})).status_code == 404
    assert client.get(answer_url(round_, 1)).status_code == 404
    client.cookies[f"wijscan_{round_.pk}"] = key  # the raw key, unsigned: refused
    assert client.get(answer_url(round_, 1)).status_code == 404
    client.get(reverse("scan:resume", kwargs={"key": key}))
    other = open_round(school, scan_page, coordinator)  # the cookie is this round's, not another's
    client.cookies[f"wijscan_{other.pk}"] = client.cookies[f"wijscan_{round_.pk}"].value
    assert client.get(answer_url(other, 1)).status_code == 404
    assert client.get(answer_url(round_, 1)).status_code == 200


def test_no_url_of_the_answering_carries_the_key(client, scan_page, school, coordinator):
    """Join, every part, stop, carry on, done: the key is in no address and no redirect (only in the resume link)."""
    round_ = open_round(school, scan_page, coordinator)
    seen = [join(client, round_)["Location"]]
    key = personal_key(client, round_)
    respondent = Respondent.objects.get()
    seen.append(client.post(answer_url(round_, 1), {SIGNALEN: "2", CIJFERS: "1", "go": "stop"})["Location"])
    seen.append(reverse("scan:continue", kwargs={"round_id": round_.pk}))
    seen.append(client.get(seen[-1])["Location"])
    seen.append(client.post(seen[-1], {HANDELEN: "3", "go": "next"})["Location"])
    page = client.get(seen[-1])
    assert page.status_code == 200 and "Bedankt voor je antwoorden" in page.content.decode()
    assert seen[-1] == reverse("scan:done", kwargs={"round_id": round_.pk})
    for url in seen:
        assert key not in url and respondent.key_hash not in url, url


def test_the_cookie_is_signed_http_only_and_same_site(client, scan_page, school, coordinator, settings):
    round_ = open_round(school, scan_page, coordinator)
    response = join(client, round_)
    cookie = response.cookies[f"wijscan_{round_.pk}"]
    key = personal_key(client, round_)
    assert cookie.value != key and cookie.value.startswith(f"{key}:")  # the key and its signature
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and not cookie["secure"]
    settings.SESSION_COOKIE_SECURE = True  # as in production
    response = fresh_client().get(reverse("scan:resume", kwargs={"key": key}))
    assert response.cookies[f"wijscan_{round_.pk}"]["secure"]


def test_an_old_answer_address_with_the_key_is_handled_as_the_resume_link(scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    key = respond(fresh_client(), round_, {SIGNALEN: "1"})
    other = fresh_client()
    response = other.get(f"/scan/antwoord/{key}/deel/1/")
    assert response.status_code == 302 and response["Location"] == answer_url(round_, 1)
    assert other.get(response["Location"]).status_code == 200


def test_joining_by_code_forgives_case_spaces_and_dashes(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    typed = f" {round_.code[:4].lower()} - {round_.code[4:]} "
    response = client.get(reverse("scan:code"), {"code": typed})
    assert response["Location"] == reverse("scan:join", kwargs={"token": round_.token})
    response = client.get(reverse("scan:code"), {"code": "ZZZZ-0000"})
    assert response.status_code == 200 and "Deze code kennen we niet" in response.content.decode()
    assert 'value="ZZZZ-0000"' in response.content.decode()


def test_nothing_about_a_respondent_is_stored_but_a_hash_and_a_role(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    key = respond(client, round_, {SIGNALEN: "1", CIJFERS: "2", HANDELEN: "4"}, role="docent")
    respondent = Respondent.objects.get()
    assert respondent.key_hash != key and len(respondent.key_hash) == 64
    assert respondent.key_hash != hashlib.sha256(key.encode()).hexdigest()  # an HMAC with a server-side secret
    assert respondent.key_hash == salted_hmac("scan.respondent-key", key, algorithm="sha256").hexdigest()


def test_the_stored_hash_depends_on_the_server_secret(client, scan_page, school, coordinator, settings):
    round_ = open_round(school, scan_page, coordinator)
    key = respond(client, round_, {SIGNALEN: "1"})
    with_secret_key = Respondent.objects.get().key_hash
    settings.SCAN_KEY_SECRET = "a-dedicated-secret-for-respondent-keys"
    assert hash_key(key) != with_secret_key
    # set later: the old HMAC (made with SECRET_KEY) still resolves, and the row takes the new one
    assert services.respondent_resolve(raw_key=key) is not None
    assert Respondent.objects.get().key_hash == hash_key(key)


def test_a_rotated_secret_key_in_the_fallbacks_keeps_the_link_working(client, scan_page, school, coordinator, settings):
    round_ = open_round(school, scan_page, coordinator)
    key = respond(client, round_, {SIGNALEN: "1"})
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-after-rotation"
    assert Respondent.objects.get().key_hash != hash_key(key)
    response = fresh_client().get(reverse("scan:resume", kwargs={"key": key}))
    assert response.status_code == 302
    assert Respondent.objects.get().key_hash == hash_key(key)


def test_a_respondent_stored_with_a_bare_sha256_still_resolves_and_is_upgraded(scan_page, school, coordinator):
    """Rows from before the HMAC (open and demo rounds) keep working; their key's next use rewrites the hash."""
    round_ = open_round(school, scan_page, coordinator)
    key = "an-old-personal-key-0123456789"
    Respondent.objects.create(round=round_, key_hash=hashlib.sha256(key.encode()).hexdigest())
    other = fresh_client()
    response = other.get(reverse("scan:resume", kwargs={"key": key}))
    assert response.status_code == 302 and response["Location"] == answer_url(round_, 1)
    assert Respondent.objects.get().key_hash == hash_key(key)
    assert other.get(answer_url(round_, 1)).status_code == 200
    fields = {f.name for f in Respondent._meta.get_fields()}
    assert not fields & {"user", "email", "ip", "ip_address", "name", "user_agent"}


# --- results ------------------------------------------------------------------------------------------------


def close(client, round_):
    response = client.post(reverse("scan:round_close", kwargs={"round_id": round_.pk}))
    assert response.status_code == 302


def test_results_wait_for_the_close_and_three_colleagues(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    results = reverse("scan:results", kwargs={"round_id": round_.pk})
    answer_round(round_, [{SIGNALEN: "1", CIJFERS: "2", HANDELEN: "4"}, {SIGNALEN: "2", CIJFERS: "2", HANDELEN: "3"}])
    client.force_login(coordinator)
    close(client, round_)
    page = client.get(results).content.decode()
    assert "Nog te weinig antwoorden" in page and "Gemiddelde per deel" not in page
    # closed too early: without results it may open again for a late colleague
    client.post(reverse("scan:round_reopen", kwargs={"round_id": round_.pk}))
    answer_round(Round.objects.get(pk=round_.pk), [{SIGNALEN: "4", CIJFERS: "1", HANDELEN: "3"}])
    page = client.get(results).content.decode()
    assert "De ronde is nog open" in page and "Gemiddelde per deel" not in page and "2,3" not in page
    close(client, round_)
    page = client.get(results).content.decode()
    assert "3 collega&#x27;s hebben geantwoord" in page or "3 collega's hebben geantwoord" in page
    assert "Gemiddelde per deel" in page and "<svg" in page
    assert "2,3" in page  # the mean of 1, 2 and 4 on the first item, in Dutch notation
    assert "Basistraining" in page and "Waarom" in page  # the recommendation says why


def test_a_round_with_results_does_not_open_again(client, answered_round, coordinator):
    client.force_login(coordinator)
    response = client.post(reverse("scan:round_reopen", kwargs={"round_id": answered_round.pk}), follow=True)
    assert "kan niet opnieuw open" in response.content.decode()
    assert not Round.objects.get(pk=answered_round.pk).is_open


def test_small_roles_are_never_shown(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    for n, role in enumerate(["docent"] * 6 + ["mentor"] * 5 + ["leiding"] * 2):
        respond(fresh_client(), round_, {SIGNALEN: str(1 + n % 4), CIJFERS: "2", HANDELEN: "3"}, role=role)
    client.force_login(coordinator)
    close(client, round_)
    page = client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).content.decode()
    roles = page[page.index('id="roles-title"') :]
    head = roles[: roles.index("</thead>")]
    # the two leidinggevenden are too few; showing the mentoren too would reveal them by subtraction
    assert ">Docent</th>" in head and "Mentor" not in head and "Leiding" not in head


def test_a_role_that_is_withheld_everywhere_is_not_even_named(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    for n, role in enumerate(["docent"] * 6 + ["leiding"] * 2):
        respond(fresh_client(), round_, {SIGNALEN: str(1 + n % 4), CIJFERS: "2", HANDELEN: "3"}, role=role)
    client.force_login(coordinator)
    close(client, round_)
    page = client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).content.decode()
    # docenten (6) would reveal the two leidinggevenden by subtraction: both withheld, so no role table at all
    assert 'id="roles-title"' not in page and "Leiding" not in page


def test_a_rescan_shows_the_change_and_a_changed_item(client, scan_page, school, coordinator):
    first = open_round(school, scan_page, coordinator)
    answer_round(first, [{SIGNALEN: "1", CIJFERS: "1", HANDELEN: "2"}] * 3)
    services.round_close(round_=first, user=coordinator)
    page = scan_page.get_latest_revision_as_object()
    page.parts[0].value["items"][1]["statement"] = "Wij kennen en bespreken de cijfers over veiligheid."
    page.save_revision().publish()
    Round.objects.filter(pk=first.pk).update(opened_at=timezone.now() - timezone.timedelta(days=90))
    second = open_round(school, scan_page.__class__.objects.get(pk=scan_page.pk), coordinator)
    answer_round(second, [{SIGNALEN: "3", CIJFERS: "3", HANDELEN: "4"}] * 3)
    client.force_login(coordinator)
    close(client, second)
    content = client.get(reverse("scan:results", kwargs={"round_id": second.pk})).content.decode()
    assert "Sinds vorige ronde" in content
    assert "+2,0" in content  # signalen went from 1 to 3
    assert "gewijzigd sinds je vorige scan" in content  # the reworded item gets no delta


# --- the plan van aanpak and its exports --------------------------------------------------------------------


@pytest.fixture
def answered_round(scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    answer_round(
        round_, [{SIGNALEN: "1", CIJFERS: "2", HANDELEN: "4"}, {SIGNALEN: "2", CIJFERS: "1", HANDELEN: "3"}] * 2
    )
    return services.round_close(round_=round_, user=coordinator)


def test_an_action_from_a_recommendation(client, answered_round, member):
    client.force_login(member)
    url = reverse("scan:plan", kwargs={"round_id": answered_round.pk})
    page = client.get(url).content.decode()
    suggestion = re.search(r"\?suggestion=(resource:[0-9a-f-]+)", page).group(1)
    form = client.get(url, {"suggestion": suggestion}).content.decode()
    assert 'value="Basistraining"' in form  # the title is filled in from the recommendation
    resource_id = re.search(r'<option value="(\d+)" selected>Basistraining', form).group(1)
    response = client.post(
        url,
        {
            "title": "Alle mentoren volgen de basistraining",
            "item_keys": [SIGNALEN, CIJFERS],
            "resource": resource_id,
            "owner": "zorgcoördinator",
            "start_date": "2027-01-10",
            "due_date": "2027-03-01",
            "success_criterion": "Volgende scan 3 of hoger",
            "status": "planned",
        },
    )
    assert response.status_code == 302
    action = Action.objects.get()
    assert action.resource_id == int(resource_id) and action.item_keys == [SIGNALEN, CIJFERS]
    assert action.school_id == answered_round.school_id


def test_bad_dates_keep_what_was_typed(client, answered_round, coordinator):
    client.force_login(coordinator)
    url = reverse("scan:plan", kwargs={"round_id": answered_round.pk})
    response = client.post(
        url,
        {
            "title": "Casusoverleg",
            "owner": "teamleider",
            "start_date": "2027-05-01",
            "due_date": "2027-01-01",
            "status": "planned",
        },
    )
    content = response.content.decode()
    assert response.status_code == 200 and "De einddatum ligt voor de startdatum" in content
    assert 'value="Casusoverleg"' in content and 'value="teamleider"' in content
    response = client.post(url, {"title": "", "owner": "", "status": "nonsense", "start_date": "morgen"})
    assert response.status_code == 200 and not Action.objects.exists()


def test_a_coach_sees_but_does_not_change_the_plan(client, answered_round, coach):
    Action.objects.create(school=answered_round.school, scan_key=answered_round.scan_key, title="Bestaand", owner="x")
    client.force_login(coach)
    url = reverse("scan:plan", kwargs={"round_id": answered_round.pk})
    page = client.get(url).content.decode()
    assert "Bestaand" in page and 'id="action-form"' not in page
    assert client.post(url, {"title": "Nieuw", "owner": "y", "status": "planned"}).status_code == 403
    assert client.get(reverse("scan:results", kwargs={"round_id": answered_round.pk})).status_code == 200
    assert Action.objects.count() == 1


def test_the_plan_exports_as_pdf_and_a_formula_safe_spreadsheet(client, answered_round, coordinator):
    from openpyxl import load_workbook

    Action.objects.create(
        school=answered_round.school, scan_key=answered_round.scan_key, title='=HYPERLINK("x")', owner="@team"
    )
    client.force_login(coordinator)
    pdf = client.get(reverse("scan:plan_pdf", kwargs={"round_id": answered_round.pk}))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert "attachment" in pdf["Content-Disposition"]
    xlsx = client.get(reverse("scan:plan_xlsx", kwargs={"round_id": answered_round.pk}))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet["A2"].value == '\'=HYPERLINK("x")' and sheet["G2"].value == "'@team"
    printed = client.get(reverse("scan:plan_print", kwargs={"round_id": answered_round.pk})).content.decode()
    assert "=HYPERLINK" in printed and "Acties" in printed


def test_deleting_a_round_deletes_its_answers_but_keeps_the_plan(client, answered_round, coordinator):
    Action.objects.create(
        school=answered_round.school, scan_key=answered_round.scan_key, round=answered_round, title="Blijft", owner="x"
    )
    client.force_login(coordinator)
    response = client.post(reverse("scan:round_delete", kwargs={"round_id": answered_round.pk}))
    assert response.status_code == 302
    assert not Round.objects.exists() and not Respondent.objects.exists() and not Answer.objects.exists()
    assert Action.objects.get().round is None


# --- privacy ---------------------------------------------------------------------------------------------------


def _round_urls(round_, action):
    names = [
        "round",
        "results",
        "plan",
        "plan_print",
        "plan_pdf",
        "plan_xlsx",
        "round_close",
        "round_reopen",
        "round_delete",
    ]
    urls = [reverse(f"scan:{name}", kwargs={"round_id": round_.pk}) for name in names]
    urls += [
        reverse("scan:action_edit", kwargs={"round_id": round_.pk, "action_id": action.pk}),
        reverse("scan:action_delete", kwargs={"round_id": round_.pk, "action_id": action.pk}),
        reverse("scan:team", kwargs={"school_id": round_.school_id}),
    ]
    return urls + ["/en" + url for url in urls]


def test_another_school_gets_404_on_every_url_of_a_round(client, answered_round, other_coordinator, outsider):
    action = Action.objects.create(
        school=answered_round.school, scan_key=answered_round.scan_key, title="Geheim", owner="x"
    )
    for user in (other_coordinator, outsider):
        client.force_login(user)
        for url in _round_urls(answered_round, action):
            assert client.get(url).status_code in (404, 405), url
            assert client.post(url, {"title": "x", "owner": "y", "status": "planned"}).status_code == 404, url
    assert Round.objects.get().closed_at == answered_round.closed_at and Action.objects.get().title == "Geheim"


def test_anonymous_visitors_are_sent_to_log_in(client, answered_round):
    response = client.get(reverse("scan:results", kwargs={"round_id": answered_round.pk}))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


# --- the quick individual scan ------------------------------------------------------------------------------


def test_the_quick_scan_shows_a_result_and_stores_nothing(client, scan_page):
    url = reverse("scan:quick", kwargs={"scan_id": scan_page.pk})
    assert client.get(url).status_code == 200
    response = client.post(url, {SIGNALEN: "1", CIJFERS: "unknown", HANDELEN: "2"})
    content = response.content.decode()
    assert response.status_code == 200 and "Je resultaat" in content and "Basistraining" in content
    assert re.search(rf'name="{SIGNALEN}" value="1"[^>]*checked', content)  # the answers stay on the page
    assert not Respondent.objects.exists() and not Answer.objects.exists() and not Round.objects.exists()
    response = client.post(url, {SIGNALEN: "7"})
    assert response.status_code == 200 and "Kies een van de niveaus" in response.content.decode()


def test_the_quick_scan_in_english(client, scan_page, locales, tree):
    from demo import builders
    from tests.scan.conftest import SCAN

    index = scan_page.get_parent()
    builders.translate_page(tree["home"], locale=locales[1], strings={})
    builders.translate_page(index, locale=locales[1], strings={"Zelfscan": "Self-scan"}, slug="self-scan")
    english = builders.translate_page(
        scan_page, locale=locales[1], strings=builders.scan_strings(SCAN), slug="test-scan"
    )
    content = client.get(f"/en/scan/snel/{english.pk}/").content.decode()
    assert "We recognise signs of recruitment." in content and "Often" in content and "Don" in content


def test_the_results_page_asks_the_same_number_of_queries_for_a_larger_team(client, scan_page, school, coordinator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.community.factories import MembershipFactory

    pattern = [
        {SIGNALEN: "1", CIJFERS: "2", HANDELEN: "4"},
        {SIGNALEN: "2", CIJFERS: "1", HANDELEN: "3"},
        {SIGNALEN: "4", CIJFERS: "unknown", HANDELEN: "2"},
    ]
    small = open_round(school, scan_page, coordinator)
    answer_round(small, pattern)
    other = MembershipFactory(school=MembershipFactory(role="coordinator").school, role="coordinator")
    large = open_round(other.school, scan_page, other.user)
    answer_round(large, pattern * 4)  # the same means, four times the team
    counts = []
    for round_, user in ((small, coordinator), (large, other.user)):
        client.force_login(user)
        client.get(reverse("scan:results", kwargs={"round_id": round_.pk}))  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert counts[1] <= 25, counts


def test_the_team_page_asks_the_same_number_of_queries_for_more_rounds(client, scan_page, school, coordinator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(coordinator)
    url = reverse("scan:team", kwargs={"school_id": school.pk})
    counts = []
    for _ in range(2):
        open_round(school, scan_page, coordinator)
        open_round(school, scan_page, coordinator)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url).content.decode()
        counts.append(len(queries))
    assert page.count(">Testscan</a>") == 4
    assert counts[0] == counts[1]


def test_an_item_only_one_colleague_answered_shows_no_numbers(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    answer_round(
        round_,
        [
            {SIGNALEN: "1", CIJFERS: "4", HANDELEN: "4"},  # the only one who answered "cijfers"
            {SIGNALEN: "2", HANDELEN: "3"},
            {SIGNALEN: "4", HANDELEN: "2"},
        ],
    )
    client.force_login(coordinator)
    close(client, round_)
    page = client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).content.decode()
    row = page[page.index("2. Wij kennen de cijfers over veiligheid.") :]
    row = row[: row.index("</tr>")]
    assert "te weinig antwoorden" in row and "4,0" not in row
    # nor does it count towards its part's mean: (1 + 2 + 4) / 3 = 2,3, not (1 + 2 + 4 + 4) / 4 = 2,8
    part = page[page.index('<th scope="row">Bewustwording</th>') :]
    assert part.split("<td>")[1].startswith("2,3")


def test_a_previous_round_with_too_few_answers_is_not_compared(client, scan_page, school, coordinator):
    first = open_round(school, scan_page, coordinator)
    answer_round(first, [{SIGNALEN: "1", CIJFERS: "1", HANDELEN: "1"}] * 2)
    Round.objects.filter(pk=first.pk).update(opened_at=timezone.now() - timezone.timedelta(days=30))
    second = open_round(school, scan_page, coordinator)
    answer_round(second, [{SIGNALEN: "3", CIJFERS: "3", HANDELEN: "3"}] * 3)
    client.force_login(coordinator)
    page = client.get(reverse("scan:results", kwargs={"round_id": second.pk})).content.decode()
    assert "Sinds vorige ronde" not in page


def test_an_item_rated_by_one_colleague_while_others_did_not_know_shows_no_numbers(
    client, scan_page, school, coordinator
):
    round_ = open_round(school, scan_page, coordinator)
    answer_round(
        round_,
        [
            {SIGNALEN: "1", CIJFERS: "4", HANDELEN: "4"},
            {SIGNALEN: "2", CIJFERS: "unknown", HANDELEN: "3"},
            {SIGNALEN: "4", CIJFERS: "unknown", HANDELEN: "2"},
        ],
    )
    client.force_login(coordinator)
    close(client, round_)
    page = client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).content.decode()
    row = page[page.index("2. Wij kennen de cijfers over veiligheid.") :]
    assert "te weinig antwoorden" in row[: row.index("</tr>")]


def test_a_thin_item_of_the_previous_round_gives_no_change(client, scan_page, school, coordinator):
    first = open_round(school, scan_page, coordinator)
    answer_round(
        first,
        [{SIGNALEN: "1", CIJFERS: "1", HANDELEN: "1"}, {SIGNALEN: "1", HANDELEN: "1"}, {SIGNALEN: "1", HANDELEN: "1"}],
    )
    services.round_close(round_=first, user=coordinator)
    Round.objects.filter(pk=first.pk).update(opened_at=timezone.now() - timezone.timedelta(days=30))
    second = open_round(school, scan_page, coordinator)
    answer_round(second, [{SIGNALEN: "3", CIJFERS: "3", HANDELEN: "3"}] * 3)
    client.force_login(coordinator)
    close(client, second)
    page = client.get(reverse("scan:results", kwargs={"round_id": second.pk})).content.decode()
    signalen = page[page.index("1. Wij herkennen signalen van ronselen.") :]
    cijfers = page[page.index("2. Wij kennen de cijfers over veiligheid.") :]
    assert "+2,0" in signalen[: signalen.index("</tr>")]
    assert "+2,0" not in cijfers[: cijfers.index("</tr>")]  # its previous mean was one colleague's answer


def test_leaving_questions_open_to_the_end_counts_as_finished(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    respond(client, round_, {SIGNALEN: "2"})
    assert Respondent.objects.get().completed_at is not None


def test_editing_an_action_keeps_knelpunten_of_another_round(client, answered_round, scan_page, school, coordinator):
    action = Action.objects.create(
        school=school,
        scan_key=answered_round.scan_key,
        round=answered_round,
        title="Oud",
        owner="x",
        item_keys=[HANDELEN],
    )
    later = open_round(school, scan_page, coordinator, parts=[scan_page.parts[0].id])  # without HANDELEN's part
    client.force_login(coordinator)
    url = reverse("scan:action_edit", kwargs={"round_id": later.pk, "action_id": action.pk})
    form = client.get(url).content.decode()
    assert re.search(rf'value="{HANDELEN}"[^>]*checked', form)
    client.post(url, {"title": "Oud", "owner": "y", "item_keys": [HANDELEN], "status": "active"})
    action.refresh_from_db()
    assert action.item_keys == [HANDELEN] and action.owner == "y"
