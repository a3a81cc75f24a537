"""Merging the repeats of one event within an article (the same release restated, a
renewal claim told twice by the same source)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipelines.facts.model import EventFact

# "the 61st", "2024": the edition of a ceremony, left out when matching restatements
_EDITION = re.compile(r"^(?:the )?(?:\d+(?:st|nd|rd|th)|\d{4}) ")


def _key(event: EventFact) -> tuple:
    """Identity of an event for types whose fields fully name it."""
    f = event.fields
    if event.type == "release":
        return (event.type, event.show, f.get("season"), f.get("date"))
    if event.type == "production":
        return (event.type, event.show, f.get("phase"), f.get("event"), f.get("date"))
    if event.type == "credit":
        # Parts in other shows stay apart ("he played A in one drama and B in another"); a tracked
        # show's credit is one per person and role.
        part = (f.get("character") or "").casefold() if event.show is None else ""
        return (event.type, event.show, (f.get("person") or "").casefold(), f.get("role"), part)
    if event.type == "award":
        ceremony = _EDITION.sub("", (f.get("ceremony") or "").casefold())
        return (event.type, (f.get("category") or "").casefold(), (f.get("recipient") or "").casefold(), ceremony)
    if event.type == "ranking":
        return (event.type, event.show, f.get("rank"), (f.get("chart") or "").casefold().removeprefix("the "))
    if event.type == "source_material":
        return (event.type, (f.get("title") or "").casefold(), f.get("medium"))
    return (event.type, id(event))


def merge_events(events: Iterable[EventFact]) -> list[EventFact]:
    """The first of each group of same-keyed events, filled with fields the repeats add."""
    kept: dict[tuple, EventFact] = {}
    for event in events:
        key = _key(event)
        if event.type == "ranking":
            key = _ranking_key(key, event, kept)
        first = kept.get(key)
        if first is None:
            kept[key] = event
        else:  # the fuller statement of the event keeps its words; the other fills gaps
            fuller, other = (event, first) if _known(event) > _known(first) else (first, event)
            kept[key] = _fill(fuller, other)
    # A part-less credit of another show's actor is a repeat of one naming the part.
    parted = {key[:4] for key in kept if key[0] == "credit" and key[4]}
    return [event for key, event in kept.items() if not (key[0] == "credit" and not key[4] and key[:4] in parted)]


def _ranking_key(key: tuple, event: EventFact, kept: dict[tuple, EventFact]) -> tuple:
    """A place held in another week is another ranking ("No. 1 the following week, then the top
    spot in the week of November 30"); an undated restatement joins the one already there."""
    date = event.fields.get("date")
    dated = [k for k in kept if k[:len(key)] == key and len(k) > len(key)]
    if date is None:
        return dated[0] if dated and key not in kept else key
    if key in kept and kept[key].fields.get("date") in (None, date):
        return key
    return key if key not in kept and not dated else (*key, date)


def _known(event: EventFact) -> int:
    """How many of the event's fields are known."""
    return sum(value is not None for value in event.fields.values()) + (event.source is not None)


def _fill(first: EventFact, other: EventFact) -> EventFact:
    """``first`` with its null fields (and null source) taken from ``other``."""
    fields = dict(first.fields)
    for name, value in other.fields.items():
        if fields.get(name) is None and value is not None:
            fields[name] = value
    return EventFact(type=first.type, text=first.text, span=first.span, sentence=first.sentence,
                     show=first.show, source=first.source or other.source, fields=fields)


def merge_renewals(renewals: list[EventFact]) -> list[EventFact]:
    """One ledger entry per claim: a later renewal of the same show and status joins an earlier
    one when their sources agree (or one is unknown) and their seasons agree (or one is ``[]``)."""
    kept: list[EventFact] = []
    for event in renewals:
        for i, first in enumerate(kept):
            if _same_claim(first, event):
                kept[i] = _join_claims(first, event)
                break
        else:
            kept.append(event)
    return kept


def _same_claim(a: EventFact, b: EventFact) -> bool:
    if a.show != b.show or a.fields.get("status") != b.fields.get("status"):
        return False
    sa, sb = a.fields.get("seasons") or [], b.fields.get("seasons") or []
    return (not sa or not sb or sa == sb) and _same_source(a.source, b.source)


def _same_source(a: str | None, b: str | None) -> bool:
    """Unknown matches anything; ``Netflix`` and ``Netflix Korea`` are one claimant."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def _join_claims(first: EventFact, other: EventFact) -> EventFact:
    """``first`` with the seasons, the longer source name and the date ``other`` adds."""
    joined = _fill(first, other)
    fields = dict(joined.fields)
    if not fields.get("seasons"):
        fields["seasons"] = other.fields.get("seasons") or []
    source = max((s for s in (first.source, other.source) if s), key=len, default=None)
    return EventFact(type=first.type, text=first.text, span=first.span, sentence=first.sentence,
                     show=first.show, source=source, fields=fields)


def drop_crew_as_cast(events: list[EventFact]) -> list[EventFact]:
    """Without the actor credits (no character) of people the article credits as crew: "A and
    B are back" names the director and writer it introduced earlier, not two actors; nor of
    characters ("A returns as B, and C is back" lists B by accident)."""
    crew = {(e.show, e.fields.get("person")) for e in events if e.type == "credit" and e.fields.get("role") != "actor"}
    parts = {e.fields.get("character") for e in events if e.type == "credit" and e.fields.get("character")}
    return [e for e in events if not (e.type == "credit" and e.fields.get("role") == "actor"
                                      and not e.fields.get("character") and _named_elsewhere(e, crew, parts))]


def _named_elsewhere(credit: EventFact, crew: set[tuple[str | None, str | None]], parts: set[str | None]) -> bool:
    person = credit.fields.get("person")
    return (credit.show, person) in crew or person in parts

