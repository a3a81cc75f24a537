"""Finding calendar expressions in a body: run every pattern, drop the readings that are not
dates (ages, counts, names, verbs), keep the longest non-overlapping ones, split ranges in two and
extend each expression leftwards over the words that change its value (``early``, ``by``)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from pipelines.facts.timex import patterns as P
from pipelines.facts.timex.filters import keep

_LONE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


@dataclass(frozen=True, slots=True)
class Mention:
    """One calendar expression: its kind, its span in the body and the named parts it was read from."""

    kind: str
    start: int
    end: int
    groups: dict[str, str]
    part: str | None = None
    sub: str | None = None
    prefix_mod: str | None = None


def recognize(body: str) -> list[Mention]:
    """All calendar expressions of ``body`` in body order, without overlaps."""
    found = [
        Mention(kind, m.start(), m.end(), {k: v for k, v in m.groupdict().items() if v})
        for kind, pattern in P.PATTERNS.items()
        for m in pattern.finditer(body)
        if keep(kind, m, body)
    ]
    chosen = _longest_first(found)
    extended = [_extend(body, m) for m in chosen]
    mentions = [m for m in extended if not _needs_part(m)]
    return [piece for m in mentions for piece in _split_range(body, m)]


def _longest_first(found: list[Mention]) -> list[Mention]:
    """The longest readings win; a shorter one is kept only where it overlaps none already taken."""
    found.sort(key=lambda m: (m.start - m.end, P.PRIORITY[m.kind], m.start))
    starts: list[int] = []
    taken: list[Mention] = []  # sorted by start, never overlapping
    for mention in found:
        i = bisect.bisect_left(starts, mention.start)
        if (i and taken[i - 1].end > mention.start) or (i < len(taken) and taken[i].start < mention.end):
            continue
        starts.insert(i, mention.start)
        taken.insert(i, mention)
    return taken


def _needs_part(m: Mention) -> bool:
    """``the year``/``the month``/``the week`` name a time only with ``the end of`` and the like."""
    bare_the = m.groups.get("rel", "").lower() == "the" and m.groups.get("unit") in ("year", "month", "week")
    return bare_the and m.part is None and m.sub is None


def _extend(body: str, m: Mention) -> Mention:
    """``m`` grown leftwards over a part prefix (``early``) and then a modifier (``by``)."""
    window = body[max(0, m.start - 40) : m.start]
    part = P.PART.search(window) if m.kind in P.PART_KINDS else None
    if part and (part.group("qo") or part.group("ho")) and m.kind not in P.YEAR_KINDS:
        part = None
    if part and part.group("wo") and m.kind not in ("month", "my"):
        part = None  # "the third week of" a month only
    if part:
        m = replace(m, start=m.start - len(part.group()), part=_part_name(part), sub=_sub_name(part))
        window = body[max(0, m.start - 40) : m.start]
    if m.part is not None:
        return m
    mod = P.PREFIX_MOD.search(window)
    if mod:
        m = replace(m, start=m.start - len(mod.group()), prefix_mod=re.sub(r"\s+", " ", mod.group("pm").lower()))
    return m


def _part_name(part: re.Match[str]) -> str | None:
    if part.group("mid"):
        return "mid"
    words = part.group("part")
    return re.sub(r"\s+", " ", words.lower()).removeprefix("the ") if words else None


def _sub_name(part: re.Match[str]) -> str | None:
    if part.group("qo"):
        return "Q" + part.group("qo").lower()
    if part.group("ho"):
        return "H" + part.group("ho").lower()
    if part.group("wo"):
        return "W" + part.group("wo").lower()
    return None


def _split_range(body: str, m: Mention) -> list[Mention]:
    """A day range as two mentions: ``December 7-13`` gives ``December 7`` and ``13``; ``7-13 December``
    gives ``7`` and ``13 December``. Both take the month and year written once."""
    second = m.groups.get("d2")
    if not second or m.kind not in ("mdy", "dmy"):
        return [m]
    text = body[m.start : m.end]
    first_day = re.search(rf"\b{re.escape(m.groups['d'])}\b", text)
    later = re.search(rf"\b{re.escape(second)}\b", text[first_day.end() :]) if first_day else None
    if not first_day or not later:
        return [m]
    groups = {k: v for k, v in m.groups.items() if k != "d2"}
    first = replace(m, end=m.start + first_day.end(), groups=groups)
    start = m.start + first_day.end() + later.start()
    # The second date keeps a year written after it (``13, 2024``, ``4 of last year``).
    end = start + len(second) if m.kind == "mdy" and not (groups.get("y") or groups.get("ry")) else m.end
    rest = replace(m, start=start, end=end, groups={**groups, "d": second}, prefix_mod=None, part=None)
    return [first, rest]
