"""Fact dataclasses: one per spec fact type family, each with ``to_dict`` in spec JSON.

Every fact carries ``text`` (exact words of the body), ``span`` (``body[start:end] == text``)
and ``sentence`` (the whole sentence of the body that holds it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]
EVENT_TYPES = ("release", "renewal", "production", "award", "ranking", "credit", "source_material")


@dataclass(frozen=True, slots=True)
class DateFact:
    """A calendar time named by the text, normalised to TIMEX3."""

    text: str
    span: Span
    sentence: str
    value: str
    mod: str | None = None
    granularity: str | None = None
    start: str | None = None
    end: str | None = None
    type: str = field(default="date", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "text": self.text,
            "span": list(self.span),
            "sentence": self.sentence,
            "value": self.value,
            "mod": self.mod,
            "granularity": self.granularity,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class SourceFact:
    """An outlet or data provider the article cites."""

    text: str
    span: Span
    sentence: str
    outlet: str
    kind: str = "report"
    date: str | None = None
    type: str = field(default="source", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "text": self.text,
            "span": list(self.span),
            "sentence": self.sentence,
            "outlet": self.outlet,
            "kind": self.kind,
            "date": self.date,
        }


@dataclass(frozen=True, slots=True)
class StatementFact:
    """What someone is reported to have said, directly or in reported speech."""

    text: str
    span: Span
    sentence: str
    mode: str
    speaker: str | None
    speaker_text: str | None
    verb: str | None
    quote: str
    date: str | None = None
    type: str = field(default="statement", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "text": self.text,
            "span": list(self.span),
            "sentence": self.sentence,
            "mode": self.mode,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "verb": self.verb,
            "quote": self.quote,
            "date": self.date,
        }


@dataclass(frozen=True, slots=True)
class EventFact:
    """An entertainment event (release, renewal, production, award, ranking, credit,
    source_material). ``fields`` holds the type's own spec fields, e.g. ``seasons``/``status``."""

    type: str
    text: str
    span: Span
    sentence: str
    show: str | None = None
    source: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "text": self.text,
            "span": list(self.span),
            "sentence": self.sentence,
            "show": self.show,
            **self.fields,
            "source": self.source,
        }


Fact = DateFact | SourceFact | StatementFact | EventFact

_COMMON = ("text", "span", "sentence")


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """Rebuild a fact from its spec JSON."""
    kind = data.get("type")
    common = {
        "text": data.get("text") or "",
        "span": tuple(data.get("span") or (0, 0)),
        "sentence": data.get("sentence") or "",
    }
    if kind == "date":
        keys = ("value", "mod", "granularity", "start", "end")
        return DateFact(**common, **{k: data.get(k) for k in keys})
    if kind == "source":
        return SourceFact(**common, outlet=data.get("outlet") or "", kind=data.get("kind") or "other",
                          date=data.get("date"))
    if kind == "statement":
        keys = ("mode", "speaker", "speaker_text", "verb", "quote", "date")
        return StatementFact(**common, **{k: data.get(k) for k in keys})
    if kind in EVENT_TYPES:
        rest = {k: v for k, v in data.items() if k not in (*_COMMON, "type", "show", "source")}
        return EventFact(type=kind, **common, show=data.get("show"), source=data.get("source"), fields=rest)
    raise ValueError(f"unknown fact type: {kind!r}")
