"""Facts and social posts as rows: typed columns for what queries filter on, the rest as JSON.

``fact_rows`` splits a record's facts into rows; ``fact_dict`` puts one back together as the
spec's JSON object. Date facts and dated events get a calendar interval (``start_date`` ..
``end_date``) so ``list_facts(since=...)`` can test overlap.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pipelines.facts.model import Fact, fact_from_dict
from pipelines.record import ArticleRecord
from storage import models as m
from storage.timex import interval

_COMMON = ("type", "text", "span", "sentence")
# Spec fields kept in their own column (and so left out of the JSON), per fact type.
_COLUMNS = {"source": ("outlet",), "statement": ("speaker",), "renewal": ("show", "source", "status")}
_EVENT_COLUMNS = ("show", "source")


def fact_rows(version_id: int, record: ArticleRecord) -> list[m.Fact]:
    """One ``Fact`` row per fact of ``record``, in record order."""
    return [_fact_row(version_id, position, fact) for position, fact in enumerate(record.facts)]


def social_rows(version_id: int, record: ArticleRecord) -> list[m.SocialPost]:
    """One ``SocialPost`` row per embedded post of ``record``, in page order."""
    return [m.SocialPost(version_id=version_id, position=position, **post.to_dict())
            for position, post in enumerate(record.social_posts)]


def fact_dict(row: m.Fact) -> dict[str, Any]:
    """The spec JSON of a stored fact (the inverse of ``fact_rows``)."""
    data: dict[str, Any] = {"type": row.type, "text": row.text, "span": [row.span_start, row.span_end],
                            "sentence": row.sentence, **row.data}
    for name in _columns_of(row.type):
        data[name] = getattr(row, name)
    return fact_from_dict(data).to_dict()


def _columns_of(kind: str) -> tuple[str, ...]:
    if kind in ("date", "source", "statement"):
        return _COLUMNS.get(kind, ())
    return _COLUMNS.get(kind, _EVENT_COLUMNS)


def _fact_row(version_id: int, position: int, fact: Fact) -> m.Fact:
    spec = fact.to_dict()
    columns = {name: spec.get(name) for name in _columns_of(fact.type)}
    value = spec.get("value") if fact.type == "date" else spec.get("date")
    start, end = _interval(spec, value)
    rest = {k: v for k, v in spec.items() if k not in _COMMON and k not in columns}
    return m.Fact(
        version_id=version_id, position=position, type=fact.type, text=fact.text, span_start=fact.span[0],
        span_end=fact.span[1], sentence=fact.sentence, value=value if isinstance(value, str) else None,
        start_date=start, end_date=end, data=rest, **columns,
    )


def _interval(spec: dict[str, Any], value: Any) -> tuple[date | None, date | None]:
    """A date fact's own start/end when it gives them, else the interval of its TIMEX value."""
    if spec.get("type") in ("source", "statement"):
        return None, None  # these are filtered by their article's publication date
    derived = interval(value) if isinstance(value, str) else None
    start = _iso_day(spec.get("start")) or (derived[0] if derived else None)
    end = _iso_day(spec.get("end")) or (derived[1] if derived else None)
    # An open-ended interval is taken as the one day it names, so overlap tests stay simple.
    return start or end, end or start


def _iso_day(text: Any) -> date | None:
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
