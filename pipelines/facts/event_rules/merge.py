"""Merging the repeats of one event within an article (the same release restated, a
renewal claim told twice by the same source)."""

from __future__ import annotations

from collections.abc import Iterable

from pipelines.facts.model import EventFact


def _key(event: EventFact) -> tuple:
    """Identity of an event for types whose fields fully name it."""
    f = event.fields
    if event.type == "release":
        return (event.type, event.show, f.get("season"), f.get("date"))
    if event.type == "production":
        return (event.type, event.show, f.get("phase"), f.get("event"), f.get("date"))
    if event.type == "credit":
        return (event.type, event.show, (f.get("person") or "").casefold(), f.get("role"))
    if event.type == "award":
        return (event.type, (f.get("category") or "").casefold(), (f.get("recipient") or "").casefold())
    if event.type == "source_material":
        return (event.type, (f.get("title") or "").casefold(), f.get("medium"))
    return (event.type, id(event))


def merge_events(events: Iterable[EventFact]) -> list[EventFact]:
    """The first of each group of same-keyed events, filled with fields the repeats add."""
    kept: dict[tuple, EventFact] = {}
    for event in events:
        key = _key(event)
        first = kept.get(key)
        kept[key] = event if first is None else _fill(first, event)
    return list(kept.values())


def _fill(first: EventFact, other: EventFact) -> EventFact:
    """``first`` with its null fields (and null source) taken from ``other``."""
    fields = dict(first.fields)
    for name, value in other.fields.items():
        if fields.get(name) is None and value is not None:
            fields[name] = value
    return EventFact(type=first.type, text=first.text, span=first.span, sentence=first.sentence,
                     show=first.show, source=first.source or other.source, fields=fields)
