"""Elasticsearch settings: the Dutch analyzer for all text, switched on by ``ELASTICSEARCH_URL``."""

DUTCH_ANALYSIS = {
    "analyzer": {
        "default": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
        },
        "default_search": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
        },
    },
    "filter": {
        "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
        "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
    },
}


def elasticsearch_backend(url: str) -> dict:
    """The WAGTAILSEARCH_BACKENDS entry for Elasticsearch 9 with Dutch analysis."""
    return {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [url],
        "INDEX_PREFIX": "wijschool_",
        "TIMEOUT": 5,
        "OPTIONS": {},
        "INDEX_SETTINGS": {"settings": {"index": {"number_of_shards": 1}, "analysis": DUTCH_ANALYSIS}},
    }
