"""The anonymous search log is bounded: a cap per client address per hour, and a retention period."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from search.models import SearchQueryLog

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "search-log"}}


@pytest.fixture
def capped(settings):
    settings.CACHES = LOCMEM
    settings.SEARCH_LOG_MAX_PER_CLIENT_PER_HOUR = 3
    cache.clear()
    yield
    cache.clear()


def _request(address: str, **meta):
    return RequestFactory().get("/zoeken/", REMOTE_ADDR=address, **meta)


def _record(query: str, request) -> bool:
    return SearchQueryLog.record(query=query, language="nl", result_count=0, request=request)


def test_defaults(settings):
    assert settings.SEARCH_LOG_MAX_PER_CLIENT_PER_HOUR == 30
    assert settings.SEARCH_LOG_RETENTION_DAYS == 180


def test_one_client_cannot_fill_the_log(db, capped):
    flooder = _request("198.51.100.7")
    assert [_record(f"spam {n}", flooder) for n in range(5)] == [True, True, True, False, False]
    assert SearchQueryLog.objects.count() == 3
    assert _record("wapens", _request("203.0.113.8"))  # someone else is still counted
    assert SearchQueryLog.objects.filter(query="wapens").exists()


def test_repeating_one_query_is_capped_too(db, capped):
    flooder = _request("198.51.100.7")
    for _ in range(10):
        _record("wapens", flooder)
    assert SearchQueryLog.objects.get(query="wapens").searches == 3


def test_the_address_is_not_stored_in_the_cache_key_or_the_log(db, capped):
    _record("wapens", _request("198.51.100.7"))
    keys = list(cache._cache.keys())  # locmem internals: the stored keys
    assert keys and not any("198.51.100.7" in key for key in keys)
    assert "198.51.100.7" not in str(list(SearchQueryLog.objects.values()))


def test_the_cap_counts_per_client_behind_the_proxy(db, capped, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    via_proxy = [_request("10.0.0.2", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}") for n in range(5)]
    assert all(_record(f"vraag {n}", request) for n, request in enumerate(via_proxy))
    assert SearchQueryLog.objects.count() == 5


def test_the_search_page_applies_the_cap(client, tree, capped):
    for n in range(5):
        assert client.get("/zoeken/", {"q": f"spam {n}"}, REMOTE_ADDR="198.51.100.7").status_code == 200
    assert SearchQueryLog.objects.count() == 3


def test_without_a_request_every_search_counts(db, capped):
    for _ in range(5):
        SearchQueryLog.record(query="wapens", language="nl", result_count=1)
    assert SearchQueryLog.objects.get(query="wapens").searches == 5


def test_prune_keeps_the_retention_period(db):
    today = timezone.localdate()
    for days in (0, 179, 180, 181, 400):
        SearchQueryLog.objects.create(query=f"{days} dagen", language="nl", date=today - timedelta(days=days))
    call_command("prune_search_log", verbosity=0)
    assert sorted(SearchQueryLog.objects.values_list("query", flat=True)) == ["0 dagen", "179 dagen", "180 dagen"]
    call_command("prune_search_log", "--days", "30", verbosity=0)
    assert list(SearchQueryLog.objects.values_list("query", flat=True)) == ["0 dagen"]
