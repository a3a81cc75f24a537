"""Storing articles: upsert by canonical URL, versions, idempotent recrawls, URL aliases."""

from __future__ import annotations

import dataclasses
import zlib
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from pipelines.context import Show
from pipelines.failures import FailureInfo, Reason, Stage
from pipelines.record import ArticleRecord, Outlet, SocialPost
from storage import models as m
from storage.db import Database, Session
from storage.reads import article_versions, get_record, iter_records, list_articles, list_failures
from storage.writes import FetchInfo, page_states, record_failure, store_article, sync_shows

T0 = datetime(2025, 9, 23, 8, 0, tzinfo=UTC)
URL = "https://www.example-news.test/drama/quiet-harbor-renewed"


def fetch(url: str = URL, *, final_url: str | None = None, at: datetime = T0, **extra: str) -> FetchInfo:
    return FetchInfo(url=url, final_url=final_url or url, status=200, fetched_at=at, **extra)


def record(**overrides: object) -> ArticleRecord:
    base = ArticleRecord(
        url=URL, canonical_url=URL, outlet=Outlet("Example News", "example-news.test"),
        title="Quiet Harbor renewed for season 2", authors=("Mina Park",), published="2025-09-23T09:00:00+09:00",
        body="Quiet Harbor will return. " * 20, shows=("quiet-harbor",),
        social_posts=(SocialPost(platform="x", author="Harbor fan", handle="@harborfan", text="yes!"),),
    )
    return dataclasses.replace(base, **overrides)  # type: ignore[arg-type]


def store(session: Session, rec: ArticleRecord | None = None, *, raw: bytes = b"<html>v1</html>",
          info: FetchInfo | None = None):  # type: ignore[no-untyped-def]
    return store_article(session, rec or record(), raw=raw, fetch=info or fetch())


def test_first_store_is_new_with_version_one(session: Session) -> None:
    result = store(session)
    assert result.status == "new"
    [summary] = list_articles(session)
    assert (summary.id, summary.versions, summary.title) == (result.article_id, 1, "Quiet Harbor renewed for season 2")
    assert (summary.outlet_name, summary.outlet_domain, summary.shows) == ("Example News", "example-news.test",
                                                                           ("quiet-harbor",))
    assert summary.first_seen == T0 and summary.first_seen.tzinfo == UTC


def test_same_record_twice_is_unchanged_even_with_different_raw_html(db: Database) -> None:
    with db.session() as session:
        first = store(session)
    with db.session() as session:
        again = store(session, raw=b"<html>v1 with another ad</html>", info=fetch(at=T0 + timedelta(days=1)))
    assert (again.status, again.article_id, again.version_id) == ("unchanged", first.article_id, first.version_id)
    with db.session() as session:
        [version] = article_versions(session, first.article_id)
        [summary] = list_articles(session)
    assert version.last_seen == T0 + timedelta(days=1) and summary.last_seen == T0 + timedelta(days=1)


def test_changed_content_makes_a_new_version_and_keeps_the_old(db: Database) -> None:
    with db.session() as session:
        first = store(session)
    changed = record(title="Quiet Harbor confirmed for season 2", modified="2025-09-24")
    with db.session() as session:
        second = store(session, changed, raw=b"<html>v2</html>", info=fetch(at=T0 + timedelta(days=1), source="feeds"))
    assert (second.status, second.article_id) == ("updated", first.article_id)
    assert second.version_id != first.version_id
    with db.session() as session:
        assert [v.number for v in article_versions(session, first.article_id)] == [1, 2]
        assert [v.source for v in article_versions(session, first.article_id)] == [None, "feeds"]
        assert get_record(session, first.article_id) == changed
        assert get_record(session, first.article_id, version=1) == record()
        assert get_record(session, first.article_id, version=3) is None
        assert [r.title for r in iter_records(session)] == ["Quiet Harbor confirmed for season 2"]


def test_each_part_of_the_content_hash_counts(session: Session) -> None:
    changes = [{"body": "Other text."}, {"authors": ("Someone Else",)}, {"published": "2025-09-22"},
               {"social_posts": ()}, {"modified": "2025-09-30"}]
    store(session)
    assert [store(session, record(**change)).status for change in changes] == ["updated"] * len(changes)
    assert store(session, record(modified="2025-09-30", language="ko")).status == "unchanged"  # not content


def test_raw_html_is_kept_compressed_per_version(session: Session) -> None:
    raw = b"<html>" + b"<p>same old ad block</p>" * 200 + b"</html>"
    result = store(session, raw=raw)
    stored = session.scalars(select(m.ArticleVersion.raw).filter_by(id=result.version_id)).one()
    assert stored is not None and len(stored) < len(raw) and zlib.decompress(stored) == raw


def test_amp_tracking_and_canonical_variants_collapse_to_one_article(db: Database) -> None:
    with db.session() as session:
        first = store(session)
    variants = [
        fetch(URL + "?utm_source=feed&utm_medium=rss"),
        fetch("http://example-news.test/drama/quiet-harbor-renewed/amp/"),
        fetch("https://example-news.test/s/12345", final_url="https://amp.example-news.test/drama/quiet-harbor-renewed"),
    ]
    for info in variants:
        with db.session() as session:
            result = store(session, record(canonical_url=None, url=info.final_url), info=info)
        assert (result.status, result.article_id) == ("unchanged", first.article_id)
    with db.session() as session:
        assert len(list_articles(session)) == 1
        keys = set(session.scalars(select(m.ArticleUrl.url_key)))
    assert "https://example-news.test/s/12345" in keys


def test_fetched_url_differing_from_canonical_is_remembered_as_an_alias(db: Database) -> None:
    short = "https://example-news.test/?p=991"
    with db.session() as session:
        first = store(session, info=fetch(short))
    with db.session() as session:
        # A later fetch of the short URL, before parsing, finds the article's state.
        states = page_states(session, [short, URL + "#comments", "https://elsewhere.test/x"])
        again = store(session, record(canonical_url=None), info=fetch(short))
    assert set(states) == {short, URL + "#comments"}
    assert states[short].kind == "article" and states[short].article_id == first.article_id
    assert again.article_id == first.article_id


def test_page_state_keeps_the_validators_of_the_fetch(session: Session) -> None:
    store(session, info=fetch(etag='"abc"', last_modified="Tue, 23 Sep 2025 08:00:00 GMT", lastmod="2025-09-23"))
    state = page_states(session, [URL])[URL]
    assert (state.etag, state.last_modified, state.lastmod) == ('"abc"', "Tue, 23 Sep 2025 08:00:00 GMT",
                                                                 "2025-09-23")
    assert state.fetched_at == T0 and state.content_hash and len(state.content_hash) == 64


def test_storing_resolves_open_failures_of_the_url(session: Session) -> None:
    record_failure(session, FailureInfo(url=URL + "?utm_source=x", stage=Stage.EXTRACT, reason=Reason.NO_BODY,
                                        message="no article container"))
    store(session)
    assert list_failures(session) == []
    [resolved] = list_failures(session, include_resolved=True)
    assert resolved.resolved and resolved.resolution_note == "stored" and resolved.resolved_at is not None


def test_shows_are_synced_and_link_articles_by_slug_or_title(session: Session) -> None:
    sync_shows(session, [Show("quiet-harbor", "Quiet Harbor", ("The Harbor",)), Show("other", "Other Show")])
    sync_shows(session, [Show("quiet-harbor", "Quiet Harbor: Season One", ())])
    store(session)
    assert [s.title for s in list_articles(session, show="QUIET HARBOR: season one")] == [record().title]
    assert list_articles(session, show="other") == []
    aliases = session.scalars(select(m.Show.aliases).filter_by(slug="quiet-harbor")).one()
    assert aliases == []


def test_list_articles_filters_and_orders(session: Session) -> None:
    store(session)
    second = "https://daily-screen.test/news/harbor-cast"
    store(session, record(url=second, canonical_url=second, outlet=Outlet("Daily Screen", "daily-screen.test"),
                          published="2026-01-05", shows=()), info=fetch(second))
    undated = "https://daily-screen.test/news/undated"
    store(session, record(url=undated, canonical_url=undated, published=None, outlet=Outlet(None, None)),
          info=fetch(undated))
    assert [a.url for a in list_articles(session)] == [second, URL, undated]
    assert [a.url for a in list_articles(session, outlet="daily screen")] == [second, undated]
    assert [a.url for a in list_articles(session, outlet="www.example-news.test")] == [URL]
    assert [a.url for a in list_articles(session, since=date(2025, 10, 1))] == [second]
    assert [a.url for a in list_articles(session, until=date(2025, 9, 23))] == [URL]
    assert [a.url for a in list_articles(session, show="quiet-harbor", limit=1)] == [URL]


def test_a_nul_character_in_text_is_stored_on_both_backends(session: Session) -> None:
    """PostgreSQL text cannot hold NUL; columns get U+FFFD (same length, spans stay valid)."""
    broken = record(title="Quiet\x00Harbor", body="Body with a \x00 inside. " * 20)
    result = store(session, broken)
    assert [a.title for a in list_articles(session)] == ["Quiet\ufffdHarbor"]
    assert get_record(session, result.article_id) == broken  # the record JSON keeps the original
