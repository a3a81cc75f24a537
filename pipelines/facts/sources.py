"""Source facts: outlets and data providers the article cites."""

from __future__ import annotations

from pipelines.facts.context import FactContext
from pipelines.facts.model import DateFact, SourceFact


def find_sources(ctx: FactContext, dates: list[DateFact]) -> list[SourceFact]:
    """Outlets cited by ``ctx.body`` (never the publishing outlet), in body order."""
    return []
