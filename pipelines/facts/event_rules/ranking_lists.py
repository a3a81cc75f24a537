"""Chart tables written as lines: a heading that names the chart (``Netflix global Top 10,
non-English TV, December 21–27``) over one line per place (``No. 2: Paper Lanterns, Limited
Series (6.8 million views)``, ``3. Iron Orchid — 3.7 million views``, ``#4 Salt Road``).

Each line is one ranking on the heading's chart, dated by the heading's week (a seven-day range
is its ISO week) or day; a line naming a tracked show carries its slug, any other title none.
A numbered line without such a heading above it (a recipe, a listicle of reasons) is no ranking.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from pipelines.facts.event_rules.chart_names import STREAMER, is_screen_chart, parse_chart
from pipelines.facts.event_rules.common import EventInput, dates_within, lines_before, make_event
from pipelines.facts.event_rules.shows import tracked_named
from pipelines.facts.model import EventFact
from pipelines.facts.sentences import Sentence

# One place of a chart on a line of its own: the rank, then the title (and what the line adds).
_ROW = re.compile(r"(?:No\.\s?(?P<no>\d{1,3})|#(?P<hash>\d{1,3})|(?P<num>\d{1,2})[.)])\s*[:.\-–—]?\s+"
                  r"(?P<title>[^\s\d].{0,150})$")
_ROW_OPENERS = frozenset("N#0123456789")
# A heading that names a chart: short, no sentence, with a chart word.
_CHART_WORD = re.compile(r"\bTop \d+\b|\bcharts?\b|\brankings?\b|\blist\b", re.IGNORECASE)
_MAX_HEADING = 140
_MAX_ROWS = 30  # lines read back from a row to its heading


def find_list_rows(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """The ranking a chart line states, when ``sentence`` is such a line under a chart heading."""
    body = inp.ctx.body
    if sentence.text[:1] not in _ROW_OPENERS or (sentence.start and body[sentence.start - 1] != "\n"):
        return []
    line_end = body.find("\n", sentence.start)
    line_end = len(body) if line_end < 0 else line_end
    row = _ROW.fullmatch(body, sentence.start, line_end)
    if row is None or sentence.end < line_end - 1:
        return []
    heading = _heading(body, sentence.start)
    if heading is None:
        return []
    start, end = heading
    chart = _heading_chart(inp, start, end)
    if chart is None:
        return []
    rank = int(row.group("no") or row.group("hash") or row.group("num"))
    named = tracked_named(inp, row.start("title"), row.end("title"))
    owner = STREAMER.search(body, start, end)
    return [make_event(inp, "ranking", sentence, (sentence.start, line_end),
                       show=named[0][1] if named and named[0][0] == row.start("title") else None,
                       chart=chart, rank=rank, date=_heading_date(inp, start, end),
                       provider=owner.group(0) if owner else None)]


def _heading(body: str, row_start: int) -> tuple[int, int] | None:
    """The span of the heading line above the chart's lines, read back over the other rows."""
    for line_start, line_end in itertools.islice(lines_before(body, row_start), _MAX_ROWS):
        line = body[line_start:line_end]
        if not line.strip():
            return None
        if _ROW.fullmatch(line):
            continue
        if len(line) <= _MAX_HEADING and _CHART_WORD.search(line) and not line.rstrip().endswith((".", "!", "?")) \
                and is_screen_chart(line):
            return line_start, line_end
        return None
    return None


def _heading_chart(inp: EventInput, start: int, end: int) -> str | None:
    """The chart a heading names, without the dates it gives."""
    body = inp.ctx.body
    text, cut = "", start
    for date in dates_within(inp, start, end):
        text += body[cut:date.span[0]]
        cut = date.span[1]
    text += body[cut:end]
    text = re.sub(r"[,:;|·()–—]+|\s-\s", " ", text)
    text = re.sub(r"\b(?:week|weekend|of|from|to|through|and)\b(?=\W*$)", " ", text, flags=re.IGNORECASE)
    text = " ".join(text.split())
    if not text:
        return None
    name = parse_chart(text, inp, start).render()
    return name or None


def _heading_date(inp: EventInput, start: int, end: int) -> str | None:
    """The heading's date: a Monday-to-Sunday range as its ISO week, else its first date."""
    dates = dates_within(inp, start, end)
    if not dates:
        return None
    days = [d.value for d in dates if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.value or "")]
    if len(days) >= 2:
        first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[1])
        if (last - first).days == 6 and first.weekday() == 0:  # a chart week runs Monday to Sunday
            year, week, _ = first.isocalendar()
            return f"{year}-W{week:02d}"
    return dates[0].value
