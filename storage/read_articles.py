"""Reading articles: listings, stored records, versions and raw pages for reprocessing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from pipelines.quality import MIN_BODY_CHARS
from pipelines.record import ArticleRecord
from storage import models as m
from storage.filters import article_filters, latest_version_of_article, outlet_is, start_of
from storage.results import ArticleSummary, IncompleteArticle, RawVersion, VersionSummary
from storage.types import decompress

# Below this many characters a body is a teaser, a JS shell or an extraction miss.
REAL_BODY_CHARS = MIN_BODY_CHARS  # one threshold with the extraction stage's own soft-failure check
_BATCH = 200


def list_articles(
    session: Session, *, show: str | None = None, outlet: str | None = None, since: date | None = None,
    until: date | None = None, limit: int | None = None,
) -> list[ArticleSummary]:
    """Articles, newest publication first (undated last).

    ``show``: slug or title; ``outlet``: name or domain; ``since``/``until``: publication
    days, inclusive; ``limit``: at most this many.
    """
    query = (select(m.Article, m.Outlet).outerjoin(m.Outlet, m.Article.outlet_id == m.Outlet.id)
             .where(*article_filters(show=show, outlet=outlet, since=since, until=until)))
    query = _newest_first(query).limit(limit)
    rows = session.execute(query).all()
    shows = _shows_of(session, [article.id for article, _ in rows])
    return [_summary(article, outlet_row, shows.get(article.id, ())) for article, outlet_row in rows]


def iter_records(
    session: Session, *, show: str | None = None, outlet: str | None = None, since: date | None = None,
    until: date | None = None,
) -> Iterator[ArticleRecord]:
    """The latest stored record of each matching article (filters as in ``list_articles``)."""
    query = (select(m.ArticleVersion.record).join(m.Article, latest_version_of_article())
             .where(*article_filters(show=show, outlet=outlet, since=since, until=until)).order_by(m.Article.id))
    for data in session.scalars(query.execution_options(yield_per=_BATCH)):
        yield ArticleRecord.from_dict(data)


def get_record(session: Session, article_id: int, version: int | None = None) -> ArticleRecord | None:
    """The stored record of an article: its latest version, or version number ``version``."""
    latest = select(m.Article.latest_version).filter_by(id=article_id).scalar_subquery()
    query = select(m.ArticleVersion.record).where(m.ArticleVersion.article_id == article_id,
                                                  m.ArticleVersion.number == (latest if version is None else version))
    data = session.scalars(query).one_or_none()
    return None if data is None else ArticleRecord.from_dict(data)


def article_versions(session: Session, article_id: int) -> list[VersionSummary]:
    """Every stored version of an article, oldest first."""
    query = select(m.ArticleVersion).filter_by(article_id=article_id).order_by(m.ArticleVersion.number)
    return [_version(row) for row in session.scalars(query)]


def list_incomplete(session: Session) -> list[IncompleteArticle]:
    """Stored articles missing a publication date, a title or a real body (fewer than ``MIN_BODY_CHARS`` characters)."""
    query = (select(m.Article, m.Outlet.name).outerjoin(m.Outlet, m.Article.outlet_id == m.Outlet.id)
             .where(m.Article.published.is_(None) | m.Article.title.is_(None)
                    | (m.Article.body_length < REAL_BODY_CHARS)).order_by(m.Article.id))
    return [_incomplete(article, outlet) for article, outlet in session.execute(query)]


def iter_raw_versions(
    session: Session, *, since: date | None = None, outlet: str | None = None, all_versions: bool = False
) -> Iterator[RawVersion]:
    """Stored raw pages for reprocessing: each article's latest version, or every version.

    ``since``: versions fetched on or after this day (UTC); ``outlet``: name or domain.
    """
    query = _raw_versions(since=since, outlet=outlet, all_versions=all_versions)
    for version, published, outlet_name in session.execute(query.execution_options(yield_per=_BATCH)):
        yield RawVersion(version_id=version.id, article_id=version.article_id, number=version.number,
                         url=version.final_url, raw=decompress(version.raw) or b"", fetched_at=version.fetched_at,
                         outlet=outlet_name, published_date=published, record=version.record)


def count_raw_versions(
    session: Session, *, since: date | None = None, outlet: str | None = None, all_versions: bool = False
) -> int:
    """How many raw pages ``iter_raw_versions`` would yield with the same filters (no decompression)."""
    query = _raw_versions(since=since, outlet=outlet, all_versions=all_versions).order_by(None)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def _raw_versions(*, since: date | None, outlet: str | None, all_versions: bool) -> Select:  # type: ignore[type-arg]
    join = latest_version_of_article() if not all_versions else m.ArticleVersion.article_id == m.Article.id
    query = (select(m.ArticleVersion, m.Article.published_date, m.Outlet.name).join(m.Article, join)
             .outerjoin(m.Outlet, m.Article.outlet_id == m.Outlet.id)
             .where(m.ArticleVersion.raw.is_not(None)).order_by(m.Article.id, m.ArticleVersion.number))
    if since is not None:
        query = query.where(m.ArticleVersion.fetched_at >= start_of(since))
    if outlet:
        query = query.where(outlet_is(outlet))
    return query


def _newest_first(query: Select) -> Select:  # type: ignore[type-arg]
    # "IS NULL" first sorts undated articles last on both backends (NULLS LAST is not portable).
    return query.order_by(m.Article.published_date.is_(None), m.Article.published_date.desc(), m.Article.id.desc())


def _shows_of(session: Session, article_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(article_ids), 500):  # stay below SQLite's bound-parameter limit
        query = (select(m.ArticleShow.article_id, m.Show.slug).join(m.Show)
                 .where(m.ArticleShow.article_id.in_(article_ids[start:start + 500])).order_by(m.Show.slug))
        for article_id, slug in session.execute(query):
            found[article_id].append(slug)
    return {key: tuple(value) for key, value in found.items()}


def _summary(article: m.Article, outlet: m.Outlet | None, shows: tuple[str, ...]) -> ArticleSummary:
    return ArticleSummary(
        id=article.id, url=article.url, canonical_url=article.canonical_url, title=article.title,
        outlet_name=outlet.name if outlet else None, outlet_domain=outlet.domain if outlet else None,
        published=article.published, shows=shows, versions=article.latest_version,
        first_seen=article.first_seen, last_seen=article.last_seen,
    )


def _version(row: m.ArticleVersion) -> VersionSummary:
    return VersionSummary(
        id=row.id, number=row.number, content_hash=row.content_hash, title=row.title, published=row.published,
        modified=row.modified, fetched_at=row.fetched_at, last_seen=row.last_seen, final_url=row.final_url,
        http_status=row.http_status, raw_size=row.raw_size, parser_version=row.parser_version, run_id=row.run_id,
        source=row.source,
    )


def _incomplete(article: m.Article, outlet: str | None) -> IncompleteArticle:
    missing = [name for name, gone in (("published", article.published is None), ("title", article.title is None),
                                       ("body", article.body_length < REAL_BODY_CHARS)) if gone]
    return IncompleteArticle(id=article.id, url=article.url, title=article.title, outlet=outlet,
                             published=article.published, body_length=article.body_length, missing=tuple(missing))
