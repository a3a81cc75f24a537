"""Date facts: find calendar-time expressions and normalise them to TIMEX3 against the
article's publication date."""

from __future__ import annotations

from pipelines.facts.context import FactContext
from pipelines.facts.model import DateFact


def find_dates(ctx: FactContext) -> list[DateFact]:
    """Every calendar time ``ctx.body`` names, in body order."""
    return []
