"""Shared WHERE clauses for the read queries: show, outlet and date filters.

``show`` matches a slug or title and ``outlet`` a name or domain, case-insensitively; dates
are ``datetime.date`` and compare with the article's publication day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import ColumnElement, Select, func, or_, select

from storage import models as m


def show_slugs(name: str) -> Select[tuple[str]]:
    """Slugs of the shows whose slug or title is ``name`` (case-insensitive)."""
    wanted = name.strip().lower()
    return select(m.Show.slug).where(or_(func.lower(m.Show.slug) == wanted, func.lower(m.Show.title) == wanted))


def article_about(name: str) -> ColumnElement[bool]:
    """Articles linked to the show named ``name`` (slug or title)."""
    linked = select(m.ArticleShow.article_id).join(m.Show).where(m.Show.slug.in_(show_slugs(name)))
    return m.Article.id.in_(linked)


def outlet_is(name: str) -> ColumnElement[bool]:
    """Articles whose outlet's name or domain is ``name`` (case-insensitive, ``www.`` ignored)."""
    wanted = name.strip().lower().removeprefix("www.")
    outlets = select(m.Outlet.id).where(or_(func.lower(m.Outlet.name) == wanted, func.lower(m.Outlet.domain) == wanted))
    return m.Article.outlet_id.in_(outlets)


def published_between(since: date | None, until: date | None) -> list[ColumnElement[bool]]:
    """Articles published on or after ``since`` and on or before ``until`` (both inclusive)."""
    clauses = []
    if since is not None:
        clauses.append(m.Article.published_date >= since)
    if until is not None:
        clauses.append(m.Article.published_date <= until)
    return clauses


def article_filters(
    *, show: str | None, outlet: str | None, since: date | None, until: date | None
) -> list[ColumnElement[bool]]:
    """The WHERE clauses for the common article filters (``None`` means no filter)."""
    clauses = published_between(since, until)
    if show:
        clauses.append(article_about(show))
    if outlet:
        clauses.append(outlet_is(outlet))
    return clauses


def start_of(day: date) -> datetime:
    """Midnight UTC at the start of ``day``, to compare dates with timestamps."""
    return datetime.combine(day, time.min, tzinfo=UTC)


def latest_version_of_article() -> ColumnElement[bool]:
    """Join condition: the article's newest version."""
    return (m.ArticleVersion.article_id == m.Article.id) & (m.ArticleVersion.number == m.Article.latest_version)
