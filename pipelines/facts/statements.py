"""Statement facts: direct quotes and reported speech, with their speakers resolved."""

from __future__ import annotations

from pipelines.facts.context import FactContext
from pipelines.facts.model import DateFact, StatementFact


def find_statements(ctx: FactContext, dates: list[DateFact]) -> list[StatementFact]:
    """What people and organisations are reported to have said, in body order."""
    return []
