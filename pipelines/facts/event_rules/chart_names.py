"""Chart names across an article: the charts it names, the one a later sentence refers back to
(``further down the non-English list``, ``on the chart``, ``led the TV list``), and chart names
built from the words the text uses (owner + scope + ``Top 10`` + language + TV/film).

``the streamer’s global Top 10 for non-English TV`` is ``Netflix global Top 10 non-English TV``
once the streamer is known; a later ``the English-language side ... the TV list`` is the same
chart for English TV.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines.facts.event_rules.common import EventInput

# A chart phrase: a determiner or an owner, a few words, and a chart noun.
_HEAD = r"(?:Top \d+(?:\s(?:[\w’'()+-]+\s){0,3}?(?:charts?|lists?|rankings?))?|charts?|lists?|rankings?|index)"
# What a chart noun may be "for" or "of" ("for non-English TV", "for non-broadcast dramas"; not "for three weeks").
QUALIFIER = (r"(?: (?:for|of) (?!(?:a|an|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|"
              r"many|consecutive|straight|its|their)\b)[\w’'+-]+(?: (?!for\b|in\b|on\b|at\b|by\b|and\b)[\w’'+-]+)?"
              r"(?=[,.;:]|\s+(?:for|in|on|at|by|last|this|since|after|and|while|with|as|until)\b|$))?")
_NOT_CHART_WORD = (r"(?:the|a|an|and|or|while|with|to|at|on|in|after|before|this|that|its|their|led|leads|topped|"
                   r"tops|was|is|were|are|has|had|have|be)")


def _chart_phrase(not_after: str) -> re.Pattern[str]:
    """A chart phrase not followed by one of ``not_after`` (the chart's ``week``, its ``history``)."""
    return re.compile(
        rf"(?P<chart>(?:\b(?:the|this|that|its|their)\s|(?<![\w’'])(?:[A-Z][\w+.-]*\s){{0,2}}[A-Z][\w+.-]*(?:'s|’s)\s)"
        rf"(?:(?!{_NOT_CHART_WORD}\b)[\w’'+()-]+\s){{0,5}}?{_HEAD}\b"
        rf"(?![- ](?:{not_after})\b)"
        rf"{QUALIFIER})")


_NOT_A_CHART_AFTER = "week|weeks|run|debut|history|toppers?|methodology|website|page"
CHART_PHRASE = _chart_phrase(_NOT_A_CHART_AFTER + "|reports?|data|figures")
# A chart the article has in view also by the report that publishes it ("Netflix's weekly Top 10 report"),
# when it names no chart before.
_VIEW_PHRASE = _chart_phrase(_NOT_A_CHART_AFTER)
# Charts that are not screen charts: music charts and sports tables.
_NOT_SCREEN = re.compile(r"\b(?:Melon|Genie|Bugs|FLO|Spotify|Billboard|Circle|Gaon|iTunes|Apple Music|YouTube Music|"
                         r"Oricon|music|songs?|albums?|singles?|league|standings|FIFA|ATP|WTA|PGA|poll|seeds?|"
                         r"power|bestsellers?|best-sellers?|to-do|bucket|guest|wish|short|waiting)\b", re.IGNORECASE)
# Words that name no chart of their own ("the same chart" is the chart in view).
_FILLER = frozenset({"the", "this", "that", "a", "an", "for", "of", "its", "their", "same"})
_HEAD_WORDS = frozenset({"chart", "charts", "list", "lists", "ranking", "rankings", "index"})
_LANGUAGE = re.compile(r"(?<![\w-])(?P<non>non-)?English(?:-language)?\b|\((?P<pnon>Non-)?English\)", re.IGNORECASE)
_KIND_TV = frozenset({"tv", "series", "shows", "show", "dramas", "drama"})
_KIND_FILM = frozenset({"film", "films", "movie", "movies"})
# The platform described rather than named ("the streamer’s chart").
_DESCRIBED_OWNER = frozenset({"streamer", "platform", "service", "streaming service", "company", "streaming giant"})
STREAMER = re.compile(r"\b(?:Netflix|Disney\+|Prime Video|Apple TV\+|HBO Max|Viki|Viu|iQIYI|TVING|Tving|"
                      r"Coupang Play|Wavve|Hulu|Peacock|Paramount\+)(?![\w+])")


@dataclass(frozen=True, slots=True)
class ChartName:
    """A chart as named: who keeps it, its other words in order, its language and kind."""

    owner: str | None
    words: tuple[str, ...]
    language: str | None  # "English" or "non-English"
    kind: str | None  # "TV" or "film", as the words say it

    @property
    def reference(self) -> bool:
        """Whether it names nothing beyond language and kind ("the non-English list", "the chart")."""
        return self.owner is None and not self.words

    def render(self) -> str:
        """The chart's name: owner, words, language, kind."""
        parts = [self.owner or "", *self.words, self.language or "", self.kind or ""]
        return " ".join(p for p in parts if p)


def parse_chart(phrase: str, inp: EventInput, pos: int) -> ChartName:
    """``phrase`` (a chart phrase at body offset ``pos``) as a ``ChartName``; a described owner
    ("the streamer’s") is the streamer the article names last before ``pos``, a pronoun
    owner ("its") is left out."""
    text = re.sub(r"\s+", " ", phrase.strip())
    owner = None
    possessive = re.match(r"^(?:the |The )?(?P<owner>.+?)(?:'s|’s) ", text)
    if possessive:
        owner = possessive.group("owner")
        if owner.lower() in _DESCRIBED_OWNER:
            owner = streamer_before(inp, pos)
        text = text[possessive.end():]
    language = kind = None
    for found in _LANGUAGE.finditer(text):
        language = "non-English" if found.group("non") or found.group("pnon") else "English"
    text = _LANGUAGE.sub(" ", text)
    words = []
    for word in text.split():
        low = word.lower().strip("()")
        if low in _FILLER or low in _HEAD_WORDS or not low:
            continue
        if low in _KIND_TV or low in _KIND_FILM:
            kind = word.strip("()")
            continue
        words.append(word.strip("()"))
    return ChartName(owner=owner, words=tuple(words), language=language, kind=kind)


def streamer_before(inp: EventInput, pos: int) -> str | None:
    """The streamer named last before ``pos``, else the first one the article names."""
    body = inp.ctx.body
    named = [m.group(0) for m in STREAMER.finditer(body, 0, pos)]
    if named:
        return named[-1]
    later = STREAMER.search(body, pos)
    return later.group(0) if later else None


def is_screen_chart(phrase: str) -> bool:
    """Whether a chart phrase may be a screen chart (no music chart, sports table or idiom list)."""
    return not _NOT_SCREEN.search(phrase)


def chart_in_force(inp: EventInput, pos: int) -> ChartName | None:
    """The chart the article has in view at ``pos``: the last one it names, where a reference
    ("the non-English list") takes the last named chart of its language and kind (else the one
    in view, when that one does not fit) with that language and kind."""
    named: list[ChartName] = []
    current: ChartName | None = None
    for found in _VIEW_PHRASE.finditer(inp.ctx.body, 0, pos):
        if current is not None and not _named_chart(inp.ctx.body, found):
            continue  # a report of the chart puts it in view only when no chart is named before it
        phrase = found.group("chart")
        if not is_screen_chart(phrase) or re.search(r"\d+ (?:countries|regions|markets)", phrase):
            continue
        chart = parse_chart(phrase, inp, found.start())
        if not chart.reference:
            if not chart_like(chart, phrase):
                continue
            if chart.owner is None and "Top" in chart.words:  # a Top N is the streamer's
                chart = replace(chart, owner=streamer_before(inp, found.start()))
            named.append(chart)
            current = chart
            continue
        if bare_idiom(phrase):
            continue
        fitting = [c for c in named if _fits(c, chart)]
        base = fitting[-1] if fitting and current is not None and not _fits(current, chart) else current
        if base is not None:
            current = adjusted(base, chart.language, chart.kind)
    return current


def _named_chart(body: str, found: re.Match[str]) -> bool:
    """Whether a phrase found as one in view names the chart itself (not its report)."""
    own = CHART_PHRASE.match(body, found.start())
    return own is not None and own.end() == found.end()


def chart_like(chart: ChartName, phrase: str) -> bool:
    """Whether a named chart looks like a screen chart: a chart, ranking, index or Top N, or a
    list with an owner, a language, a kind or a scope ("the weekly TV list", not "the cast list")."""
    if not re.search(r"\blists?\b", phrase, re.IGNORECASE) or re.search(r"\bTop \d+", phrase):
        return True
    return bool(chart.owner or chart.language or chart.kind or
                {w.lower() for w in chart.words} & {"global", "worldwide", "weekly", "daily", "local", "streaming"})


def bare_idiom(phrase: str) -> bool:
    """``the list``/``the index`` alone: an idiom more often than a chart (``the chart`` is kept)."""
    return re.fullmatch(r"(?:the|this|that|its|their) (?:lists?|index|rankings?)", phrase.strip(),
                        re.IGNORECASE) is not None


def _fits(chart: ChartName, reference: ChartName) -> bool:
    """Whether ``chart`` has the language and kind ``reference`` asks for."""
    if reference.language and chart.language != reference.language:
        return False
    return not reference.kind or (chart.kind is not None and _kind_class(chart.kind) == _kind_class(reference.kind))


def _kind_class(kind: str) -> str:
    return "film" if kind.lower() in _KIND_FILM else "TV"


def adjusted(chart: ChartName, language: str | None, kind: str | None) -> ChartName:
    """``chart`` for another language or kind (``English`` for ``non-English``, ``film`` for ``TV``);
    a kind of the same class keeps the chart's own word."""
    if kind and chart.kind and _kind_class(kind) == _kind_class(chart.kind):
        kind = chart.kind
    return replace(chart, language=language or chart.language, kind=kind or chart.kind)


def language_and_kind(text: str) -> tuple[str | None, str | None]:
    """The last language and kind words of ``text`` ("On the English-language side, ... the TV list")."""
    language = kind = None
    for found in _LANGUAGE.finditer(text):
        language = "non-English" if found.group("non") or found.group("pnon") else "English"
    for found in re.finditer(r"\b(?:TV|series|films?|movies?)\b", text):
        kind = found.group(0)
    return language, kind
