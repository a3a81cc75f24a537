"""Reading facts: filter by show, type, dates, outlet and speaker; latest version by default.

Date facts and dated events are matched by their own calendar interval (it must overlap
``since``..``until``); every other fact by its article's publication day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from storage import models as m
from storage.facts import fact_dict
from storage.filters import article_about, latest_version_of_article, outlet_is, show_slugs
from storage.results import FactRow

# Facts that name no show themselves: they belong to whatever show their article is about.
_SHOWLESS = ("date", "source", "statement")


def list_facts(
    session: Session, *, show: str | None = None, type: str | Sequence[str] | None = None,
    since: date | None = None, until: date | None = None, outlet: str | None = None, speaker: str | None = None,
    limit: int | None = None, history: bool = False,
) -> list[FactRow]:
    """Facts with their articles, newest publication first, in record order within an article.

    ``show``: slug or title (events by their own ``show``, other facts by their article's
    shows); ``type``: one fact type or several; ``since``/``until``: inclusive days (see the
    module docstring); ``outlet``: the publishing outlet (name or domain) or, for source facts,
    the cited outlet; ``speaker``: case-insensitive part of a statement's speaker;
    ``history``: facts of every version, not only the latest.
    """
    join = (m.ArticleVersion.article_id == m.Article.id) if history else latest_version_of_article()
    query = (select(m.Fact, m.Article.id, m.Article.url, m.Article.title, m.Article.published, m.Outlet.name,
                    m.ArticleVersion.number)
             .join(m.ArticleVersion, m.Fact.version_id == m.ArticleVersion.id).join(m.Article, join)
             .outerjoin(m.Outlet, m.Article.outlet_id == m.Outlet.id)
             .where(*_fact_filters(show=show, type=type, since=since, until=until, outlet=outlet, speaker=speaker))
             .order_by(m.Article.published_date.is_(None), m.Article.published_date.desc(), m.Article.id.desc(),
                       m.ArticleVersion.number.desc(), m.Fact.position)
             .limit(limit))
    return [FactRow(fact=fact_dict(fact), article_id=article_id, article_url=url, article_title=title,
                    published=published, outlet=outlet_name, version_id=fact.version_id, version=number)
            for fact, article_id, url, title, published, outlet_name, number in session.execute(query)]


def _fact_filters(
    *, show: str | None, type: str | Sequence[str] | None, since: date | None, until: date | None,
    outlet: str | None, speaker: str | None,
) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if type:
        clauses.append(m.Fact.type.in_([type] if isinstance(type, str) else list(type)))
    if show:
        clauses.append(or_(m.Fact.show.in_(show_slugs(show)), m.Fact.show == show,
                           and_(m.Fact.type.in_(_SHOWLESS), article_about(show))))
    if outlet:
        clauses.append(or_(outlet_is(outlet), func.lower(m.Fact.outlet) == outlet.strip().lower()))
    if speaker:
        clauses.append(func.lower(m.Fact.speaker).contains(speaker.strip().lower(), autoescape=True))
    clauses.extend(_when(since, until))
    return clauses


def _when(since: date | None, until: date | None) -> list[ColumnElement[bool]]:
    """Interval overlap for facts with an interval, the article's day for the rest."""
    clauses = []
    dated, undated = m.Fact.start_date.is_not(None), m.Fact.start_date.is_(None)
    if since is not None:
        clauses.append(or_(and_(dated, m.Fact.end_date >= since), and_(undated, m.Article.published_date >= since)))
    if until is not None:
        clauses.append(or_(and_(dated, m.Fact.start_date <= until), and_(undated, m.Article.published_date <= until)))
    return clauses
