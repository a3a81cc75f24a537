"""The tense around a date in its sentence: ``past``, ``future`` or ``present``, read from the
nearest verb cue (``will``, ``is set to``, ``scheduled`` against ``premiered``, ``was``, ``won``).
Year-less and relative dates use it to pick the occurrence before or after publication."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

_FUTURE = re.compile(
    r"\b(?:will|won[’']t|shall|[’']ll|(?:is|are|was|were)\s+(?:set|slated|scheduled|expected|due|poised|going|planned"
    r"|tipped|rumou?red|likely|tentatively\s+\w+ed)\s+to|set\s+to|slated|scheduled|expected|due|plans?\s+to|"
    r"planning|expects?|expecting|anticipates?|forecasts?|predicts?|projects|aims?\s+to|hopes?\s+to|intends?\s+to|upcoming|forthcoming|ahead\s+of|would|could(?!\s+(?:not|never)\b)|might|may|should|"
    r"targeting|targets?|eyeing|eyes|pencil+ed\s+in|aiming\s+for|to\s+(?:premiere|air|debut|release|begin|start|return|commence|wrap|finish|open|launch|"
    r"stream|arrive|drop|be\s+released|come))\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|ago|since|previously|topped|according|[a-z]{2,}ed|could(?: not|n[’']t| never)|"
    r"(?:re|co-?|over|under|out|mis)?(?:began|begun|won|took|held|made|said|told|came|went|saw|got|"
    r"gave|wrote|led|met|ran|shot|drew|broke|became|left|kept|found|brought|sat|stood|spoke|chose|rose|fell|hit|"
    r"flew|grew|knew|wore|sang|swept|bought|sold|sent|spent|built|struck))\b",
    re.I,
)
_PRESENT = re.compile(r"\b(?:is|are|runs|remains)\b", re.I)
# A schedule in the present ("premieres on October 2", "production wraps in the fall"): the next
# occurrence of the date after it (a timeline's "August 30: Season 2 wraps" governs no date before it).
_SCHEDULED = re.compile(r"\b(?:wraps|finishes|concludes|resumes|kicks off|airs|premieres|streams|opens|begins|starts|"
                        r"returns|lands|arrives|drops|debuts|launches|hits|comes)\b", re.I)
_NOT_VERB = frozenset(
    [
        "need",
        "red",
        "bed",
        "seed",
        "speed",
        "feed",
        "indeed",
        "united",
        "limited",
        "based",
        "related",
        "beloved",
        "acclaimed",
        "anticipated",
        "awaited",
        "talented",
        "named",
        "titled",
        "called",
        "dubbed",
        "skilled",
        "renowned",
        "celebrated",
        "noted",
        "rated",
        "starred",
        "led",
        "hundred",
        "scheduled",
        "expected",
        "slated",
        "planned",
        "tipped",
        "rumored",
        "rumoured",
    ]
)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|am)\s+(?:\w+ly\s+)?$", re.I)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|most|highly|much|long|so|very)[\s-]+$", re.I)


_REACH = 90
# A date whose own clause has a verb before it is not governed by a verb past a clause break:
# "would air from September, the slot that made its name" is not in the past (while in "In an
# interview in February, she revealed", the only verb comes after the comma and governs).
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s")
# ... and a schedule in the present only at what follows it ("August 30: Season 2 wraps" is a timeline's past).
_FORWARD_ONLY = frozenset(["ahead", "since", "according", "upcoming", "forthcoming", "due", "wraps", "finishes",
                           "concludes", "resumes", "kicks", "airs", "premieres", "streams", "opens", "begins",
                           "starts", "returns", "lands", "arrives", "drops", "debuts", "launches", "hits", "comes"])


def governing(sentence: str, offset: int, end: int) -> tuple[str, bool]:
    """The tense governing the date at ``sentence[offset:end]``, and whether the verb that sets it
    stands before the date (``will premiere in October``) rather than after (``the surge in May
    should ...``)."""
    every = _cues(sentence)
    # Cues beyond reach cannot win, so only those near the date are weighed.
    near = every[bisect.bisect_left(every, (offset - _REACH - 40,)) : bisect.bisect_right(every, (end + _REACH,))]
    own = any(c[1] <= offset and not _CLAUSE_BREAK.search(sentence, c[1], offset) for c in near)
    cues = [c for c in near if c[1] <= offset or (c[0] >= end and _governs_back(sentence[c[0] : c[1]])
                                                   and not (own and _CLAUSE_BREAK.search(sentence, end, c[0])))]
    if not cues:
        return "present", False
    best = min(cues, key=lambda c: _distance(c[0], c[1], offset, end))
    # A verb far from the date in a long sentence says little about it.
    if _distance(best[0], best[1], offset, end) > _REACH:
        return "present", False
    return best[2], best[1] <= offset


def _governs_back(cue: str) -> bool:
    """Prepositions (``ahead of``, ``since``, ``according``) point only at what follows them."""
    return cue.lower().split()[0] not in _FORWARD_ONLY


def _distance(start: int, stop: int, offset: int, end: int) -> float:
    # A verb after the date (``in May, she won``) governs it less often than one before it.
    return offset - stop if stop <= offset else (start - end) * 1.5 + 1 if start >= end else 0


@lru_cache(maxsize=64)
def _cues(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Verb cues of ``sentence`` (cached: every date of a sentence asks for the same ones)."""
    # ``May`` with a capital is the month, not the modal verb.
    future = [(m.start(), m.end(), "future") for m in _FUTURE.finditer(sentence) if m.group() != "May"]
    taken = [(s, e) for s, e, _ in future]
    past = [
        (m.start(), m.end(), "past")
        for m in _PAST.finditer(sentence)
        if _is_past_verb(sentence, m) and not any(s <= m.start() < e for s, e in taken)
    ]
    present = [
        (m.start(), m.end(), "present")
        for m in _PRESENT.finditer(sentence)
        if not any(s <= m.start() < e for s, e in taken)
    ]
    scheduled = [(m.start(), m.end(), "future") for m in _SCHEDULED.finditer(sentence)]
    return tuple(sorted((*future, *past, *present, *scheduled)))


def _is_past_verb(sentence: str, m: re.Match[str]) -> bool:
    word = m.group().lower()
    if word in _NOT_VERB:
        return False
    if not word.endswith("ed"):
        # ``will be shot``: an irregular participle after ``be`` takes the auxiliary's tense too.
        return not _PASSIVE_BEFORE.search(sentence[max(0, m.start() - 12) : m.start()])
    if sentence.startswith(" by ", m.end()):
        return False  # ``followed by``: a participle, not the sentence's verb
    before = sentence[max(0, m.start() - 12) : m.start()]
    # ``the acclaimed drama`` is an adjective; ``could be affected`` takes the auxiliary's tense.
    return not (_ADJECTIVE_BEFORE.search(before) or _PASSIVE_BEFORE.search(before))
