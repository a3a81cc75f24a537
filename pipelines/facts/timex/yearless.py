"""Placing a date the text gives without its year: the year a neighbouring date in the sentence
names, else the occurrence the tense points to (past: the latest on or before publication; future:
the first on or after it), else the occurrence nearest to publication."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipelines.facts.timex.periods import safe_date

_SOON = 31
_JUST_GONE = 6


class Unresolvable(Exception):
    """The expression needs a publication date the article does not give."""


@dataclass(frozen=True, slots=True)
class Scene:
    """What the resolution of one mention may look at besides its own words."""

    published: dt.date | None
    tense: str = "present"
    verb_before: bool = False  # the verb that sets the tense stands before the date
    anchor_year: int | None = None
    last_year: int | None = None
    last_day: dt.date | None = None
    last_month: tuple[int, int] | None = None

    def pub(self) -> dt.date:
        """The publication date, or ``Unresolvable`` when the article has none."""
        if self.published is None:
            raise Unresolvable
        return self.published


def _fits(date: dt.date, scene: Scene) -> bool:
    """False when ``date`` contradicts the tense (a past event after publication, a future one before)."""
    pub = scene.pub()
    if scene.tense == "past":
        return date <= pub
    if scene.tense == "future":
        return date >= pub
    return True


def pick_year(mon: int, dom: int, scene: Scene, weekday: int | None = None) -> int:
    """The year of a year-less ``mon``/``dom``; a written weekday (``Tuesday, March 3``) decides first."""
    pub = scene.pub()
    candidates = [(y, d) for y in (pub.year - 1, pub.year, pub.year + 1) if (d := safe_date(y, mon, dom))]
    anchored = scene.anchor_year and safe_date(scene.anchor_year, mon, dom)
    if weekday is not None and anchored and anchored.weekday() == weekday:
        return anchored.year
    if weekday is not None:
        same_day = [c for c in candidates if c[1].weekday() == weekday]
        if same_day:
            return min(same_day, key=lambda c: abs((c[1] - pub).days))[0]
    if anchored and _fits(anchored, scene):
        return anchored.year
    offsets = [(y, (d - pub).days) for y, d in candidates]
    soon = [c for c in offsets if 0 < c[1] <= _SOON]
    if scene.tense == "past" and soon:
        # A day a few weeks ahead under a past verb is a deadline or a plan (``asked for answers by
        # May 10``), not the same day almost a year ago.
        return soon[0][0]
    just_gone = [c for c in offsets if -_JUST_GONE <= c[1] < 0]
    if scene.tense == "future" and just_gone:
        # A day of this very week under a future verb (a range or report that began a few days ago)
        # is not the same day next year.
        return just_gone[0][0]
    return by_tense(offsets, scene.tense)


def pick_month_year(mon: int, rel: str, scene: Scene) -> int:
    """The year of a year-less month; ``rel`` is the word before it (``this``, ``next``, ``last``, ``that``)."""
    pub = scene.pub()
    if rel == "this":
        return pub.year
    if rel in ("next", "following", "coming"):
        return pub.year if mon > pub.month else pub.year + 1
    if rel in ("last", "previous", "past"):
        # The month just gone would be "last month": "last October" written in November is a year back.
        return pub.year if mon < pub.month - 1 else pub.year - 1
    if rel == "that" and scene.last_year:
        return scene.last_year
    if scene.anchor_year and _fits(dt.date(scene.anchor_year, mon, 1), scene):
        return scene.anchor_year
    here = pub.year * 12 + pub.month
    if scene.tense == "future" and not scene.verb_before and 0 < pub.month - mon <= 2:
        # A month just gone is what ``the surge in May should ...`` means, not next May; ``will
        # premiere in October`` written in November is next October.
        return pub.year
    return by_tense([(y, y * 12 + mon - here) for y in (pub.year - 1, pub.year, pub.year + 1)], scene.tense)


def by_tense(offsets: list[tuple[int, int]], tense: str) -> int:
    """Pick among (year, offset from publication): latest non-positive when past, first non-negative
    when future, else the smallest distance (the past one on a tie: news reports more than it announces)."""
    if tense == "past":
        before = [c for c in offsets if c[1] <= 0]
        if before:
            return max(before, key=lambda c: c[1])[0]
    if tense == "future":
        after = [c for c in offsets if c[1] >= 0]
        if after:
            return min(after, key=lambda c: c[1])[0]
    return min(offsets, key=lambda c: (abs(c[1]), c[1] > 0))[0]
