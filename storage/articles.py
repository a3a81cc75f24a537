"""Writing articles: upsert by normalized canonical URL, versions on changed content, facts.

An article is found through any URL it was ever seen under (``article_urls``), so a later
fetch of its AMP or tracking variant lands on the same row. A new version is made only when
the content hash changes; the raw page is kept compressed with every version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pipelines.context import Show
from pipelines.failures import PARSER_VERSION
from pipelines.record import ArticleRecord
from pipelines.urls import domain_of, normalize_url
from storage import models as m
from storage.facts import fact_rows, social_rows
from storage.failures import resolve_failures_for
from storage.results import FetchInfo, StoreResult
from storage.state import save_page_state, set_content_hash
from storage.timex import parse_day
from storage.types import compress

_Row = TypeVar("_Row", m.Outlet, m.Show)


def content_hash(record: ArticleRecord) -> str:
    """SHA-256 over what makes the content: title, body, authors, dates and social posts.

    The raw HTML is left out on purpose: ads and tracking change it on every fetch.
    """
    content = {
        "title": record.title,
        "body": record.body,
        "authors": list(record.authors),
        "published": record.published,
        "modified": record.modified,
        "social_posts": [post.to_dict() for post in record.social_posts],
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def sync_shows(session: Session, shows: Sequence[Show]) -> None:
    """Insert or update the tracked shows (by slug); shows no longer configured are kept."""
    existing = {row.slug: row for row in session.scalars(select(m.Show))}
    for show in shows:
        row = existing.get(show.slug) or _insert_once(
            session, m.Show(slug=show.slug, title=show.title, aliases=[]), select(m.Show).filter_by(slug=show.slug))
        row.title, row.aliases = show.title, list(show.aliases)
    session.flush()


def store_article(
    session: Session, record: ArticleRecord, *, raw: bytes, fetch: FetchInfo, run_id: int | None = None
) -> StoreResult:
    """Store one extracted page: a new article, a new version, or a note that nothing changed.

    ``record``: the extraction result; ``raw``: the page bytes as fetched (kept compressed);
    ``fetch``: how it was fetched (also saved as the URL's page state); ``run_id``: the crawl.
    Open failures for the page's URLs are resolved. Never commits.
    """
    urls = _urls_of(record, fetch)
    article, created = _find_or_create(session, urls, record, fetch)
    digest = content_hash(record)
    latest = _latest_version(session, article)
    if latest is not None and latest.content_hash == digest:
        latest.last_seen = article.last_seen = fetch.fetched_at
        status, version = "unchanged", latest
    else:
        version = _add_version(session, article, record, raw=raw, fetch=fetch, digest=digest, run_id=run_id)
        _apply_latest(session, article, record, fetch)
        status = "new" if created else "updated"
    _remember_urls(session, article, urls)
    save_page_state(session, urls[0], kind="article", fetch=fetch, content_hash=digest, article_id=article.id,
                    outlet=record.outlet.name)
    for url in dict.fromkeys(urls):
        resolve_failures_for(session, url, "stored")
    session.flush()
    return StoreResult(status=status, article_id=article.id, version_id=version.id)


def replace_facts(session: Session, version_id: int, record: ArticleRecord) -> None:
    """Reprocess: replace a version's record, facts and social posts with ``record``'s.

    When the version is its article's latest, the article's listed fields, show links and
    page-state hash follow. ``KeyError`` when there is no such version.
    """
    version = session.get(m.ArticleVersion, version_id)
    if version is None:
        raise KeyError(f"no article version {version_id}")
    session.execute(delete(m.Fact).where(m.Fact.version_id == version_id))
    session.execute(delete(m.SocialPost).where(m.SocialPost.version_id == version_id))
    _fill_version(session, version, record, content_hash(record))
    article = session.get_one(m.Article, version.article_id)
    if article.latest_version == version.number:
        _apply_fields(session, article, record)
        set_content_hash(session, article.url_key, version.content_hash)
    session.flush()


def _urls_of(record: ArticleRecord, fetch: FetchInfo) -> list[str]:
    """Raw URLs of the page, the canonical one (the article's identity) first."""
    first = record.canonical_url or fetch.final_url
    return list(dict.fromkeys(u for u in (first, fetch.final_url, fetch.url, record.url) if u))


def _find(session: Session, keys: Iterable[str]) -> m.Article | None:
    query = select(m.Article).join(m.ArticleUrl).where(m.ArticleUrl.url_key.in_(list(keys)))
    # Lock the row: two processes updating one article must not both add version N+1 (PostgreSQL).
    return session.scalars(query.order_by(m.Article.id).limit(1).with_for_update(of=m.Article)).first()


def _find_or_create(
    session: Session, urls: list[str], record: ArticleRecord, fetch: FetchInfo
) -> tuple[m.Article, bool]:
    keys = [normalize_url(u) for u in urls]
    found = _find(session, keys)
    if found is not None:
        return found, False
    article = m.Article(url_key=keys[0], url=fetch.final_url, canonical_url=record.canonical_url,
                        first_seen=fetch.fetched_at, last_seen=fetch.fetched_at)
    try:
        # A concurrent process may insert the same URL first: the unique key on url_key and
        # article_urls.url_key catches it, and we use that process's row instead.
        with session.begin_nested():
            session.add(article)
            session.flush()
            session.add(m.ArticleUrl(url_key=keys[0], url=urls[0], article_id=article.id))
            session.flush()
    except IntegrityError:
        found = _find(session, keys)
        if found is None:
            raise
        return found, False
    return article, True


def _remember_urls(session: Session, article: m.Article, urls: list[str]) -> None:
    """Add the URLs not yet known as aliases; one already owned by another article stays there."""
    by_key = {normalize_url(u): u for u in reversed(urls)}
    known = set(session.scalars(select(m.ArticleUrl.url_key).where(m.ArticleUrl.url_key.in_(list(by_key)))))
    for key, url in by_key.items():
        if key in known:
            continue
        try:
            with session.begin_nested():
                session.add(m.ArticleUrl(url_key=key, url=url, article_id=article.id))
                session.flush()
        except IntegrityError:
            continue  # another process just claimed this alias: either owner is right


def _latest_version(session: Session, article: m.Article) -> m.ArticleVersion | None:
    if not article.latest_version:
        return None
    query = select(m.ArticleVersion).filter_by(article_id=article.id, number=article.latest_version)
    return session.scalars(query).one_or_none()


def _add_version(
    session: Session, article: m.Article, record: ArticleRecord, *, raw: bytes, fetch: FetchInfo, digest: str,
    run_id: int | None,
) -> m.ArticleVersion:
    version = m.ArticleVersion(
        article_id=article.id, number=article.latest_version + 1, raw=compress(raw), raw_size=len(raw),
        final_url=fetch.final_url, http_status=fetch.status, parser_version=PARSER_VERSION,
        fetched_at=fetch.fetched_at, last_seen=fetch.fetched_at, run_id=run_id, source=fetch.source,
    )
    session.add(version)
    _fill_version(session, version, record, digest)
    article.latest_version = version.number
    return version


def _fill_version(session: Session, version: m.ArticleVersion, record: ArticleRecord, digest: str) -> None:
    """Set a version's record fields and (re)create its facts and social posts."""
    version.content_hash, version.record = digest, record.to_dict()
    version.title, version.published, version.modified = record.title, record.published, record.modified
    session.flush()  # the version needs its id before facts can point at it
    session.add_all(fact_rows(version.id, record))
    session.add_all(social_rows(version.id, record))


def _apply_latest(session: Session, article: m.Article, record: ArticleRecord, fetch: FetchInfo) -> None:
    article.url, article.last_seen = fetch.final_url, fetch.fetched_at
    _apply_fields(session, article, record)


def _apply_fields(session: Session, article: m.Article, record: ArticleRecord) -> None:
    """Copy the latest version's listed fields to the article and relink its shows."""
    article.canonical_url = record.canonical_url or article.canonical_url
    article.title, article.published = record.title, record.published
    article.published_date = parse_day(record.published)
    article.body_length = len(record.body)
    article.outlet_id = _outlet_id(session, record, article.url)
    session.execute(delete(m.ArticleShow).where(m.ArticleShow.article_id == article.id))
    session.add_all(m.ArticleShow(article_id=article.id, show_id=_show_id(session, slug))
                    for slug in dict.fromkeys(record.shows))


def _outlet_id(session: Session, record: ArticleRecord, url: str) -> int | None:
    domain = record.outlet.domain or domain_of(url)
    if not domain:
        return None
    outlet = session.scalars(select(m.Outlet).filter_by(domain=domain)).one_or_none()
    if outlet is None:
        outlet = _insert_once(session, m.Outlet(domain=domain, name=record.outlet.name),
                              select(m.Outlet).filter_by(domain=domain))
    elif record.outlet.name and outlet.name != record.outlet.name:
        outlet.name = record.outlet.name
    return outlet.id


def _show_id(session: Session, slug: str) -> int:
    """The show's id; a slug not yet synced from the config gets a row titled by its slug."""
    query = select(m.Show).filter_by(slug=slug)
    show = session.scalars(query).one_or_none()
    return (show or _insert_once(session, m.Show(slug=slug, title=slug, aliases=[]), query)).id


def _insert_once(session: Session, row: _Row, query: Any) -> _Row:
    """Insert ``row``; if a concurrent insert won the unique key, return the winner instead."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return row
    except IntegrityError:
        return session.scalars(query).one()
