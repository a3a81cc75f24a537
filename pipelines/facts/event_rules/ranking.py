"""Chart rankings: a show's place on a chart, with the chart, the date and the data provider.

``As per a data firm, it climbed to #3 on the streamer's weekly Top 10 chart by March 4``;
``No. 1 among weekend dramas in its slot``; ``ranked third on the drama chart``;
``topped the chart`` is rank 1, and so is ``at the top of its worldwide TV ranking`` (the
subject keeping that chart is the provider); ``placed first among all programs in its slot``;
``the second most-watched series on a streamer``; ``sat at No. 1 in A, B and C`` is one
ranking per country, on the chart named nearby narrowed to the country. A rank needs a chart
phrase (``on``/``among``/``in`` ...), after it or, for a peak (``spent six weeks in the Top 10,
peaking at No. 2``), before it.
"""

from __future__ import annotations

import re

from pipelines.facts.event_rules.claims import sources_in
from pipelines.facts.event_rules.common import (
    EventInput,
    about_other_product,
    make_event,
    nearest_date,
    ordinal_word,
    sentence_index,
)
from pipelines.facts.event_rules.shows import show_for
from pipelines.facts.model import EventFact
from pipelines.facts.sentences import Sentence

_ORD = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
_RANK = re.compile(
    rf"#(?P<hash>\d+)\b|\bNo\. ?(?P<no>\d+)\b|\bnumber (?P<num>one|two|three|\d+)\b|"
    rf"\b(?P<place>{_ORD}) place\b|\brank(?:ed|ing|s) (?:at )?(?:No\. ?(?P<rno>\d+)|(?P<rord>{_ORD}))\b|"
    r"\b(?P<top>topped|topping|tops|top spot|top position|number-one spot|first place|"
    r"at the (?:very )?top(?= of\b))\b|"
    rf"\b(?:plac(?:ed|es|ing)|finish(?:ed|es|ing)|(?:came|comes?|coming) in|land(?:ed|s|ing)|debut(?:ed|s|ing)|"
    rf"s(?:at|its|itting)|st(?:ood|ands|anding)) (?:at )?(?P<pord>{_ORD})\b(?! (?:time|season|episode|week)\b)|"
    rf"\b(?P<most>{_ORD}|No\. ?\d+)(?=[- ]most[- ](?:watched|popular|viewed|streamed)\b)|"
    rf"(?<!one of )(?<!among )\bthe(?P<mostone>)(?= most[- ](?:watched|viewed|streamed)\b)",
    re.IGNORECASE)
# Where a chart phrase ends: punctuation, a second verb, or a time or comparison phrase.
_CHART_END = (r"(?=,|\.|;|:|\s+and (?:then )?(?:climbed|rose|stayed|remained|held|spent|reached|peaked|"
              r"jumped|fell|dropped|slipped|topped|ranked|landed|moved|went|became|has|had|was|is)\b|"
              r"\s+(?:by|as of|last|this|behind|after|with|"
              r"for(?! non-English| English)|in (?:its|the) (?:first|second)"
              r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|$)")
_CHART = re.compile(r"^\s*(?:for (?:a |the )?\w+ (?:straight |consecutive )?(?:weeks?|days?|months?)\s+)?"
                    r"(?:(?:spot|position|place|shows?|series|dramas?|titles?|programs?|K-dramas?)\s+)?"
                    r"(?:on|in|among|of|atop)\s+(?P<chart>[^,.;:]{3,80}?)" + _CHART_END, re.IGNORECASE)
# "the second most-watched non-English series on Netflix": the superlative names the chart.
_MOST_CHART = re.compile(r"^[\s-]*(?P<chart>most[- ](?:watched|popular|viewed|streamed)\s[^,.;:]{3,80}?)" + _CHART_END,
                         re.IGNORECASE)
_TOPPED_CHART = re.compile(r"^\s+(?P<chart>(?:the|Netflix's|Netflix’s|[A-Z][\w'’+-]*(?:'s|’s)?)\s[^,.;:]{0,70}?"
                           r"(?:chart|charts|rankings?|list|Top \d+|box office|index)\b)", re.IGNORECASE)
_MUSIC_CHART = re.compile(r"\b(?:Melon|Genie|Bugs|FLO|Spotify|Billboard|Circle|Gaon|iTunes|Apple Music|"
                          r"YouTube Music|Oricon|music)\b", re.IGNORECASE)
# A rank that refers back to a chart named before it in the sentence.
_PEAK = re.compile(r"\b(?:peak(?:ing|ed|s)?|reach(?:ing|ed|es)?|climb(?:ing|ed|s)?|ris(?:ing|es)|rose|hitting|hit|"
                   r"topping out|top(?:ped)? out)(?: as high as| all the way)?(?: at| to)?\s+$", re.IGNORECASE)
_CHART_BEFORE = re.compile(r"\b(?:in|on|atop|onto|into|to)\s+(?P<chart>(?:the |[A-Z][\w'’.+-]*(?:'s|’s)? )"
                           r"[^,.;:]{0,60}(?:chart|charts|rankings?|list|Top \d+|box office|index)\b"
                           r"(?: (?:for|in) (?:non-English|English|[A-Z])[^,.;:]{0,40}?(?=[,;]))?)")
# A sentence without one of these words holds no rank.
_GATE_WORDS = ("#", "no.", "number", "place", "rank", "top", "finish", "came in", "come in", "coming in", "land",
               "debut", "sat ", "sits", "sitting", "stood", "stand", "most")
_BARE_LIST = re.compile(r"(?:the|my|our|his|her|their|its|a) (?:list|index|rankings?)$", re.IGNORECASE)
_NUMBERS = {"one": 1, "two": 2, "three": 3}
_CHART_WORDS = re.compile(r"chart|rank|list|top \d+|programs?|index|box office|ratings?|slot|billboard|"
                          r"countries|category|shows|series|dramas|titles|rankings", re.IGNORECASE)


def find_rankings(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """Chart positions stated in ``sentence``."""
    lowered = sentence.text.lower()
    if not any(word in lowered for word in _GATE_WORDS):
        return []
    events: list[EventFact] = []
    charts: dict[int, str] = {}  # per sentence: the chart around it, its provider
    providers: dict[int, str | None] = {}
    for m in _RANK.finditer(inp.ctx.body, sentence.start, sentence.end):
        rank = _rank(m)
        countries = _COUNTRIES.match(inp.ctx.body, m.end(), sentence.end)
        if rank is not None and countries and _screen_article(inp) and \
                not about_other_product(inp, sentence, m.start()):
            base = _named_chart(inp, sentence, countries.end(), charts)
            events.extend(_by_country(inp, sentence, m, countries, rank, base, providers))
            continue
        chart = _chart(inp.ctx.body, m, sentence.start, sentence.end)
        if rank is None or chart is None or _MUSIC_CHART.search(chart[0]) or \
                about_other_product(inp, sentence, m.start()):
            continue
        countries = _COUNTRIES_AFTER.match(inp.ctx.body, chart[2], sentence.end)
        if countries:  # "topped Netflix's Top 10 TV chart in A and B"
            base = chart[0] + inp.ctx.body[chart[2]:countries.start("list") - 4]
            events.extend(_by_country(inp, sentence, m, countries, rank, base, providers))
            continue
        date = nearest_date(inp, sentence, m.start())
        events.append(make_event(inp, "ranking", sentence, chart[1:], show=show_for(inp, sentence),
                                 chart=_chart_name(chart[0]) if _own_chart(m) else chart[0], rank=rank,
                                 date=date.value if date else None, provider=_provider(inp, sentence, providers)))
    return events


# Streamers that publish Top 10 charts by country.
_STREAMER = re.compile(r"\b(?:Netflix|Disney\+|Prime Video|Apple TV\+|HBO Max|Viki|Viu|iQIYI|TVING|Tving|Coupang Play|"
                       r"Wavve)(?![\w+])")
_COUNTRY = (r"(?:South Korea|Korea|Japan|Taiwan|Hong Kong|Singapore|Thailand|Vietnam|Indonesia|Malaysia|"
            r"(?:the )?Philippines|India|China|(?:the )?U\.?S\.?|(?:the )?United States|(?:the )?U\.?K\.?|"
            r"(?:the )?United Kingdom|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|France|Germany|Spain|Italy|"
            r"Portugal|Poland|Turkey|Australia|New Zealand|Saudi Arabia|(?:the )?UAE|Egypt|Nigeria|South Africa|"
            r"Qatar|Kuwait|Bahrain|Oman|Morocco|Pakistan|Bangladesh|Sri Lanka)")
# "No. 1 in South Korea, Japan and Taiwan": one ranking per country.
_COUNTRIES = re.compile(rf"(?:\s+(?:spot|place|position))?\s+in "
                        rf"(?P<list>{_COUNTRY}(?:, {_COUNTRY}){{0,12}}(?:,? and {_COUNTRY})?)\b(?! ?[A-Z])")
_COUNTRIES_AFTER = re.compile(rf"[^,.;:]{{0,30}}?{_COUNTRIES.pattern}")
_COUNTRY_NAMES = {"U.S": "US", "US": "US", "U.K": "UK", "UK": "UK", "United States": "US", "United Kingdom": "UK"}
# The subject keeping a chart of its own ("a tracker had the show at the top of its ranking").
_OWN_CHART_KEEPER = re.compile(r"(?<![\w.])(?P<p>[A-Z][\w+.-]*(?: [A-Z][\w+.-]*){0,3})(?:, [^,]{3,60},)? "
                               r"(?:had|has|put|puts|placed|places|showed|shows|listed|lists|ranked|ranks)\b")


def _by_country(inp: EventInput, sentence: Sentence, m: re.Match[str], countries: re.Match[str],
                rank: int, base: str, providers: dict[int, str | None]) -> list[EventFact]:
    """One ranking per country of ``No. 1 in A, B and C``, on the ``base`` chart narrowed to the country."""
    date = nearest_date(inp, sentence, m.start())
    base = re.sub(r"^the ", "", base.strip())
    events = []
    for country in re.finditer(_COUNTRY, countries.group("list")):
        name = _COUNTRY_NAMES.get(country.group(0).removeprefix("the ").rstrip("."), country.group(0))
        name = name.removeprefix("the ")
        events.append(make_event(inp, "ranking", sentence, (m.start(), countries.end()), show=show_for(inp, sentence),
                                 chart=f"{base} {name}", rank=rank, date=date.value if date else None,
                                 provider=_provider(inp, sentence, providers)))
    return events


def _screen_article(inp: EventInput) -> bool:
    """Whether the article is about a tracked show or names a streamer (else "No. 1 in Japan" is
    a brand's or a player's place)."""
    return bool(inp.ctx.about) or bool(_STREAMER.search(inp.ctx.body))


def _named_chart(inp: EventInput, sentence: Sentence, pos: int, around: dict[int, str]) -> str:
    """The chart named after ``pos`` in the sentence, else in it or the two sentences before
    (its last one), else the platform's ``Top 10``; ``around`` keeps the latter per sentence."""
    after = _CHART.match(inp.ctx.body, pos, sentence.end)
    if after and _CHART_WORDS.search(after.group("chart")):
        return _chart_name(after.group("chart"))
    if sentence.start not in around:
        around[sentence.start] = _chart_around(inp, sentence)
    return around[sentence.start]


def _chart_around(inp: EventInput, sentence: Sentence) -> str:
    """The last chart named in ``sentence`` or the two before it (no global one), else the
    streamer's ``Top 10``."""
    body, index = inp.ctx.body, sentence_index(inp, sentence)
    for earlier in reversed(inp.ctx.sentences[max(0, index - 2):index + 1]):
        named = [c for c in _CHART_BEFORE.finditer(body, earlier.start, earlier.end)
                 if not _RANK.search(c.group(0)) and not _GLOBAL.search(c.group(0))]
        if named:
            return _chart_name(named[-1].group("chart"))
    streamer = _STREAMER.search(body, sentence.start, sentence.end) or _STREAMER.search(body)
    return f"{streamer.group(0)} Top 10" if streamer else "Top 10"


def _own_chart(m: re.Match[str]) -> bool:
    """Whether the rank is "at the top of" a chart (of the subject's own: "its ranking")."""
    return (m.group("top") or "").lower().startswith("at the")


_GLOBAL = re.compile(r"\b(?:global|worldwide|world|international)\b", re.IGNORECASE)


def _chart_name(chart: str) -> str:
    """A chart's name without a leading article or possessive pronoun."""
    return re.sub(r"^(?:its|their) ", "", chart.strip())


def _rank(m: re.Match[str]) -> int | None:
    if m.group("top") or m.group("mostone") is not None:
        return 1
    for group in ("hash", "no", "rno"):
        if m.group(group):
            return int(m.group(group))
    if m.group("num"):
        word = m.group("num").lower()
        return int(word) if word.isdigit() else _NUMBERS[word]
    if m.group("most") and m.group("most").lower().startswith("no"):
        return int(re.sub(r"\D", "", m.group("most")))
    return ordinal_word(m.group("place") or m.group("rord") or m.group("pord") or m.group("most") or "")


def _chart(body: str, m: re.Match[str], start: int, stop: int) -> tuple[str, int, int] | None:
    """The chart phrase after the rank (``topped`` needs it as its object), else the chart a
    peak refers back to (``spent six weeks in the Top 10, peaking at No. 3``); with the end
    and end of the words the ranking rests on."""
    rest = body[m.end():stop]
    verb = (m.group("top") or "").lower() in ("topped", "topping", "tops")
    found = (verb and _TOPPED_CHART.match(rest)) or _MOST_CHART.match(rest) or _CHART.match(rest)
    if found and _BARE_LIST.match(found.group("chart").strip()):
        return None  # "topped the list": an idiom more often than a chart
    if found and m.group("mostone") is not None and not re.search(r"\s(?:on|among|in)\s", found.group("chart")):
        return None  # "the most-watched show of the year": no chart
    if found and _CHART_WORDS.search(found.group("chart")):
        return found.group("chart").strip(), m.start(), m.end() + found.end()
    if not _PEAK.search(body, max(start, m.start() - 20), m.start()):
        return None
    earlier = [c for c in _CHART_BEFORE.finditer(body, start, m.start()) if not _RANK.search(c.group(0))]
    return (earlier[-1].group("chart").strip(), earlier[-1].start("chart"), m.end()) if earlier else None


def _provider(inp: EventInput, sentence: Sentence, known: dict[int, str | None] | None = None) -> str | None:
    """The data provider the sentence cites, read once per sentence into ``known``."""
    if known is None:
        return _find_provider(inp, sentence)
    if sentence.start not in known:
        known[sentence.start] = _find_provider(inp, sentence)
    return known[sentence.start]


def _find_provider(inp: EventInput, sentence: Sentence) -> str | None:
    """The data provider the sentence cites (a ``data`` source first), else the subject that
    keeps its own chart ("X had the show at the top of its ranking")."""
    cited = sources_in(inp, sentence.start, sentence.end)
    data = [s for s in cited if s.kind == "data"]
    if data or cited:
        return (data or cited)[0].outlet
    keepers = [k for k in _OWN_CHART_KEEPER.finditer(sentence.text) if not _NOT_KEEPER.match(k.group("p"))]
    if keepers and re.search(r"\b(?:its|their) (?:[\w-]+ ){0,4}(?:chart|ranking|list|Top 10)", sentence.text):
        return keepers[0].group("p")
    return None


_NOT_KEEPER = re.compile(r"(?:The|This|That|It|Its|Season|Episode|He|She|They)\b")
