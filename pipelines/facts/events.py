"""Entertainment events: release, renewal, production, award, ranking, credit, source_material."""

from __future__ import annotations

from pipelines.facts.context import FactContext
from pipelines.facts.model import DateFact, EventFact, SourceFact, StatementFact


def find_events(ctx: FactContext, dates: list[DateFact], sources: list[SourceFact],
                statements: list[StatementFact]) -> list[EventFact]:
    """Events about tracked shows (``show`` set) and others (``show`` null), in body order."""
    return []
