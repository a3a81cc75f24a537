"""The database schema as SQLAlchemy 2.x declarative models (the migrations create it).

Articles are unique by normalized canonical URL; every URL seen for an article is kept in
``article_urls`` so AMP, tracking and canonical variants map to one row. Each change of
content makes an ``ArticleVersion`` holding the compressed raw page and the record JSON;
facts and social posts belong to a version. Crawl runs, failures and per-URL page state
(for incremental crawling) complete the picture.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, MetaData, UniqueConstraint, false, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.types import TYPE_MAP

# Stable constraint names, so later migrations can alter them on both backends.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """One base for every table, with the shared type map and naming convention."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = TYPE_MAP


class Show(Base):
    """A tracked show, synced from the configuration."""

    __tablename__ = "shows"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(unique=True)
    title: Mapped[str]
    aliases: Mapped[list[Any]] = mapped_column(default=list)


class Outlet(Base):
    """A publisher, unique by domain (without ``www.``)."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    domain: Mapped[str] = mapped_column(unique=True)
    name: Mapped[str | None]


class Article(Base):
    """One article, whatever URL variant it was fetched under; the latest version's fields."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    # identity
    url_key: Mapped[str] = mapped_column(unique=True)  # normalize_url(canonical or final URL)
    url: Mapped[str]  # the URL last fetched (after redirects)
    canonical_url: Mapped[str | None]
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    # latest version's fields, copied for listing and filtering
    title: Mapped[str | None]
    published: Mapped[str | None]  # as the page states it
    published_date: Mapped[date | None] = mapped_column(index=True)
    body_length: Mapped[int] = mapped_column(default=0)
    latest_version: Mapped[int] = mapped_column(default=0)  # ArticleVersion.number of the newest
    # bookkeeping
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]


class ArticleUrl(Base):
    """Every normalized URL an article was seen under (canonical, fetched, AMP, tracking...)."""

    __tablename__ = "article_urls"

    id: Mapped[int] = mapped_column(primary_key=True)
    url_key: Mapped[str] = mapped_column(unique=True)
    url: Mapped[str]  # one raw URL that normalizes to url_key
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)


class ArticleVersion(Base):
    """One content state of an article: raw page (compressed), record JSON and hash."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]  # 1, 2, ... per article
    # content
    content_hash: Mapped[str]
    title: Mapped[str | None]
    published: Mapped[str | None]
    modified: Mapped[str | None]
    record: Mapped[dict[str, Any]]  # ArticleRecord.to_dict()
    raw: Mapped[bytes | None]  # zlib-compressed page bytes as fetched
    raw_size: Mapped[int] = mapped_column(default=0)  # uncompressed length
    # fetch
    final_url: Mapped[str]
    http_status: Mapped[int | None]
    parser_version: Mapped[str | None]
    fetched_at: Mapped[datetime]
    last_seen: Mapped[datetime]  # last fetch that found this same content
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"), index=True)
    source: Mapped[str | None]  # the configured source (feed, sitemap...) that led to this fetch


class ArticleShow(Base):
    """Which tracked shows an article (its latest version) is about."""

    __tablename__ = "article_shows"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"), primary_key=True, index=True)


class Fact(Base):
    """One fact of a version: typed columns for what queries filter on, the rest as JSON."""

    __tablename__ = "facts"
    __table_args__ = (Index(None, "type", "start_date", "end_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("article_versions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]  # order within the record
    # common to every fact
    type: Mapped[str]
    text: Mapped[str]
    span_start: Mapped[int]
    span_end: Mapped[int]
    sentence: Mapped[str]
    # filters: interval of date facts and dated events, TIMEX value, outlet, speaker, status
    value: Mapped[str | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    show: Mapped[str | None] = mapped_column(index=True)  # events only
    source: Mapped[str | None]  # events only
    outlet: Mapped[str | None]  # source facts only
    speaker: Mapped[str | None]  # statement facts only
    status: Mapped[str | None]  # renewal facts only
    # everything else of the spec dict
    data: Mapped[dict[str, Any]]


class SocialPost(Base):
    """A social post embedded in a version's page."""

    __tablename__ = "social_posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("article_versions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    platform: Mapped[str]
    author: Mapped[str | None]
    handle: Mapped[str | None]
    url: Mapped[str | None]
    text: Mapped[str | None]
    posted: Mapped[str | None]


class CrawlRun(Base):
    """One crawl process: what it crawled, when, how it ended, and its counters."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sources: Mapped[list[Any]]
    pid: Mapped[int | None]
    host: Mapped[str | None]
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(index=True)  # running | finished | failed | interrupted
    # counters
    requests: Mapped[int] = mapped_column(default=0)
    not_modified: Mapped[int] = mapped_column(default=0)
    new: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    seen: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    failures: Mapped[int] = mapped_column(default=0)


class Failure(Base):
    """A page that failed at some stage; one open row per (url key, stage, reason)."""

    __tablename__ = "failures"
    # At most one open failure per page and cause, even with several crawls writing at once.
    __table_args__ = (
        Index("uq_failures_open_url_key_stage_reason", "url_key", "stage", "reason", unique=True,
              sqlite_where=text("NOT resolved"), postgresql_where=text("NOT resolved")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # what failed
    url: Mapped[str]
    url_key: Mapped[str]
    outlet: Mapped[str | None] = mapped_column(index=True)
    stage: Mapped[str]
    reason: Mapped[str] = mapped_column(index=True)
    message: Mapped[str]
    http_status: Mapped[int | None]
    parser_version: Mapped[str | None]
    raw: Mapped[bytes | None]  # zlib-compressed page, when there was one
    content_type: Mapped[str | None]
    # history
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime] = mapped_column(index=True)
    attempts: Mapped[int] = mapped_column(default=1)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"), index=True)
    # review
    resolved: Mapped[bool] = mapped_column(default=False, server_default=false())
    resolution_note: Mapped[str | None]
    resolved_at: Mapped[datetime | None]


class PageState(Base):
    """What the last fetch of a URL found, for conditional and incremental crawling."""

    __tablename__ = "page_states"

    url_key: Mapped[str] = mapped_column(primary_key=True)
    url: Mapped[str]
    kind: Mapped[str]  # article | seen | failed
    etag: Mapped[str | None]
    last_modified: Mapped[str | None]  # the HTTP header, verbatim
    lastmod: Mapped[str | None]  # the feed/sitemap entry's date, verbatim
    content_hash: Mapped[str | None]
    fetched_at: Mapped[datetime | None]
    title: Mapped[str | None]  # for seen pages
    outlet: Mapped[str | None]
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"), index=True)
