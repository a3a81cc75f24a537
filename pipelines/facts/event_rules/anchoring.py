"""Pairing event triggers with the date facts that date them.

A trigger (``wrapped``, ``will premiere``) takes the first date that follows it closely,
plus dates chained to that one by ``or``; failing that, a date shortly before it that no
other trigger took. A date never crosses another trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.facts.event_rules.common import EventInput, dates_within
from pipelines.facts.model import DateFact
from pipelines.facts.sentences import Sentence

_AFTER_GAP = 45  # characters between a trigger and the date that completes it ("to premiere on")
_OR_CHAIN = re.compile(r"\s*,?\s*(?:or|and|to)\s+(?:in\s+|on\s+|by\s+)?$")
# What may sit between a date and a trigger it precedes ("a 2027 release", "Season 1, released").
_BEFORE_OK = re.compile(r"^[\s,]*(?:(?:in|on|by|that|the|a|an|its|and|was|were|had|has|been|production|"
                        r"filming|work|on the \w+(?: \w+)?|[\w’'-]+ season)\s+)*[\s,]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A matched trigger phrase: its span in the body and what the rule read from it."""

    start: int
    end: int
    label: str


def pair_dates(inp: EventInput, sentence: Sentence, triggers: list[Trigger],
               before_gap: int = 0) -> list[tuple[Trigger, list[DateFact]]]:
    """Each trigger with its dates (possibly none), in order; ``before_gap`` > 0 lets a trigger
    take an unclaimed date that ends at most that many characters before it."""
    triggers = sorted(triggers, key=lambda t: t.start)
    dates = dates_within(inp, sentence.start, sentence.end)
    claimed: set[int] = set()
    chosen: list[list[DateFact]] = []
    for i, trig in enumerate(triggers):
        stop = triggers[i + 1].start if i + 1 < len(triggers) else sentence.end
        found = _following(inp.ctx.body, dates, trig, stop)
        claimed.update(id(d) for d in found)
        chosen.append(found)
    heading = line_date(inp.ctx.body, dates, sentence)
    for i, trig in enumerate(triggers):
        if not chosen[i] and before_gap:
            floor = triggers[i - 1].end if i else sentence.start
            earlier = _preceding(dates, trig, floor, before_gap, claimed)
            chosen[i] = [earlier] if earlier else []
        if not chosen[i] and heading is not None and id(heading) not in claimed and heading.span[1] <= trig.start:
            chosen[i] = [heading]  # "July 17: Season 2 wraps." -- a timeline line's date
    return list(zip(triggers, chosen, strict=True))


def line_date(body: str, dates: list[DateFact], sentence: Sentence) -> DateFact | None:
    """The date a timeline line opens with ("January 24: ..."), if the sentence is one."""
    first = next((d for d in dates if d.span[0] >= sentence.start), None)
    if first is None or body[sentence.start:first.span[0]].strip():
        return None
    rest = body[first.span[1]:first.span[1] + 6]
    return first if _LINE_COLON.match(rest) else None


_LINE_COLON = re.compile(r"(?:\s*[–-]\s*\d{1,2})?:\s")


def _following(body: str, dates: list[DateFact], trig: Trigger, stop: int) -> list[DateFact]:
    """The first date within reach after ``trig`` and any dates chained to it with ``or``."""
    found: list[DateFact] = []
    for date in dates:
        if date.span[0] < trig.end or date.span[0] >= stop:
            continue
        reachable = date.span[0] - trig.end <= _AFTER_GAP
        if (not found and reachable) or (found and _OR_CHAIN.fullmatch(body, found[-1].span[1], date.span[0])):
            found.append(date)
    return found


def _preceding(dates: list[DateFact], trig: Trigger, floor: int, gap: int, claimed: set[int]) -> DateFact | None:
    """The last unclaimed date ending between ``floor`` and ``trig`` within ``gap`` characters."""
    best = None
    for date in dates:
        if floor <= date.span[0] and date.span[1] <= trig.start and trig.start - date.span[1] <= gap \
                and id(date) not in claimed:
            best = date
    return best


def close_before(body: str, date: DateFact, trig: Trigger) -> bool:
    """Whether only filler words sit between ``date`` and the trigger it precedes."""
    return bool(_BEFORE_OK.match(body[date.span[1]:trig.start]))


def date_fields(dates: list[DateFact], index: int = 0) -> dict[str, str | None]:
    """The ``date`` (and ``mod`` when set) fields an event takes from its date fact."""
    if not dates:
        return {"date": None}
    date = dates[index]
    return {"date": date.value, "mod": date.mod} if date.mod else {"date": date.value}


def trigger_span(trig: Trigger, dates: list[DateFact]) -> tuple[int, int]:
    """The words an event rests on: its trigger through its date (``wrapped on the 17th``)."""
    starts = [trig.start, *(d.span[0] for d in dates)]
    ends = [trig.end, *(d.span[1] for d in dates)]
    return min(starts), max(ends)
