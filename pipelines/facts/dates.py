"""Date facts: find calendar-time expressions and normalise them to TIMEX3 against the
article's publication date.

Recognition (``timex.recognizer``) is rule-based over the whole body; normalisation
(``timex.normalize``) resolves each mention in body order, so later ones can lean on earlier
ones: ``that May`` takes the last year written, ``the same day`` the last day named nearby, a
year-less date the year of a neighbouring date in its sentence. In an update note added to
the article ("Update (May 2, 2026): ..."), dates count from the note's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from pipelines.facts.context import FactContext
from pipelines.facts.model import DateFact
from pipelines.facts.sentences import Sentence
from pipelines.facts.timex.lexicon import MONTHS
from pipelines.facts.timex.normalize import Resolved, resolve
from pipelines.facts.timex.recognizer import Mention, recognize
from pipelines.facts.timex.tense import governing
from pipelines.facts.timex.yearless import Scene

_WRITTEN_YEAR = ("y", "y2", "hy", "yy", "y3")
_LOOKBACK = 12
_JOINER = re.compile(r"[\s,]*(?:and|or|to|through|-|–)?[\s,]*$")


@dataclass(slots=True)
class _Trail:
    """Dates resolved so far: (mention, resolution, sentence index)."""

    seen: list[tuple[Mention, Resolved, int]] = field(default_factory=list)
    last_year: int | None = None
    headings: list[tuple[int, int]] = field(default_factory=list)  # (offset, year) of year subheadings

    def heading_year(self, offset: int) -> int | None:
        """The year of the year subheading ("2025:") the text at ``offset`` stands under, if any."""
        index = bisect.bisect_right(self.headings, (offset, 10_000)) - 1
        return self.headings[index][1] if index >= 0 else None

    def add(self, mention: Mention, resolved: Resolved, where: int) -> None:
        """Record a resolved date; a year written in digits becomes the one ``that May`` refers to."""
        self.seen.append((mention, resolved, where))
        if _writes_year(mention):
            self.last_year = resolved.period.start.year

    def recent(self) -> list[tuple[Mention, Resolved, int]]:
        """The latest dates, newest first; neighbours further back never decide a year."""
        return self.seen[: -_LOOKBACK - 1 : -1]


def find_dates(ctx: FactContext) -> list[DateFact]:
    """Every calendar time ``ctx.body`` names, in body order."""
    mentions = recognize(ctx.body)
    starts = [s.start for s in ctx.sentences]
    trail = _Trail(headings=_year_headings(ctx.body))
    updates = _update_notes(ctx.body)
    facts: list[DateFact] = []
    for index, mention in enumerate(mentions):
        where = max(bisect.bisect_right(starts, mention.start) - 1, 0)
        sentence = ctx.sentences[where] if ctx.sentences else Sentence(0, len(ctx.body), ctx.body)
        note = next((u for u in updates if u.start <= mention.start < u.end), None)
        scene = _scene(ctx, mention, sentence, where, trail, mentions[index + 1] if index + 1 < len(mentions) else None,
                       note.day if note is not None and mention.start >= note.stamp_end else None)
        resolved = resolve(mention, scene)
        if resolved is None:
            continue
        if note is not None and mention.start < note.stamp_end and note.day is None and \
                resolved.period.granularity == "day":
            note.day = resolved.period.start  # the note's own date: what the note's words are relative to
        trail.add(mention, resolved, where)
        last = max(bisect.bisect_right(starts, mention.end - 1) - 1, where)
        if last > where:  # an expression read across a sentence break holds both sentences
            end = ctx.sentences[last].end
            sentence = Sentence(sentence.start, end, ctx.body[sentence.start : end])
        facts.append(_fact(ctx.body, mention, sentence, resolved))
    return facts


@dataclass(slots=True)
class _UpdateNote:
    """A dated update note in the body ("Update (May 2, 2026): ..."): its paragraph, where its
    stamp ends, and the stamp's day once resolved."""

    start: int
    end: int
    stamp_end: int
    day: dt.date | None = None


# A paragraph opening on an update stamp: "Update (May 2, 2026):", "UPDATE, May 2:", "Updated May 2 —".
_UPDATE_STAMP = re.compile(r"(?m)^[*_\[(]*(?:UPDATE[SD]?|Update[sd]?|Editor[’']s [Nn]ote|EDITOR[’']S NOTE)\b"
                           r"[^\n:—–]{0,40}?(?::|—|–|\)\s*[:—–]?)")


def _update_notes(body: str) -> list[_UpdateNote]:
    """The update notes of ``body``, whose relative and year-less dates count from the note's
    own date rather than from the first publication."""
    notes = []
    for m in _UPDATE_STAMP.finditer(body):
        end = body.find("\n\n", m.end())
        notes.append(_UpdateNote(m.start(), len(body) if end < 0 else end, m.end()))
    return notes


def _scene(
    ctx: FactContext, m: Mention, sentence: Sentence, where: int, trail: _Trail, following: Mention | None,
    updated: dt.date | None = None,
) -> Scene:
    tense, verb_before = governing(sentence.text, m.start - sentence.start, m.end - sentence.start)
    if tense == "past" and _BOUND_BEFORE.search(ctx.body, max(sentence.start, m.start - 80), m.start):
        tense = "present"  # "was cancelling flights through mid-August": a bound, the nearest such date
    return Scene(
        published=updated or ctx.published,
        tense=tense,
        verb_before=verb_before,
        anchor_year=_anchor_year(ctx.body, m, where, trail, following, (updated or ctx.published)),
        last_year=trail.last_year,
        last_day=_last_day(trail, where),
        last_month=_last_month(trail, where, ctx.body.rfind("\n\n", 0, m.start)),
    )


# A date that bounds an ongoing state ("was cancelling flights through mid-August") is not placed
# by the past verb that reports it; "the show ran until May" stays in the past.
_BOUND_BEFORE = re.compile(r"\b\w+ing\b[^,.;:]{0,60}\b(?:through|thru|until|till)\s+$", re.IGNORECASE)


def _last_day(trail: _Trail, where: int) -> dt.date | None:
    """The latest day named in this sentence or the one before (for ``the same day``)."""
    for _, resolved, w in trail.recent():
        if w < where - 1:
            break
        if resolved.period.granularity == "day":
            return resolved.period.start
    return None


def _last_month(trail: _Trail, where: int, paragraph: int) -> tuple[int, int] | None:
    """The month of the latest calendar date or month named nearby in the paragraph (for ``on the 17th``)."""
    for prior, resolved, w in trail.recent():
        if w < where - 1 or prior.start < paragraph:
            break
        if resolved.period.granularity in ("day", "month") and prior.kind not in ("relday", "weekday"):
            return resolved.period.start.year, resolved.period.start.month
    return None


def _writes_year(m: Mention) -> bool:
    return m.kind in ("iso", "numeric", "year") or any(k in m.groups for k in _WRITTEN_YEAR)


def _anchor_year(body: str, m: Mention, where: int, trail: _Trail, nxt: Mention | None,
                 published: dt.date | None = None) -> int | None:
    """The year of the nearest date before ``m`` in its sentence whose year the text gives, else of a
    date right after it (``May and July 2025``). Years of earlier sentences are background more often
    than they are the setting of the next one, so they do not carry over."""
    for prior, resolved, w in trail.recent():
        if w != where:
            break
        if prior.kind == "year" and _SETTING_YEAR.match(body, prior.end):
            continue  # "four friends in 2009 Busan": the story's setting, not the calendar of the news
        if _writes_year(prior) or (prior.kind == "unit" and prior.groups.get("unit") == "year" and not prior.part):
            return resolved.period.start.year + _rolls_over(body, prior, resolved, m)
    if nxt and _writes_year(nxt) and _JOINER.fullmatch(body[m.end : nxt.start]) and nxt.kind != "year":
        return int(nxt.groups.get("y") or nxt.groups.get("y2") or 0) or None
    if nxt and published and nxt.groups.get("ry") and _JOINER.fullmatch(body[m.end : nxt.start]):
        # "from March to May last year": the range's year is the one its end names
        return published.year + {"last": -1, "next": 1}.get(nxt.groups["ry"].lower(), 0)
    return trail.heading_year(m.start) if m.kind in _UNDER_HEADING else None


# A bare year that modifies the name after it ("in 2009 Busan", "the 2022 film"), not a time of the news.
_SETTING_YEAR = re.compile(r"\s+(?:[A-Z][a-z]|film|movie|series|drama|novel|book|season|edition|version)")
# Words between two dates that keep the later-named one in the same year: a list, or a look back.
_LOOKING_BACK = re.compile(r"\b(?:and|or)\s*$|"
                           r"\b(?:had|earlier|previous(?:ly)?|originally|once|after|first|initially)\b")


def _rolls_over(body: str, prior: Mention, resolved: Resolved, m: Mention) -> int:
    """1 when a bare month told after "November 2025" in the same sentence is the next year's
    ("greenlit in November 2025, and shot starting in January": the story moves forward; "from
    November 2025 to January": the range ends in the next year), else 0. A list ("November 2025
    and January") and looking back ("had begun in January", "earlier") keep the year."""
    if m.kind not in ("month", "mdy", "dmy") or m.groups.get("rel") or m.groups.get("y") or \
            resolved.period.granularity not in ("day", "month"):
        return 0
    month = MONTHS.get((m.groups.get("mon") or "").lower().rstrip("."))
    between = body[prior.end : m.start]
    if month is None or month >= resolved.period.start.month or len(between) < 12:
        return 0
    return 0 if _LOOKING_BACK.search(between) else 1


# A short paragraph that opens with a year ("2025", "2025:", "In 2026", "2025: Season 1",
# "2026 — The sequel") heads the dated lines below it.
_YEAR_HEADING = re.compile(r"(?:^|\n\n)[^\S\n]*(?:In[^\S\n]+)?((?:19|20)\d\d)"
                           r"(?:[^\S\n]*[:–—(-][^\n.!?]{0,40})?[^\S\n]*(?=\n\n|$)")
# Year-less kinds a year subheading places (relative ones like "last May" keep their own anchor).
_UNDER_HEADING = frozenset({"mdy", "dmy", "month", "season", "holiday"})


def _year_headings(body: str) -> list[tuple[int, int]]:
    """(offset, year) of every year subheading of ``body``, in order."""
    return [(m.start(1), int(m.group(1))) for m in _YEAR_HEADING.finditer(body)]


def _fact(body: str, m: Mention, sentence: Sentence, resolved: Resolved) -> DateFact:
    period = resolved.period
    return DateFact(
        text=body[m.start : m.end],
        span=(m.start, m.end),
        sentence=sentence.text,
        value=period.value,
        mod=period.mod,
        granularity=period.granularity,
        start=period.start.isoformat(),
        end=period.end.isoformat(),
    )
