"""Production events: filming or pre-production starting, filming wrapping, each with its date.

``Filming is scheduled to commence next summer`` -> filming/start/2026-SU; ``production work
set to start at the end of this year`` -> pre_production/start/2025 (mod END); ``wrapped on
the 17th`` -> filming/end. A production event needs a date: undated ones say little.
"""

from __future__ import annotations

import re

from pipelines.facts.event_rules.anchoring import Trigger, date_fields, pair_dates, trigger_span
from pipelines.facts.event_rules.claims import claim_source
from pipelines.facts.event_rules.common import EventInput, clause_at, dates_within, make_event
from pipelines.facts.event_rules.shows import show_for
from pipelines.facts.model import EventFact
from pipelines.facts.sentences import Sentence

_START = (r"commence[sd]?|commencing|start(?:s|ed|ing)?|beg[ia]n|begun|begins|beginning|kick(?:ed|s)? off|"
          r"kicking off|(?:got|gets?|getting|is|are|was|were|been) under ?way|go(?:es)? into production|"
          r"went into production|in (?:pre-?|post-?)production(?= since\b)|"
          r"enter(?:s|ed|ing)? (?:pre-?)?production|roll(?:s|ed|ing)?(?! (?:around|round|out|over|back)\b)|"
          r"first shoot|"
          r"(?:first )?gathered on set|crank(?:ed|s)? in|resume[sd]?|"
          # "filming pencilled in for next spring", "shooting is slated for March": a planned start
          r"(?P<plan>pencil+ed in for|(?:is |are |was |were )?(?:slated|scheduled|planned|set) for)|"
          # "the two seasons have been filming back to back since last month"
          r"(?<=been )(?:filming|shooting)(?= [^.;]{0,30}\bsince\b)")
_END = (r"wrap(?:s|ped|ping)?(?: up)?|shot (?:their|its|the|her|his) (?:final|last) scenes?|"
        r"(?:final|last) day of (?:filming|shooting|the shoot)|finish(?:es|ed|ing)?|conclude[sd]?|concluding|"
        r"complete[sd]?|completing|end(?:s|ed)(?! up\b)|"
        r"end of (?:filming|production|the shoot|shooting)|run (?:into|through|until)"
        r"(?! (?:\w+ ){0,2}(?:issues?|problems?|trouble|difficult(?:y|ies)|delays?|opposition|debt)\b)|in the can")
_TRIGGER = re.compile(rf"\b(?:(?P<start>{_START})|(?P<end>{_END}))\b", re.IGNORECASE)
_PHASES = (
    ("post_production", re.compile(r"\bpost-?production\b|\bediting\b", re.IGNORECASE)),
    ("pre_production", re.compile(r"\bpre-?production\b|\bproduction work\b|\bpreparations?\b|\bcasting\b|"
                                  r"\bscript reading\b", re.IGNORECASE)),
    ("filming", re.compile(r"\bfilm(?:ing|ed|s)?\b|\bshoot(?:ing|s)?\b|\bshot\b|\bcameras?\b|\bon set\b|"
                           r"\bcrank|\bproduction\b|\bprincipal photography\b", re.IGNORECASE)),
)
_NOT_PRODUCTION = re.compile(r"\b(?:talks?|negotiations?|discussions?|stream(?:s|ing)?|premiere|release|broadcast|"
                             r"air(?:ing|s|ed)?)\b", re.IGNORECASE)


def find_production(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """Production starts and ends stated in ``sentence``."""
    if not dates_within(inp, sentence.start, sentence.end):
        return []  # a production event needs a date: skip the trigger scan
    run = _shot_from(inp, sentence)
    if run:
        return run
    triggers = [t for t in _triggers(inp, sentence) if _phase(inp, sentence, t)]
    events = []
    for trig, dates in pair_dates(inp, sentence, triggers, before_gap=100):
        if not dates:
            continue
        phase = _phase(inp, sentence, trig)
        clause = clause_at(sentence, trig.start)
        source = claim_source(inp, sentence, *clause, point=trig.start)
        events.append(make_event(inp, "production", sentence, trigger_span(trig, dates), source=source,
                                 show=show_for(inp, sentence, trig.start), phase=phase, event=trig.label,
                                 **date_fields(dates)))
    return events


# "Season 2 was shot from March to August": the shoot's start and end.
_SHOT_FROM = re.compile(r"\b(?:was|were|is|are|been|being) (?:shot|filmed|shooting|filming)(?: back[- ]to[- ]back)? "
                        r"(?:from|between) ")


_RUN_JOIN = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s*")


def _shot_from(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """The start and end of a shoot given as a run (``was shot from March to August``)."""
    m = _SHOT_FROM.search(inp.ctx.body, sentence.start, sentence.end)
    if m is None:
        return []
    dates = dates_within(inp, m.end(), sentence.end)[:2]
    if len(dates) != 2 or dates[0].span[0] > m.end() + 2 or \
            not _RUN_JOIN.fullmatch(inp.ctx.body, dates[0].span[1], dates[1].span[0]):
        return []
    show = show_for(inp, sentence, m.start())
    return [make_event(inp, "production", sentence, (m.start(), date.span[1]), show=show, phase="filming", event=event,
                       **date_fields([date])) for event, date in (("start", dates[0]), ("end", dates[1]))]


def _triggers(inp: EventInput, sentence: Sentence) -> list[Trigger]:
    """Start and end verbs of the sentence, skipping ones about talks, releases or airing."""
    found = []
    for match in _TRIGGER.finditer(inp.ctx.body, sentence.start, sentence.end):
        after = inp.ctx.body[match.end():match.end() + 25]
        before = inp.ctx.body[max(sentence.start, match.start() - 15):match.start()]
        if match.group("start") and (_NOT_PRODUCTION.search(after) or _NOT_PRODUCTION.search(before)):
            continue  # "begins streaming", "will air starting": a release, not a shoot
        if match.group("plan") and not _SHOOT_BEFORE.search(inp.ctx.body, max(sentence.start, match.start() - 60),
                                                             match.start()):
            continue  # "with Season 3 slated for early 2027": a plan of something else
        found.append(Trigger(match.start(), match.end(), "start" if match.group("start") else "end"))
    return found


# The shoot a plan is about, right before it ("filming pencilled in for", "shooting is slated for").
_SHOOT_BEFORE = re.compile(r"\b(?:filming|shooting|the shoot|production|principal photography|cameras?)"
                           r"(?: on [^,.;]{1,40}?)?(?:\s+(?:is|are|was|were|has been|have been|will be))?\s+$",
                           re.IGNORECASE)


def _phase(inp: EventInput, sentence: Sentence, trig: Trigger) -> str | None:
    """The production phase named nearest the trigger in its clause (else in its sentence)."""
    if _NOT_PRODUCTION.search(inp.ctx.body, trig.end, min(trig.end + 25, sentence.end)):
        return None
    clause = clause_at(sentence, trig.start)
    # Beyond its clause, only a phase named before the verb (its subject) counts: "The wait ended
    # on May 2, when the studio said filming would begin" ends no filming.
    for lo, hi in (clause, (sentence.start, trig.start)):
        hits = [(min(abs(m.start() - trig.start), abs(m.end() - trig.start)), rank, name)
                for rank, (name, pattern) in enumerate(_PHASES) for m in pattern.finditer(inp.ctx.body, lo, hi)]
        if hits:
            return min(hits)[2]
    lo = clause_at(sentence, trig.start)[0]
    if inp.ctx.body.startswith("wrap", trig.start) and _WRAPPED_WORK.search(inp.ctx.body, lo, trig.start):
        return "filming"  # "Season 2 wraps": a show or season that wraps has finished its shoot
    return None


_WRAPPED_WORK = re.compile(r"\b(?:Season \d+|(?:the |its |their )?(?:series|show|drama|film|movie|sequel|season))\s+"
                           r"(?:has |have |officially |finally )*$", re.IGNORECASE)
