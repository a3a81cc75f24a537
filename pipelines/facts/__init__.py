"""Fact extraction: dates, cited sources, statements and entertainment events from a body.

``extract_facts`` runs the stages in order; later stages read the earlier ones' facts
(sources and statements use date facts for their ``date``; events use all three).
"""

from __future__ import annotations

from pipelines.context import Show
from pipelines.facts.context import build_context
from pipelines.facts.dates import find_dates
from pipelines.facts.events import find_events
from pipelines.facts.model import Fact
from pipelines.facts.sources import find_sources
from pipelines.facts.statements import find_statements

_TYPE_ORDER = {"date": 0, "source": 1, "statement": 2}


def extract_facts(body: str, *, published: str | None, outlet: str | None = None,
                  shows: tuple[Show, ...] = (), about: tuple[str, ...] = ()) -> tuple[Fact, ...]:
    """All facts of ``body``, ordered by position, resolved against ``published``.

    ``outlet`` is the publishing outlet's name (never reported as a source), ``shows`` the
    tracked shows and ``about`` the slugs the article is about.
    """
    if not body.strip():
        return ()
    ctx = build_context(body, published=published, outlet=outlet, shows=shows, about=about)
    dates = find_dates(ctx)
    sources = find_sources(ctx, dates)
    statements = find_statements(ctx, dates)
    events = find_events(ctx, dates, sources, statements)
    facts: list[Fact] = [*dates, *sources, *statements, *events]
    facts.sort(key=lambda f: (f.span[0], _TYPE_ORDER.get(f.type, 3)))
    return tuple(facts)


__all__ = ["extract_facts"]
