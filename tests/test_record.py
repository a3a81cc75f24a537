"""The article record's JSON form is exactly the spec's, and round-trips (issue 2)."""

from __future__ import annotations

from pipelines.facts.model import DateFact, EventFact, SourceFact, StatementFact, fact_from_dict
from pipelines.record import ArticleRecord, Outlet, SocialPost

SPEC_FIELDS = ["url", "canonical_url", "outlet", "title", "authors", "published", "modified", "language",
               "body", "shows", "social_posts", "facts"]


def _record() -> ArticleRecord:
    body = "Filming starts next spring, Lumen Weekly reported."
    return ArticleRecord(
        url="https://news.example/a",
        canonical_url="https://news.example/a",
        outlet=Outlet("News Example", "news.example"),
        title="A title",
        authors=("Ada Park",),
        published="2025-03-01T10:00:00+09:00",
        body=body,
        shows=("the-trauma-code",),
        social_posts=(SocialPost(platform="x", handle="@someone", text="hi"),),
        facts=(
            DateFact("next spring", (15, 26), body, "2026-SP", None, "season", "2026-03-01", "2026-05-31"),
            SourceFact("Lumen Weekly", (28, 40), body, "Lumen Weekly", "report"),
            StatementFact("x", (0, 1), body, "indirect", "Ada Park", "she", "said", "x"),
            EventFact("production", "Filming starts", (0, 14), body, "the-trauma-code", None,
                      {"phase": "filming", "event": "start", "date": "2026-SP"}),
        ),
    )


def test_to_dict_has_exactly_the_spec_fields_in_order() -> None:
    assert list(_record().to_dict()) == SPEC_FIELDS


def test_to_dict_round_trips_through_from_dict() -> None:
    data = _record().to_dict()
    assert ArticleRecord.from_dict(data).to_dict() == data


def test_fact_spans_slice_the_body() -> None:
    record = _record()
    for fact in record.facts[:2]:
        start, end = fact.span
        assert record.body[start:end] == fact.text


def test_event_fact_keeps_type_fields_flat() -> None:
    data = _record().facts[3].to_dict()
    assert data["type"] == "production" and data["phase"] == "filming" and data["show"] == "the-trauma-code"
    assert fact_from_dict(data) == _record().facts[3]


def test_unknown_values_are_null_or_empty_not_empty_strings() -> None:
    data = ArticleRecord(url="https://news.example/b").to_dict()
    assert data["title"] is None and data["authors"] == [] and data["outlet"] == {"name": None, "domain": None}
