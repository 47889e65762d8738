"""A scan's definition as plain data: frozen from the live page when a round opens, read back in any language.

``snapshot(page)`` turns a live ``ScanPage`` and its live translations into a JSON-ready dict (the shape is
documented on ``ScanVersion``). ``Definition`` reads one back in the active language, falling back to the
scan's source language for anything not translated. Items are keyed by their block ids, which translations
share (see scan/blocks.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field


def _hash(data) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def item_fingerprint(*, scale: int, statement: str, levels: list[str]) -> str:
    """Changes when what an item asks changes (its statement, its levels or the scale); drives "gewijzigd"."""
    return _hash({"scale": scale, "statement": statement.strip(), "levels": [level.strip() for level in levels]})


def _texts(page) -> dict:
    parts, items = {}, {}
    for part in page.parts:
        parts[part.id] = {
            "title": part.value["title"],
            "description": part.value["description"] or "",
            "dimension": part.value["dimension"] or "",
        }
        for item in part.value["items"].bound_blocks:
            value = item.value
            items[item.id] = {
                "statement": value["statement"],
                "question": value["question"] or "",
                "levels": list(value["levels"]),
                "legal_note": value["legal_note"] or "",
                "short_term": value["short_term"] or "",
                "long_term": value["long_term"] or "",
            }
    return {"title": page.title, "intro": page.intro, "parts": parts, "items": items}


def snapshot(page) -> dict:
    """The definition of a live scan page (any of its translations): structure from the source, texts from all."""
    from wagtail.models import Locale

    source = page.get_translation_or_none(Locale.get_default())
    source = source.specific if source is not None and source.live else page.specific
    definition = {
        "scale": source.scale,
        "source_locale": source.locale.language_code,
        "parts": [],
        "items": {},
        "item_order": [],
        "links": [],
        "locales": {},
    }
    for part in source.parts:
        definition["parts"].append(part.id)
        for item in part.value["items"].bound_blocks:
            value = item.value
            definition["item_order"].append(item.id)
            definition["items"][item.id] = {
                "part": part.id,
                "fingerprint": item_fingerprint(
                    scale=source.scale, statement=value["statement"], levels=value["levels"]
                ),
                "allow_unknown": bool(value["allow_unknown"]),
                "legal_duty": bool(value["legal_duty"]),
            }
            for link in value["links"]:
                below = float(link["below"] if link["below"] is not None else source.scale)
                if link["resource"] is not None:
                    definition["links"].append(
                        {
                            "item": item.id,
                            "kind": "resource",
                            "key": str(link["resource"].translation_key),
                            "below": below,
                        }
                    )
                elif link["partner_type"] is not None:
                    definition["links"].append(
                        {
                            "item": item.id,
                            "kind": "partner",
                            "key": str(link["partner_type"].translation_key),
                            "below": below,
                        }
                    )
    for translation in source.get_translations(inclusive=True).live().specific():
        definition["locales"][translation.locale.language_code] = _texts(translation)
    return definition


def fingerprint(definition: dict) -> str:
    return _hash(definition)


@dataclass(frozen=True)
class Level:
    value: int
    text: str


@dataclass(frozen=True)
class Item:
    key: str
    part: str
    number: int
    statement: str
    question: str
    levels: tuple[Level, ...]
    allow_unknown: bool
    legal_duty: bool
    legal_note: str
    short_term: str
    long_term: str
    fingerprint: str


@dataclass(frozen=True)
class Part:
    key: str
    number: int
    title: str
    description: str
    dimension: str
    items: tuple[Item, ...] = field(default=())


class Definition:
    """One frozen scan, read in ``language`` (falling back to the scan's source language, text by text)."""

    def __init__(self, data: dict, language: str | None = None):
        self.data = data
        self.scale: int = data["scale"]
        locales = data["locales"]
        source = locales.get(data["source_locale"]) or next(iter(locales.values()))
        texts = locales.get(language or "", source)
        self.title = texts.get("title") or source["title"]
        self.intro = texts.get("intro") or source["intro"]

        def text(kind, key, name):
            return (texts[kind].get(key) or {}).get(name) or source[kind][key][name]

        parts = []
        number = 0
        for part_number, part_key in enumerate(data["parts"], start=1):
            items = []
            for item_key in data["item_order"]:
                meta = data["items"][item_key]
                if meta["part"] != part_key:
                    continue
                number += 1
                level_texts = (texts["items"].get(item_key) or {}).get("levels") or source["items"][item_key]["levels"]
                items.append(
                    Item(
                        key=item_key,
                        part=part_key,
                        number=number,
                        statement=text("items", item_key, "statement"),
                        question=text("items", item_key, "question"),
                        levels=tuple(Level(i, t) for i, t in enumerate(level_texts, start=1)),
                        allow_unknown=meta["allow_unknown"],
                        legal_duty=meta["legal_duty"],
                        legal_note=text("items", item_key, "legal_note"),
                        short_term=text("items", item_key, "short_term"),
                        long_term=text("items", item_key, "long_term"),
                        fingerprint=meta["fingerprint"],
                    )
                )
            parts.append(
                Part(
                    key=part_key,
                    number=part_number,
                    title=text("parts", part_key, "title"),
                    description=text("parts", part_key, "description"),
                    dimension=source["parts"][part_key]["dimension"],
                    items=tuple(items),
                )
            )
        self.parts: tuple[Part, ...] = tuple(parts)
        self.items: dict[str, Item] = {item.key: item for part in parts for item in part.items}

    def parts_for(self, keys) -> tuple[Part, ...]:
        """The parts a round takes, in the scan's order (all of them when ``keys`` is empty)."""
        keys = set(keys or ())
        return tuple(part for part in self.parts if not keys or part.key in keys)

    def items_by_part(self, keys=None) -> dict[str, list[str]]:
        return {part.key: [item.key for item in part.items] for part in self.parts_for(keys)}

    @property
    def fingerprints(self) -> dict[str, str]:
        return {key: item.fingerprint for key, item in self.items.items()}

    @property
    def links(self) -> list[dict]:
        return self.data["links"]
