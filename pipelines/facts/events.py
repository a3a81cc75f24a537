"""Entertainment events: release, renewal, production, award, ranking, credit, source_material.

Each type's rules live in ``pipelines.facts.event_rules``; this module runs them sentence by
sentence over the body and merges the repeats an article makes of one event.
"""

from __future__ import annotations

from collections.abc import Callable

from pipelines.facts.context import FactContext
from pipelines.facts.event_rules.award import find_awards
from pipelines.facts.event_rules.common import EventInput, build_input
from pipelines.facts.event_rules.credit import find_credits
from pipelines.facts.event_rules.merge import drop_crew_as_cast, merge_events, merge_renewals
from pipelines.facts.event_rules.production import find_production
from pipelines.facts.event_rules.ranking import find_rankings
from pipelines.facts.event_rules.release import find_releases
from pipelines.facts.event_rules.renewal import find_renewals
from pipelines.facts.event_rules.source_material import find_source_material
from pipelines.facts.model import DateFact, EventFact, SourceFact, StatementFact
from pipelines.facts.sentences import Sentence

SentenceRule = Callable[[EventInput, Sentence], list[EventFact]]
_RULES: tuple[SentenceRule, ...] = (find_releases, find_production, find_credits, find_awards,
                                      find_rankings)


def find_events(ctx: FactContext, dates: list[DateFact], sources: list[SourceFact],
                statements: list[StatementFact]) -> list[EventFact]:
    """Events about tracked shows (``show`` set) and others (``show`` null), in body order.

    ``dates``, ``sources`` and ``statements`` are the earlier stages' facts of the same body:
    events take their dates, cited outlets and speakers from them.
    """
    inp = build_input(ctx, dates, sources, statements)
    found: list[EventFact] = []
    renewals: list[EventFact] = []
    works: list[EventFact] = []
    for sentence in ctx.sentences:
        if sentence.text.rstrip().endswith("?"):
            continue  # a question ("Has the show been renewed?") asserts nothing
        for rule in _RULES:
            found.extend(rule(inp, sentence))
        renewals.extend(find_renewals(inp, sentence, renewals))
        found.extend(find_source_material(inp, sentence, works))
    merged = drop_crew_as_cast(merge_events([*found, *merge_renewals(renewals)]))
    return sorted(merged, key=lambda e: e.span)
