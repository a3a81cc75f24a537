"""Which name of a cast pair ``A (B)`` is the actor.

Outlets write the pair both ways: ``Kim Min-jun (Lee Ara) returns`` puts the actor first,
``the drama follows Lee Ara (Kim Min-jun), a surgeon who ...`` the character. The order is
read from, in turn:

1. the rest of the article: a name that is elsewhere an actor (``actress A``, ``A plays``,
   ``A told reporters``, the speaker of a quote) or a part (``plays Dr. B``, ``B, played by``);
2. the sentence: a story cue before the pair (``follows``, ``tells the story of``) or a
   description after it (``(B), a genius surgeon who``) makes the outer name the part, and a
   lowercase descriptor right before any pair of the sentence (``nurse A (B)``) does too, as
   the pairs of one sentence share one order.

Without any of these the outer name is the actor (``A (B), C (D) are back``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.facts.event_rules.common import NAME, STORY_TITLES, EventInput
from pipelines.facts.sentences import Sentence

# Names the article marks as people: a profession before them, an acting verb or speech after them.
_ACTOR_MARKED = re.compile(
    rf"\b(?:[Aa]ctor|[Aa]ctress|[Ss]tar|[Cc]o-star|[Ll]ead|[Ss]inger|[Rr]apper|[Ii]dol)s? (?P<a>{NAME})\b|"
    rf"(?P<b>{NAME}),? (?:who )?(?:will |also |now |again )?(?:plays?|played|portrays?|portrayed|stars|starred|"
    rf"reprises?|reprised|told|said|says|tells|added|posted|wrote on)\b|"
    rf"(?P<c>{NAME})['’]s (?:agency|management|label|representatives?|reps?|fans)\b")
# Names the article marks as parts: the object of an acting verb, or the subject of "played by".
_PART_MARKED = re.compile(
    rf"\b(?:plays?|played|playing|portrays?|portrayed|portraying|role of|character|as) "
    rf"(?:(?!(?:by|from|with|for|at|in|to|of|on|and|or)\b)[a-z][a-z-]* ){{0,4}}"
    rf"(?:(?:Dr|Mr|Mrs|Ms)\.? |(?:Doctor|Nurse|Detective|Professor|Captain) )?(?P<a>{NAME})\b|"
    rf"(?P<b>{NAME}),? (?:who )?(?:is |was |will be )?(?:played|portrayed) by\b")
# A story cue before the pair: the show follows a character.
_STORY_CUE = re.compile(r"\b(?:follows|following|tells the story of|the story of|story follows|cent(?:er|re)s on|"
                        r"cent(?:er|re)d on|revolves around|focuses on|is about|stars? as)\b")
# What a character does in the story, right after the pair ("Cheon Jang-mi (A) runs the floor"), not
# what an actor does ("A (B) returns for the sequel").
_STORY_VERB_AFTER = re.compile(r"\s+(?:also |then |finally |still )?(?:decides|operates|runs|performs|argues|tries|"
                               r"finds|learns|discovers|confronts|fights|saves|loses|realizes|realises|refuses|insists|"
                               r"races|rushes|faces|struggles|clashes|orders|barks|snaps|breaks|collapses|must|"
                               r"has to|is forced|gets|takes charge|scrubs in|storms|walks|tells|asks|yells|shouts)\b")
# A description right after the pair: ``(B), a genius trauma surgeon who``.
_DESCRIBED_AFTER = re.compile(r", (?:a|an|the) (?:[a-z][a-z-]* ){0,5}?(?:[a-z][a-z-]*)(?: who| whose| that|,)")
_PERSON_WORDS = re.compile(r"\b(?:actor|actress|star|singer|idol|rapper|member|model|comedian|newcomer|veteran)\b")

# A title before the outer name makes it the part ("Inspector Ruth Ackroyd (A)").
_STORY_TITLE = re.compile(rf"(?:{STORY_TITLES}|Det\.|Sgt\.|Dr\.?|Prosecutor|Commander|Prince|Princess|King|Queen) ")
Pair = tuple[str, str, bool]
"""Outer name, inner name, and whether a lowercase descriptor sits right before the pair."""


@lru_cache(maxsize=16)
def _marked(body: str) -> tuple[frozenset[str], frozenset[str]]:
    """Names the article marks as actors and as parts."""
    actors = {name for m in _ACTOR_MARKED.finditer(body) for name in m.groups() if name}
    parts = {name for m in _PART_MARKED.finditer(body) for name in m.groups() if name}
    return frozenset(actors - parts), frozenset(parts - actors)


def marked_parts(body: str) -> frozenset[str]:
    """Names the article marks as parts (``plays Dr. B``, ``B, played by``), never as actors."""
    return _marked(body)[1]


def part_spans(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where ``body[lo:hi]`` names one of the article's parts (a character is no one to credit)."""
    pattern = _parts_pattern(body)
    return [hit.span() for hit in pattern.finditer(body, lo, hi)] if pattern is not None else []


@lru_cache(maxsize=16)
def _parts_pattern(body: str) -> re.Pattern[str] | None:
    """One pattern for every part the article marks, longest first (compiled once per body)."""
    parts = sorted(marked_parts(body), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, parts))) if parts else None


def outer_is_part(inp: EventInput, sentence: Sentence, pairs: list[tuple[int, int, Pair]]) -> list[bool]:
    """For each pair ``(start, end, (outer, inner, described))`` of the sentence, whether the
    outer name is the character."""
    body = inp.ctx.body
    actors, parts = _marked(body)
    actors = actors | {s.speaker for s in inp.statements if s.speaker}
    decided: list[bool | None] = []
    for _, _, (outer, inner, _) in pairs:
        if inner in actors or outer in parts or _STORY_TITLE.match(outer):  # "Inspector Ruth Ackroyd (A)"
            decided.append(True)
        elif outer in actors or inner in parts:
            decided.append(False)
        else:
            decided.append(None)
    known = [d for d in decided if d is not None]
    if known and all(d == known[0] for d in known):
        shared: bool | None = known[0]
    elif pairs and (_STORY_CUE.search(body, sentence.start, pairs[0][0])
                    or _description_follows(body, pairs[0][1], sentence.end)
                    or _STORY_VERB_AFTER.match(body, pairs[0][1], sentence.end)
                    or any(described for _, _, (_, _, described) in pairs)):
        shared = True
    else:
        shared = None
    return [d if d is not None else shared if shared is not None else described
            for d, (_, _, (_, _, described)) in zip(decided, pairs, strict=True)]


def _description_follows(body: str, end: int, hi: int) -> bool:
    """Whether a description of a character follows the pair (``, a surgeon who``), not one of a
    performer (``, the actor who``)."""
    m = _DESCRIBED_AFTER.match(body, end, hi)
    return bool(m) and not _PERSON_WORDS.search(m.group(0))
