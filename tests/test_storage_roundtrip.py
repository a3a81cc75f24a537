"""Property tests: whatever record goes in comes back out, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.facts.model import DateFact, EventFact, SourceFact, StatementFact
from pipelines.record import ArticleRecord, Outlet, SocialPost
from storage.db import Database
from storage.reads import get_record, list_facts
from storage.timex import interval
from storage.writes import FetchInfo, content_hash, store_article

# Surrogates are not valid UTF-8 and NUL is stored as U+FFFD in columns (see test_storage_articles).
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
MAYBE = st.none() | TEXT
SPAN = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))
TIMEX = st.sampled_from(["2025", "2025-09", "2025-09-23", "2026-SU", "2025-Q4", "2025-W39", "202X", "PRESENT_REF"])

FACTS = st.one_of(
    st.builds(DateFact, text=TEXT, span=SPAN, sentence=TEXT, value=TIMEX, mod=st.none() | st.just("END"),
              granularity=MAYBE, start=st.none() | st.just("2026-06-01"), end=st.none() | st.just("2026-08-31")),
    st.builds(SourceFact, text=TEXT, span=SPAN, sentence=TEXT, outlet=TEXT, kind=st.just("report"), date=MAYBE),
    st.builds(StatementFact, text=TEXT, span=SPAN, sentence=TEXT, mode=st.sampled_from(["direct", "indirect"]),
              speaker=MAYBE, speaker_text=MAYBE, verb=MAYBE, quote=TEXT, date=MAYBE),
    st.builds(EventFact, type=st.sampled_from(["renewal", "release", "credit"]), text=TEXT, span=SPAN, sentence=TEXT,
              show=MAYBE, source=MAYBE, fields=st.fixed_dictionaries(
                  {"status": MAYBE, "date": st.none() | TIMEX, "seasons": st.lists(st.integers(1, 9), max_size=3)})),
)
RECORDS = st.builds(
    ArticleRecord, url=st.just("https://prop.test/a"), canonical_url=st.none(),
    outlet=st.builds(Outlet, MAYBE, st.none() | st.just("prop.test")), title=MAYBE, authors=st.lists(TEXT).map(tuple),
    published=st.none() | st.just("2025-09-23T10:00:00+09:00"), modified=MAYBE, language=MAYBE, body=TEXT,
    shows=st.lists(st.sampled_from(["show-a", "show-b"]), unique=True).map(tuple),
    social_posts=st.lists(st.builds(SocialPost, platform=st.just("x"), text=MAYBE), max_size=2).map(tuple),
    facts=st.lists(FACTS, max_size=5).map(tuple),
)


class Rollback(Exception):
    """Raised to end an example's transaction without keeping anything."""


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=RECORDS, second=RECORDS)
def test_stored_records_and_facts_round_trip(db: Database, first: ArticleRecord, second: ArticleRecord) -> None:
    fetch = FetchInfo(url=first.url, final_url=first.url, status=200, fetched_at=datetime(2025, 9, 23, tzinfo=UTC))
    with pytest.raises(Rollback), db.session() as session:  # each example starts from an empty database
        a = store_article(session, first, raw=b"<html/>", fetch=fetch)
        b = store_article(session, second, raw=b"<html/>", fetch=fetch)
        assert b.status == ("unchanged" if content_hash(first) == content_hash(second) else "updated")
        latest = second if b.status == "updated" else first
        assert get_record(session, a.article_id) == latest
        facts = [row.fact for row in list_facts(session) if row.article_id == a.article_id]
        assert facts == [fact.to_dict() for fact in latest.facts]
        raise Rollback


@given(st.integers(1000, 2999), st.integers(1, 12), st.sampled_from(["SP", "SU", "FA", "WI", "Q1", "Q4", "H1", "H2"]))
def test_every_interval_runs_forward(year: int, month: int, part: str) -> None:
    for value in (f"{year}", f"{year}-{month:02d}", f"{year}-{part}", f"{year}-{month:02d}-28"):
        start, end = interval(value) or (None, None)
        assert start is not None and end is not None and start <= end and start.year == year
