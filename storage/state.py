"""Page state for incremental crawling: what the last fetch of each URL found.

Keyed by normalized URL. An article's state lives under its canonical key, and lookups go
through ``article_urls`` so an AMP or tracking variant finds it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from pipelines.urls import normalize_url
from storage import models as m
from storage.results import FetchInfo, PageKind, PageState


def save_page_state(
    session: Session, url: str, *, kind: PageKind, fetch: FetchInfo | None, content_hash: str | None = None,
    article_id: int | None = None, title: str | None = None, outlet: str | None = None,
) -> None:
    """Insert or replace the state of ``url`` (normalized) with this fetch's validators.

    An ``INSERT ... ON CONFLICT DO UPDATE``, so two processes saving one URL cannot collide.
    """
    values = {"url": url, "kind": kind, "content_hash": content_hash, "article_id": article_id, "title": title,
              "outlet": outlet}
    if fetch is not None:
        values |= {"etag": fetch.etag, "last_modified": fetch.last_modified, "lastmod": fetch.lastmod,
                   "fetched_at": fetch.fetched_at}
    upsert_state(session, normalize_url(url), values)


def remember_seen(
    session: Session, *, fetch: FetchInfo, title: str | None, outlet: str | None, run_id: int | None = None
) -> None:
    """Remember a page about no tracked show so it is not fetched again; it is not an article.

    A URL that is already a stored article keeps its article state (only the fetch validators
    are refreshed). ``run_id`` is accepted for symmetry with the other writes.
    """
    del run_id  # page state has no run column; the run counts "seen" itself
    for url in dict.fromkeys((fetch.final_url, fetch.url)):
        key = normalize_url(url)
        kind = session.scalar(select(m.PageState.kind).where(m.PageState.url_key == key))
        if kind == "article":
            upsert_state(session, key, {"etag": fetch.etag, "last_modified": fetch.last_modified,
                                   "lastmod": fetch.lastmod, "fetched_at": fetch.fetched_at})
        else:
            save_page_state(session, url, kind="seen", fetch=fetch, title=title, outlet=outlet)


def set_content_hash(session: Session, url_key: str, content_hash: str) -> None:
    """Point an existing page state at a reprocessed version's hash."""
    session.execute(update(m.PageState).where(m.PageState.url_key == url_key).values(content_hash=content_hash))


def upsert_state(session: Session, key: str, values: dict[str, Any]) -> None:
    """Insert or update the page state under normalized ``key`` (one statement, race-free)."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(m.PageState).values(url_key=key, **{"url": key, "kind": "seen", **values})
    session.execute(statement.on_conflict_do_update(index_elements=[m.PageState.url_key], set_=values))


def page_states(session: Session, urls: Iterable[str]) -> dict[str, PageState]:
    """The known state of each URL, keyed by the URL as given; unknown URLs are left out.

    Lookup is by normalized URL, directly or through an article's alias URLs.
    """
    wanted = {url: normalize_url(url) for url in urls}
    if not wanted:
        return {}
    keys = set(wanted.values())
    aliases = dict(session.execute(
        select(m.ArticleUrl.url_key, m.Article.url_key).join(m.Article).where(m.ArticleUrl.url_key.in_(keys))
    ).all())
    rows = session.scalars(select(m.PageState).where(m.PageState.url_key.in_(keys | set(aliases.values()))))
    by_key = {row.url_key: row for row in rows}
    found = {}
    for url, key in wanted.items():
        row = by_key.get(aliases.get(key, "")) or by_key.get(key)  # an article's state wins
        if row is not None:
            found[url] = _state(url, row)
    return found


def _state(url: str, row: m.PageState) -> PageState:
    return PageState(url=url, kind=row.kind, etag=row.etag, last_modified=row.last_modified,  # type: ignore[arg-type]
                     lastmod=row.lastmod, content_hash=row.content_hash, fetched_at=row.fetched_at,
                     title=row.title, article_id=row.article_id)
